/**
 * How many rows the compare table has for the filters (the pager's total): agency-years from the
 * rollups, agencies from agency_presence, so the total never costs a count over a million rows.
 * A county with a type filter, which no rollup splits, is small enough to count directly.
 */
import { sql, type SQL } from 'drizzle-orm';
import type { Db } from '../client';
import { reportMetrics } from '../schema';
import { regionLevelOf, type MetricFilters } from '../sql/metric-filters';
import { rollupTable } from '../sql/rollup-tables';
import { ensureCurrentRollups } from './ensure-current-rollups';
import { presenceWhere, rollupWhere } from '../sql/rollup-filters';

export async function countCompareRows(
  db: Db,
  filters: MetricFilters,
  by: 'agency-year' | 'agency',
  where: SQL | undefined,
): Promise<number> {
  const level = filters.region ? regionLevelOf(filters.region) : null;
  const table = rollupTable(level ?? 'province', filters);
  if (!table) {
    const counted = by === 'agency' ? sql<number>`count(DISTINCT ${reportMetrics.agencyId})` : sql<number>`count(*)`;
    const [{ total }] = await db.select({ total: counted }).from(reportMetrics).where(where);
    return Number(total);
  }
  await ensureCurrentRollups(db);
  if (by === 'agency') {
    const w = presenceWhere(filters);
    return Number(
      (await db.$client.execute({ sql: `SELECT count(*) AS n FROM agency_presence p WHERE ${w.sql}`, args: w.args }))
        .rows[0].n,
    );
  }
  const w = rollupWhere(filters);
  return Number(
    (
      await db.$client.execute({
        sql: `SELECT coalesce(sum(r.reports), 0) AS n FROM ${table} r WHERE ${w.sql}`,
        args: w.args,
      })
    ).rows[0].n,
  );
}
