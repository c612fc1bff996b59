/**
 * The column lists and aggregate expressions of the rollup tables (db/schema/rollups.ts), generated
 * from the metric dictionary like metric-sql.ts, so a new metric needs no hand-written SQL here.
 */
import { RATE_METRICS } from '../../lib/metrics/dictionary';
import { COUNT_METRIC_IDS } from '../../lib/metrics/types';
import type { RateMetricDefinition, RatePart } from '../../lib/metrics/types';
import { GAP_METRIC_IDS, metricColumn, missingColumn, rateDenColumn, rateNumColumn } from '../schema';

const col = metricColumn;

function signed(parts: RatePart[], table: string): string {
  return parts.map((p, i) => `${p.sign < 0 ? '-' : i ? '+' : ''} ${table}.${col(p.id)}`).join(' ');
}

function known(def: RateMetricDefinition, table: string): string {
  const ids = [...new Set([...def.numerator, ...def.denominator].map((p) => p.id))];
  return ids.map((id) => `${table}.${col(id)} IS NOT NULL`).join(' AND ');
}

/** The totals columns, in the order both builders below produce them. */
export const TOTAL_COLUMNS = [
  'reports', 'with_errors', 'error_count',
  ...COUNT_METRIC_IDS.map(col),
  ...RATE_METRICS.flatMap((d) => [rateNumColumn(d.id), rateDenColumn(d.id)]),
  ...GAP_METRIC_IDS.map(missingColumn),
];

/** Totals of report_metrics rows (alias m). */
export function totalsFromMetrics(): string {
  return [
    'count(*)', 'sum(m.error_count > 0)', 'sum(m.error_count)',
    ...COUNT_METRIC_IDS.map((id) => `sum(m.${col(id)})`),
    ...RATE_METRICS.flatMap((d) => [
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
