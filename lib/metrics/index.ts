/** Metrics over parsed reports: the dictionary, one report's values, cross-year checks, group aggregates. */
export { COUNT_METRICS, METRICS, RATE_METRICS, isRate, metricById } from './dictionary';
export { reportMetrics, reportRates, rateValue, rowTotal, signedSum, type MetricsInput } from './report-metrics';
export { CROSS_YEAR_RULES, crossYearFindings, type YearReport } from './cross-year';
export { aggregate, groupBy, type Aggregate, type MetricRow } from './aggregate';
export * from './types';
