/** Key numbers of the selected year beside the year before, with the change; unknown stays unknown. */
import type { YearChange } from '@/lib/dashboard/agency-page';
import { pick, type Locale } from '@/lib/format/locale';
import { AGENCY_TEXT } from '@/lib/i18n/agency-text';
import { RateLegend, RateText } from '@/app/ui/rate-text';

/** `changes`: null when the agency has no report for the year before. */
export function YearChanges({ year, changes, locale }: { year: number; changes: YearChange[] | null; locale: Locale }) {
  const t = pick(locale, AGENCY_TEXT);
  if (!changes) return <p className="muted">{t.noPrevious(year - 1)}</p>;
  return (
    <>
      <table className="data">
        <thead>
          <tr>
            <th>{t.changes.metric}</th>
            <th className="num">{t.changes.lastYear(year - 1)}</th>
            <th className="num">{t.changes.thisYear(year)}</th>
            <th className="num">{t.changes.change}</th>
          </tr>
        </thead>
        <tbody>
          {changes.map((c) => (
            <tr key={c.id}>
              <td>{c.header}</td>
              <td className="num">{c.rates ? <RateText value={c.rates.before} /> : c.before}</td>
              <td className="num">{c.rates ? <RateText value={c.rates.now} /> : c.now}</td>
              <td className="num">{c.change}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <RateLegend shown={changes.flatMap((c) => (c.rates ? [c.rates.before, c.rates.now] : []))} locale={locale} />
    </>
  );
}
