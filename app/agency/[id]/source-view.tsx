/**
 * The decoded source of a report, with the selected number's span marked. The source is always shown as
 * plain text (React escapes it): it may be an agency's web page, or a hostile upload, and is never rendered
 * as HTML.
 */
import { sourceWindow } from '../../../lib/dashboard/report-view/source-window';
import { formatCount } from '../../../lib/format/number';
import { pick, type Locale } from '../../../lib/format/locale';
import { AGENCY_SOURCE_TEXT } from '../../../lib/i18n/agency-source-text';
import { WithCommands } from '../../ui/with-commands';
import { ScrollToMark } from './scroll-to-mark';

export interface SourceViewProps {
  /** null: a DOCX or PDF report imported before its text was kept, shown as unavailable with a note. */
  text: string | null;
  /** The selected number's place: offset and length in `text`, and its 1-based line. */
  span?: { offset: number; length: number; line: number };
  fileName: string;
  /** The source format as stored: 'text', 'html', 'markdown', 'docx' or 'pdf'. */
  format: string;
  locale: Locale;
}

const CONTAINER_ID = 'source';

export function SourceView({ text, span, fileName, format, locale }: SourceViewProps) {
  const t = pick(locale, AGENCY_SOURCE_TEXT).source;
  const piece = text === null ? null : sourceWindow(text, span);
  const n = (v: number) => formatCount(v, locale);
  const notes: string[] = [];
  if (text === null || piece === null) notes.push(t.unavailable);
  else {
    if (format === 'html') notes.push(t.markupNote);
    // A DOCX is read as mammoth's HTML, and the offsets point into that, so that is what is shown.
    if (format === 'docx') notes.push(t.docxNote);
    if (format === 'pdf') notes.push(t.pdfNote);
    if (piece.windowed) {
      notes.push(
        piece.marked === undefined
          ? t.start(n(piece.to), n(text.length))
          : t.window(n(piece.from + 1), n(piece.to), n(text.length)),
      );
    }
    if (piece.outOfRange) notes.push(t.outOfRange);
    else if (!span) notes.push(t.pickNumber);
  }

  return (
    <section className="panel" style={{ marginBottom: 16 }}>
      <h2>{t.title}</h2>
      <p className="muted" style={{ marginTop: 0 }}>
        <span translate="no">{fileName}</span> · {t.formats[format] ?? format}
        {span && piece && !piece.outOfRange ? ` · ${t.line(span.line)}` : ''}
      </p>
      {notes.map((note) => (
        <p key={note} className="muted" style={{ marginTop: 0 }}>
          <WithCommands text={note} />
        </p>
      ))}
      {piece && (
        // scroll-margin keeps the file line above visible when the #source anchor scrolls the page
        // The report's own text, as written: a quotation, never to be translated (translate="no").
        <pre className="source-text" id={CONTAINER_ID} style={{ scrollMarginTop: 96 }} translate="no" lang="zh-CN">
          {piece.before}
          {piece.marked !== undefined && <mark title={t.highlight}>{piece.marked}</mark>}
          {piece.after}
        </pre>
      )}
      {piece?.marked !== undefined && span && (
        <ScrollToMark containerId={CONTAINER_ID} markKey={`${span.offset}:${span.length}`} />
      )}
    </section>
  );
}
