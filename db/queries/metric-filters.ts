/**
 * Moved to db/sql/metric-filters.ts. This re-export stays only until lib/dashboard/compare-export.ts (part of
 * another change in progress) imports from there; then delete it.
 */
export { isOneYear, metricConditions, regionLevelOf, type MetricFilters } from '../sql/metric-filters';
