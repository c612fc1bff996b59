/** Key numbers of one year of an agency beside the year before, with the change; unknown stays unknown. */
import type { AgencyReport } from '../../db/queries/list-agency-reports';
import { pick, type Locale } from '../format/locale';
import { formatCount, formatRate, NO_VALUE } from '../format/number';
import { type RateWithBase, rateWithBase } from '../format/rate-base';
import { AGENCY_TEXT } from '../i18n/agency-text';
import { isRate, metricById } from '../metrics/dictionary';
import type { CountMetricId, MetricId, RateId } from '../metrics/types';
import { metricHeader } from './table/metric-headers';

/** The key numbers the agency page sets beside the year before (and its Word briefing lists). */
export const KEY_METRICS: MetricId[] = [
  'appsNew',
  'granted',
  'partial',
  'denied',
  'unable',
  'rejected',
  'handled',
  'carriedForward',
  'reviewTotal',
  'litigationTotal',
  'disclosureRate',
  'denialRate',
];

export interface YearChange {
  id: MetricId;
  header: string;
  before: string;
  now: string;
  change: string;
  /** For a rate, each year's with the count it rests on (issue 18): shown in place of `before` and `now`. */
  rates?: { before: RateWithBase; now: RateWithBase };
}

const valueOf = (r: AgencyReport, id: MetricId) =>
  (id in r.metrics ? r.metrics[id as CountMetricId] : r.rates[id as RateId]) ?? null;

/** A rate's change in percentage points, a count's in units and per cent of the year before. */
function change(now: number | null, before: number | null, rate: boolean, locale: Locale): string {
  if (now === null || before === null) return NO_VALUE;
  if (rate) {
    const pp = (now - before) * 100;
    return `${pp > 0 ? '+' : ''}${pp.toFixed(1)}${pick(locale, AGENCY_TEXT).changes.points}`;
  }
  const diff = now - before;
  const pct = before !== 0 ? ` (${diff > 0 ? '+' : ''}${((diff / before) * 100).toFixed(0)}%)` : '';
  return `${diff > 0 ? '+' : ''}${formatCount(diff, locale)}${pct}`;
}

export function yearChanges(current: AgencyReport, previous: AgencyReport, locale: Locale): YearChange[] {
  return KEY_METRICS.map((id) => {
    const rate = isRate(metricById(id));
    const show = (v: number | null) => (rate ? formatRate(v, locale) : formatCount(v, locale));
    const now = valueOf(current, id);
    const before = valueOf(previous, id);
    const base = (r: AgencyReport) => r.bases[id as RateId];
    return {
      id,
      header: metricHeader(id, locale),
      before: show(before),
      now: show(now),
      change: change(now, before, rate, locale),
      ...(rate
        ? {
            rates: {
              before: rateWithBase(before, base(previous), locale),
              now: rateWithBase(now, base(current), locale),
            },
          }
        : {}),
    };
  });
}
