/**
 * Every publication date a document carries, read from where each form puts it: the crawler header, the
 * web page's head, a 发布时间 line above the report, the signature at its end, the file's properties.
 * What is read here is only gathered; publication-date.ts decides which one is the report's.
 */
import type { CrawlerHeader } from '../crawler-header';
import { readHtmlPublished } from '../readers/html-head';
import { pdfDate, readDateWords, w3cDate } from './calendar-date';
import type { DateCandidate } from './publication-date';
import { findSignedDate } from './signed-date';

export interface DateSources {
  text: string;
  format: string;
  crawler: CrawlerHeader | null;
  paragraphs: readonly { text: string; offset: number }[];
  /** Where the report body (its first section or table) begins: a 发布时间 line stands before it. */
  firstBodyOffset: number;
  /** The file's own creation and modification dates as written (PDF info or DOCX core.xml). */
  fileDates?: { created: string | null; modified: string | null };
}

/** "发布时间：2022-01-20 来源：…" on a page above the report; 成文日期 (signed, not published) is not one. */
const PAGE_LINE = /(?:发布时间|发布日期|发布于|公开日期)\s*[:：]?\s*/;

export function dateCandidates(sources: DateSources): DateCandidate[] {
  const found: DateCandidate[] = [];
  const { crawler } = sources;
  if (crawler?.published) {
    found.push({
      from: 'crawler',
      date: crawler.published,
      ...(crawler.publishedAt ? { at: crawler.publishedAt } : {}),
    });
  }
  if (sources.format === 'html') {
    const meta = readHtmlPublished(sources.text);
    const date = meta && (readDateWords(meta) ?? w3cDate(meta));
    if (date) found.push({ from: 'page-meta', date });
  }
  const line = pageLine(sources);
  if (line) found.push(line);
  // A page flattened to one line is one paragraph that starts before the body: kept, as it ends after it.
  const signed = findSignedDate(sources.paragraphs.filter((p) => p.offset + p.text.length > sources.firstBodyOffset));
  if (signed) {
    const { date, ...at } = signed;
    found.push({ from: 'signed', date, at });
  }
  const created = fileDate(sources.format, sources.fileDates?.created);
  const modified = fileDate(sources.format, sources.fileDates?.modified);
  if (created) found.push({ from: 'file-created', date: created });
  if (modified) found.push({ from: 'file-modified', date: modified });
  return found;
}

/** A file property's date: a PDF's own date syntax, else W3C (DOCX core.xml). */
function fileDate(format: string, v: string | null | undefined): string | null {
  return format === 'pdf' ? pdfDate(v) : w3cDate(v);
}

function pageLine(sources: DateSources): DateCandidate | null {
  for (const p of sources.paragraphs) {
    if (p.offset >= sources.firstBodyOffset) break;
    const m = PAGE_LINE.exec(p.text);
    if (!m || p.offset + m.index >= sources.firstBodyOffset) continue;
    const valueAt = m.index + m[0].length;
    const date = readDateWords(p.text.slice(valueAt));
    if (!date) continue;
    const written = /^[^\s来]*(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?/.exec(p.text.slice(valueAt))?.[0] ?? '';
    return { from: 'page-line', date, at: { offset: p.offset + valueAt, length: written.length, text: written } };
  }
  return null;
}
