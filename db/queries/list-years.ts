/** The years with data, oldest first: what the year picker offers. */
import { sql } from 'drizzle-orm';
import type { Db } from '../client';
import { reportMetrics } from '../schema';
import type { MetricFilters } from '../sql/metric-filters';

/**
 * Only `synthetic` narrows the list, so the whole dashboard filter can be passed without the picker
 * shrinking to the years already chosen.
 *
 * A DISTINCT would read every row (measured: BENCHMARKS.md, 'Figures from code comments'); instead each step asks
 * the year index for the next year after the last one found, a handful of index probes in all.
 */
export async function listYears(db: Db, filters: Pick<MetricFilters, 'synthetic'> = {}): Promise<number[]> {
  const synthetic = filters.synthetic ?? false;
  const m = reportMetrics;
  const rows = await db.all<{ year: number | null }>(sql`
    WITH RECURSIVE found(year) AS (
      SELECT min(${m.year}) FROM ${m} WHERE ${m.synthetic} = ${synthetic}
      UNION ALL
      SELECT (SELECT min(${m.year}) FROM ${m} WHERE ${m.synthetic} = ${synthetic} AND ${m.year} > found.year) FROM found WHERE found.year IS NOT NULL
    )
    SELECT year FROM found WHERE year IS NOT NULL`);
  return rows.map((r) => Number(r.year));
}
