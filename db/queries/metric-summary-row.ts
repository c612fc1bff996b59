/**
 * What summarizeMetrics answers, whichever table it reads (summarize-metrics.ts: report_metrics,
 * summarize-rollups.ts: the rollups), in a file of its own so neither of the two imports the other's types.
 */
import type { CountMetricId, RateId } from '../schema/metric-columns';

export type SummaryGroup = 'none' | 'year' | 'province' | 'city' | 'county' | 'type';

export interface MetricSummaryRow {
  /** The group: a year, a division code, an agency type id; null for 'none' and for rows without one. */
  key: string | number | null;
  reports: number;
  agencies: number;
  sums: Record<CountMetricId, number | null>;
  rates: Record<RateId, number | null>;
  /** The count each rate rests on: its denominator over the rows that know every part of it. */
  bases: Record<RateId, number | null>;
}
