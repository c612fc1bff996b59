/**
 * A report's findings, most serious first, each linked to the cell it is about where there is one: what the
 * rule means in the page's language, then the parser's detailed message.
 */
import type { AgencyFinding } from '@/lib/dashboard/agency-page';
import { pick, type Locale } from '@/lib/format/locale';
import { AGENCY_TEXT } from '@/lib/i18n/agency-text';
import { FindingDetails } from '@/app/ui/finding-details';

export function FindingsList({
  findings,
  locale,
  cellHref,
  hasCell,
}: {
  findings: AgencyFinding[];
  locale: Locale;
  cellHref: (path: string) => string;
  hasCell: (path: string) => boolean;
}) {
  const t = pick(locale, AGENCY_TEXT);
  if (findings.length === 0) return <p className="muted">{t.noFindings}</p>;
  return (
    <ul style={{ margin: 0, paddingLeft: 18 }}>
      {findings.map((f) => (
        <li key={f.id}>
          <span className={`sev-${f.severity}`}>{t.severity[f.severity]}</span>{' '}
          {hasCell(f.path) ? (
            <a href={cellHref(f.path)} title={f.path}>
              {f.place ?? f.path}
            </a>
          ) : (
            <span className="muted" title={f.path}>
              {f.place ?? f.path}
            </span>
          )}
          {' — '}
          {f.meaning || f.message}
          <FindingDetails rule={f.rule} path={f.path} message={f.message} locale={locale} />
        </li>
      ))}
    </ul>
  );
}
