/**
 * Per year, how complete the filtered data is: reports, agencies, reports with errors, and how many
 * reports leave each headline metric unknown (null): what a chart's "n of N reports" caption needs.
 */
import { asc, sql } from 'drizzle-orm';
import type { Db } from '../client';
import type { CountMetricId } from '../../lib/metrics/report-metrics';
import { reportMetrics } from '../schema';
import { metricConditions, type MetricFilters } from './metric-filters';
import { metricColumnOf } from './metric-sql';

/** The metrics the dashboard's headline charts stand on. */
export const GAP_METRICS = ['appsNew', 'granted', 'handled', 'carriedForward', 'reviewTotal', 'litigationTotal'] as const satisfies readonly CountMetricId[];
type GapMetric = (typeof GAP_METRICS)[number];

export interface DataGapRow {
  year: number;
  reports: number;
  agencies: number;
  /** Reports with at least one error-severity finding. */
  withErrors: number;
  /** Reports where the metric is unknown. */
  missing: Record<GapMetric, number>;
}

export async function dataGaps(db: Db, filters: MetricFilters): Promise<DataGapRow[]> {
  const missing = Object.fromEntries(GAP_METRICS.map((id) => [id, sql<number>`sum(${metricColumnOf(id)} IS NULL)`])) as Record<GapMetric, ReturnType<typeof sql<number>>>;
  const rows = await db
    .select({
      year: reportMetrics.year,
      reports: sql<number>`count(*)`,
      agencies: sql<number>`count(DISTINCT ${reportMetrics.agencyId})`,
      withErrors: sql<number>`sum(${reportMetrics.errorCount} > 0)`,
      missing,
    })
    .from(reportMetrics)
    .where(metricConditions(filters))
    .groupBy(reportMetrics.year)
    .orderBy(asc(reportMetrics.year));
  return rows.map((r) => ({
    year: r.year,
    reports: Number(r.reports),
    agencies: Number(r.agencies),
    withErrors: Number(r.withErrors),
    missing: Object.fromEntries(GAP_METRICS.map((id) => [id, Number(r.missing[id])])) as Record<GapMetric, number>,
  }));
}
