/**
 * The column lists and aggregate expressions of the rollup tables (db/schema/rollups.ts), generated from the
 * metric columns (db/schema/metric-columns.ts) like metric-sql.ts, so a new metric needs no hand-written SQL here.
 */
import { COUNT_METRIC_IDS, RATE_COLUMNS, type RatePart, type RateParts } from '../schema/metric-columns';
import {
  GAP_METRIC_IDS,
  maxColumn,
  metricColumn,
  minColumn,
  missingColumn,
  rateDenColumn,
  rateNumColumn,
  SORTABLE_METRIC_IDS,
} from '../schema';

const col = metricColumn;

function signed(parts: RatePart[], table: string): string {
  return parts.map((p, i) => `${p.sign < 0 ? '-' : i ? '+' : ''} ${table}.${col(p.id)}`).join(' ');
}

function known(def: RateParts, table: string): string {
  const ids = [...new Set([...def.numerator, ...def.denominator].map((p) => p.id))];
  return ids.map((id) => `${table}.${col(id)} IS NOT NULL`).join(' AND ');
}

/** The totals columns, in the order both builders below produce them. */
export const TOTAL_COLUMNS = [
  'reports',
  'with_errors',
  'error_count',
  'score_sum',
  'scored',
  'dated',
  'on_time',
  ...COUNT_METRIC_IDS.map(col),
  ...RATE_COLUMNS.flatMap((d) => [rateNumColumn(d.id), rateDenColumn(d.id)]),
  ...GAP_METRIC_IDS.map(missingColumn),
];

/** Totals of report_metrics rows (alias m). */
export function totalsFromMetrics(): string {
  return [
    'count(*)',
    'sum(m.error_count > 0)',
    'sum(m.error_count)',
    'sum(m.score)',
    'count(m.score)',
    'count(m.days_late)',
    'count(CASE WHEN m.days_late <= 0 THEN 1 END)',
    ...COUNT_METRIC_IDS.map((id) => `sum(m.${col(id)})`),
    ...RATE_COLUMNS.flatMap((d) => [
      `sum(CASE WHEN ${known(d, 'm')} THEN ${signed(d.numerator, 'm')} END)`,
      `sum(CASE WHEN ${known(d, 'm')} THEN ${signed(d.denominator, 'm')} END)`,
    ]),
    ...GAP_METRIC_IDS.map((id) => `sum(m.${col(id)} IS NULL)`),
  ].join(', ');
}

/** Totals of rollup rows (alias r): every column is additive. */
export function totalsFromRollups(): string {
  return TOTAL_COLUMNS.map((c) => `sum(r.${c})`).join(', ');
}

/** The city rollups' extremes columns, in the order extremesFromMetrics produces them. */
export const EXTREME_COLUMNS = SORTABLE_METRIC_IDS.flatMap((id) => [maxColumn(id), minColumn(id)]);

/** Each sortable metric's largest and smallest known value over report_metrics rows (alias m). */
export function extremesFromMetrics(): string {
  return SORTABLE_METRIC_IDS.flatMap((id) => [`max(m.${col(id)})`, `min(m.${col(id)})`]).join(', ');
}

/** The extremes of rollup rows (alias r): the largest of the maxima, the smallest of the minima. */
export function extremesFromRollups(): string {
  return SORTABLE_METRIC_IDS.flatMap((id) => [`max(r.${maxColumn(id)})`, `min(r.${minColumn(id)})`]).join(', ');
}
