/**
 * Per year, how complete the filtered data is: reports, agencies, reports with errors, and how many
 * reports leave each headline metric unknown (null): what a chart's "n of N reports" caption needs.
 */
import { asc, sql } from 'drizzle-orm';
import type { Db } from '../client';
import type { CountMetricId } from '../schema/metric-columns';
import { GAP_METRIC_IDS, reportMetrics } from '../schema';
import { missingColumn } from '../schema';
import { metricConditions, regionLevelOf, type MetricFilters } from '../sql/metric-filters';
import { levelOf, type RollupTable, rollupTable } from '../sql/rollup-tables';
import { ensureCurrentRollups } from './ensure-current-rollups';
import { rollupWhere } from '../sql/rollup-filters';
import { metricColumnOf } from '../sql/metric-sql';

/** The metrics the dashboard's headline charts stand on. */
export const GAP_METRICS = GAP_METRIC_IDS satisfies readonly CountMetricId[];
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

/** `source: 'metrics'` forces the scan of report_metrics (tests hold both equal). */
export async function dataGaps(
  db: Db,
  filters: MetricFilters,
  source: 'auto' | 'metrics' = 'auto',
): Promise<DataGapRow[]> {
  const table =
    source === 'auto' ? rollupTable(levelOf(filters.region ? regionLevelOf(filters.region) : null), filters) : null;
  if (table) return gapsFromRollups(db, filters, table);
  return gapsFromMetrics(db, filters);
}

/** From the rollups: per year one agency has one report, so agencies = reports there. */
async function gapsFromRollups(db: Db, filters: MetricFilters, table: RollupTable): Promise<DataGapRow[]> {
  await ensureCurrentRollups(db);
  const where = rollupWhere(filters);
  const missing = GAP_METRICS.map((id) => `sum(r.${missingColumn(id)}) AS ${missingColumn(id)}`).join(', ');
  const rows = (
    await db.$client.execute({
      sql: `SELECT r.year AS year, sum(r.reports) AS reports, sum(r.with_errors) AS with_errors, ${missing}
          FROM ${table} r WHERE ${where.sql} GROUP BY r.year ORDER BY r.year`,
      args: where.args,
    })
  ).rows;
  return rows.map((r) => ({
    year: Number(r.year),
    reports: Number(r.reports),
    agencies: Number(r.reports),
    withErrors: Number(r.with_errors),
    missing: Object.fromEntries(GAP_METRICS.map((id) => [id, Number(r[missingColumn(id)])])) as Record<
      GapMetric,
      number
    >,
  }));
}

async function gapsFromMetrics(db: Db, filters: MetricFilters): Promise<DataGapRow[]> {
  const missing = Object.fromEntries(
    GAP_METRICS.map((id) => [id, sql<number>`sum(${metricColumnOf(id)} IS NULL)`]),
  ) as Record<GapMetric, ReturnType<typeof sql<number>>>;
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
