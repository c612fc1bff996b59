/**
 * A report's findings, most serious first, each linked to the cell it is about where there is one: what the
 * rule means in the page's language, then the parser's detailed message.
 */
import type { StoredFinding } from '@/db/queries/get-report-document';
import { pick, type Locale } from '@/lib/format/locale';
import type { TemplateVersion } from '@/lib/report/types';
import { describePath } from '@/lib/report-view/describe-path';
import { ruleMeaning } from '@/lib/dashboard/rule-info';
import { AGENCY_TEXT } from '@/app/i18n/agency-text';

const ORDER = { error: 0, warning: 1, info: 2 } as const;

export function FindingsList({ findings, locale, version, cellHref, hasCell }: {
  findings: StoredFinding[]; locale: Locale; version: TemplateVersion | null; cellHref: (path: string) => string; hasCell: (path: string) => boolean;
}) {
  const t = pick(locale, AGENCY_TEXT);
  if (findings.length === 0) return <p className="muted">{t.noFindings}</p>;
  const sorted = [...findings].sort((a, b) => ORDER[a.severity] - ORDER[b.severity]);
  return (
    <ul style={{ margin: 0, paddingLeft: 18 }}>
      {sorted.map((f) => (
        <li key={f.id}>
          <span className={`sev-${f.severity}`}>{t.severity[f.severity]}</span>{' '}
          {hasCell(f.path)
            ? <a href={cellHref(f.path)} title={f.path}>{describePath(f.path, version, locale) ?? f.path}</a>
            : <span className="muted" title={f.path}>{describePath(f.path, version, locale) ?? f.path}</span>}
          {' — '}{ruleMeaning(f.rule, locale) || <code>{f.rule}</code>}
          {/* The parser's own words, with the numbers it saw (English; the meaning above is in the page's language). */}
          <div className="muted" style={{ fontSize: 12 }} title={f.rule}>{f.message}</div>
        </li>
      ))}
    </ul>
  );
}
