/**
 * The latest year with a current report under the filters: the year a per-year view (the score rankings) is about
 * when the user chose none. max(year) under the filter's own index (province, city, county, type or year leads
 * one), so it is a probe at a million reports, not a scan.
 */
import { sql } from 'drizzle-orm';
import type { Db } from '../client';
import { reportMetrics } from '../schema';
import { metricConditions, type MetricFilters } from '../sql/metric-filters';

export async function latestYear(db: Db, filters: MetricFilters): Promise<number | null> {
  const [row] = await db
    .select({ year: sql<number | null>`max(${reportMetrics.year})` })
    .from(reportMetrics)
    .where(metricConditions(filters));
  return row?.year === null || row?.year === undefined ? null : Number(row.year);
}
