/**
 * The per-agency-year export table: identity columns, findings, days late, copy shares and the report score with its
 * components (lib/metrics/report-score.ts), every count metric and every rate, in the
 * dictionary's order, computed by the same functions the dashboard uses. Each rate is followed by the count it
 * rests on (`…Base`) and whether that count is below SMALL_BASE (`…SmallBase`): an exported rate keeps its base.
 */
import { COUNT_METRIC_IDS, type CountMetricId, rateBase, rateValue } from '../metrics/report-metrics';
import { METRICS } from '../metrics/dictionary';
import { isSmallBase } from '../metrics/rate-base';
import { reportScore, SCORE_COMPONENTS } from '../metrics/report-score';

export interface AgencyYearInput {
  agency: string;
  year: number;
  template: string | null;
  typeId: string | null;
  province: string | null;
  city: string | null;
  county: string | null;
  provinceCode: string | null;
  cityCode: string | null;
  countyCode: string | null;
  regionStatus: string;
  errorCount: number;
  warningCount: number;
  /** Days from the deadline to publication (> 0 late, ≤ 0 on time); null when the date is unknown. */
  daysLate: number | null;
  /** Shares of the prose repeated from the previous year / the most similar report of the year; null unmeasured. */
  copiedPrev: number | null;
  copiedPeer: number | null;
}

const RATES = METRICS.filter((m) => m.unit === 'rate');

export const baseColumn = (rateId: string) => `${rateId}Base`;
export const smallBaseColumn = (rateId: string) => `${rateId}SmallBase`;
/** "completeness" → "scoreCompleteness". */
const scoreColumn = (id: string) => `score${id[0].toUpperCase()}${id.slice(1)}`;

export const EXPORT_COLUMNS = [
  'agency',
  'year',
  'template',
  'typeId',
  'regionCode',
  'province',
  'city',
  'county',
  'regionStatus',
  'errorFindings',
  'warningFindings',
  'daysLate',
  'copiedPrev',
  'copiedPeer',
  'score',
  ...SCORE_COMPONENTS.map(scoreColumn),
  ...COUNT_METRIC_IDS,
  ...RATES.flatMap((r) => [r.id, baseColumn(r.id), smallBaseColumn(r.id)]),
];

export function exportRecord(
  row: AgencyYearInput & Record<string, unknown>,
): Record<string, string | number | boolean | null> {
  const values = Object.fromEntries(COUNT_METRIC_IDS.map((id) => [id, (row[id] as number | null) ?? null])) as Record<
    CountMetricId,
    number | null
  >;
  const record: Record<string, string | number | boolean | null> = {
    agency: row.agency,
    year: row.year,
    template: row.template,
    typeId: row.typeId,
    regionCode: row.countyCode ?? row.cityCode ?? row.provinceCode,
    province: row.province,
    city: row.city,
    county: row.county,
    regionStatus: row.regionStatus,
    errorFindings: row.errorCount,
    warningFindings: row.warningCount,
    daysLate: row.daysLate,
    copiedPrev: row.copiedPrev,
    copiedPeer: row.copiedPeer,
    ...values,
  };
  const score = reportScore({
    metrics: values,
    errorCount: row.errorCount,
    daysLate: row.daysLate,
    copiedPrev: row.copiedPrev,
    copiedPeer: row.copiedPeer,
  });
  record.score = score.total;
  for (const c of score.components) record[scoreColumn(c.id)] = c.points;
  for (const rate of RATES) {
    const base = rateBase(rate, values);
    record[rate.id] = rateValue(rate, values);
    record[baseColumn(rate.id)] = base;
    record[smallBaseColumn(rate.id)] = base === null ? null : isSmallBase(base);
  }
  return record;
}
