/** Key numbers of the selected year beside the year before, with the change; unknown stays unknown. */
import type { AgencyReport } from '@/db/queries/list-agency-reports';
import { formatCount, formatRate } from '@/lib/format/number';
import type { Locale } from '@/lib/format/locale';
import { pick } from '@/lib/format/locale';
import { isRate, metricById } from '@/lib/metrics/dictionary';
import type { CountMetricId, MetricId, RateId } from '@/lib/metrics/types';
import { metricHeader } from '@/lib/table/metric-headers';
import { AGENCY_TEXT } from '@/app/i18n/agency-text';

const KEY_METRICS: MetricId[] = [
  'appsNew', 'granted', 'partial', 'denied', 'unable', 'rejected', 'handled', 'carriedForward',
  'reviewTotal', 'litigationTotal', 'disclosureRate', 'denialRate',
];

const valueOf = (r: AgencyReport, id: MetricId) => (id in r.metrics ? r.metrics[id as CountMetricId] : r.rates[id as RateId]) ?? null;

function change(now: number | null, before: number | null, rate: boolean, locale: Locale): string {
  if (now === null || before === null) return '—';
  if (rate) {
    const pp = (now - before) * 100;
    return `${pp > 0 ? '+' : ''}${pp.toFixed(1)}${locale === 'zh' ? ' 个百分点' : ' pp'}`;
  }
  const diff = now - before;
  const pct = before !== 0 ? ` (${diff > 0 ? '+' : ''}${((diff / before) * 100).toFixed(0)}%)` : '';
  return `${diff > 0 ? '+' : ''}${formatCount(diff, locale)}${pct}`;
}

export function YearChanges({ current, previous, locale }: { current: AgencyReport; previous?: AgencyReport; locale: Locale }) {
  const t = pick(locale, AGENCY_TEXT);
  if (!previous) return <p className="muted">{t.noPrevious(current.year - 1)}</p>;
  const show = (v: number | null, rate: boolean) => (rate ? formatRate(v, locale) : formatCount(v, locale));
  return (
    <table className="data">
      <thead>
        <tr><th>{t.changes.metric}</th><th className="num">{t.changes.lastYear(previous.year)}</th><th className="num">{t.changes.thisYear(current.year)}</th><th className="num">{t.changes.change}</th></tr>
      </thead>
      <tbody>
        {KEY_METRICS.map((id) => {
          const rate = isRate(metricById(id));
          const now = valueOf(current, id);
          const before = valueOf(previous, id);
          return (
            <tr key={id}>
              <td>{metricHeader(id, locale)}</td>
              <td className="num">{show(before, rate)}</td>
              <td className="num">{show(now, rate)}</td>
              <td className="num">{change(now, before, rate, locale)}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
