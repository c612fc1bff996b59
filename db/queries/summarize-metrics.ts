/**
 * Totals and rates of the filtered agency-years, overall or per year, division or agency type: the
 * numbers behind the dashboard's tiles and charts. Same semantics as lib/metrics aggregate() (a test
 * holds them equal), from the rollup tables where they can answer, else one scan of report_metrics.
 */
import { sql, type SQL } from 'drizzle-orm';
import type { Db } from '../client';
import { reportMetrics } from '../schema';
import { metricConditions, regionLevelOf, type MetricFilters } from '../sql/metric-filters';
import { levelOf, rollupTable } from '../sql/rollup-tables';
import type { MetricSummaryRow, SummaryGroup } from './metric-summary-row';
import { summarizeFromRollups } from './summarize-rollups';
import { countFields, rateBaseFields, rateFields } from '../sql/metric-sql';

export type { MetricSummaryRow, SummaryGroup };

const GROUP_COLUMNS: Record<Exclude<SummaryGroup, 'none'>, SQL> = {
  year: sql`${reportMetrics.year}`,
  province: sql`${reportMetrics.provinceCode}`,
  city: sql`${reportMetrics.cityCode}`,
  county: sql`${reportMetrics.countyCode}`,
  type: sql`${reportMetrics.typeId}`,
};

/**
 * Read from the rollups wherever they can answer (all but a county by type): a few hundred or thousand rows
 * instead of up to a million. `source: 'metrics'` forces the scan of report_metrics (tests hold both equal).
 */
export async function summarizeMetrics(
  db: Db,
  filters: MetricFilters,
  group: SummaryGroup,
  source: 'auto' | 'metrics' = 'auto',
): Promise<MetricSummaryRow[]> {
  const level = filters.region ? regionLevelOf(filters.region) : null;
  const table = source === 'auto' ? rollupTable(levelOf(level, group), filters, group === 'type') : null;
  if (table) return summarizeFromRollups(db, filters, group, table);
  return summarizeFromMetrics(db, filters, group);
}

async function summarizeFromMetrics(db: Db, filters: MetricFilters, group: SummaryGroup): Promise<MetricSummaryRow[]> {
  const column = group === 'none' ? null : GROUP_COLUMNS[group];
  const query = db
    .select({
      key: column ? sql<string | number | null>`${column}` : sql<null>`NULL`,
      reports: sql<number>`count(*)`,
      agencies: sql<number>`count(DISTINCT ${reportMetrics.agencyId})`,
      sums: countFields('group'),
      rates: rateFields('group'),
      bases: rateBaseFields('group'),
    })
    .from(reportMetrics)
    .where(metricConditions(filters));
  // Without GROUP BY the answer is one row even when nothing matches (0 reports, null sums): the
  // overall totals always exist. Rows without a division or type form their own group, listed last.
  const rows = column ? await query.groupBy(column).orderBy(sql`${column} NULLS LAST`) : await query;
  return rows.map((r) => ({ ...r, reports: Number(r.reports), agencies: Number(r.agencies) }));
}
