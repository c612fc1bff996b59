/**
 * Metric ids and the shape of a metric definition. The ids and the rates' parts are the database's columns
 * (db/schema/metric-columns.ts), listed there once, in dictionary order; a test keeps the dictionary in step.
 */
import type { TemplateVersion } from '../report/types';
import type { CountMetricId, RateId, RateParts } from '../../db/schema/metric-columns';

export { COUNT_METRIC_IDS, RATE_IDS } from '../../db/schema/metric-columns';
export type { CountMetricId, RateId, RatePart } from '../../db/schema/metric-columns';

export type MetricId = CountMetricId | RateId;
export type MetricGroup = 'published' | 'applications' | 'outcomes' | 'reasons' | 'review' | 'rates';
export type MetricUnit = 'count' | 'rate' | 'yuan' | '10k-yuan';

/** One metric's values for one report: null = unknown (blank, unreadable, or not defined by the form). */
export type CountMetrics = Record<CountMetricId, number | null>;

interface MetricBase {
  /** Chinese name, as the UI shows it. */
  zh: string;
  en: string;
  group: MetricGroup;
  /** A short human formula: Chinese, then " — ", then English. */
  formula: string;
  /** What a reader must know before comparing; each string Chinese first, then English. */
  caveats: string[];
  /** The template versions whose forms define this metric; for other versions the value is null. */
  templates: TemplateVersion[];
  /** Where the value comes from in the parsed-report JSON. */
  source: string;
}

export interface CountMetricDefinition extends MetricBase {
  id: CountMetricId;
  unit: 'count' | 'yuan' | '10k-yuan';
}

export interface RateMetricDefinition extends MetricBase, RateParts {
  id: RateId;
  unit: 'rate';
}

export type MetricDefinition = CountMetricDefinition | RateMetricDefinition;
