/**
 * The metric dictionary the UI and exports show: every metric's names, unit, formula, caveats and source.
 * The count metrics' ids are database columns; rates are computed from them (see aggregate.ts).
 */
import { APPLICATION_METRICS, OUTCOME_METRICS } from './definitions/applications';
import { PUBLISHED_METRICS } from './definitions/published';
import { RATE_METRICS } from './definitions/rates';
import { REASON_METRICS } from './definitions/reasons';
import { REVIEW_METRICS } from './definitions/review';
import type { CountMetricDefinition, MetricDefinition, MetricId, RateMetricDefinition } from './types';

export const COUNT_METRICS: CountMetricDefinition[] = [
  ...PUBLISHED_METRICS,
  ...APPLICATION_METRICS,
  ...OUTCOME_METRICS,
  ...REASON_METRICS,
  ...REVIEW_METRICS,
];

export { RATE_METRICS };

export const METRICS: MetricDefinition[] = [...COUNT_METRICS, ...RATE_METRICS];

const BY_ID = new Map<string, MetricDefinition>(METRICS.map((m) => [m.id, m]));

export function metricById(id: MetricId): MetricDefinition {
  const m = BY_ID.get(id);
  if (!m) throw new Error(`unknown metric ${id}`);
  return m;
}

export function isRate(m: MetricDefinition): m is RateMetricDefinition {
  return m.unit === 'rate';
}
