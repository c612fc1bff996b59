/**
 * How late the late reports were: per year of the scope, how many reports were published each number of days
 * after the deadline, so the page gives the median (lib/metrics/coverage.ts histogramMedian) without sending a
 * report per row. The country, a province or a type read the partial index of late reports (metrics_late: ~35 ms
 * for the country's 270,000 late reports at a million); a city or a county its own index (a few thousand rows),
 * every other index kept out of its plan (unary +): the partial one it would walk whole (a second for a county), or
 * a year's.
 */
import type { Db } from '../client';
import { type CoverageScope, scopeWhere } from '../sql/coverage-sql';
import { regionLevelOf } from '../sql/metric-filters';

export interface LateDays {
  year: number;
  days: number;
  reports: number;
}

/** The query, apart, so a test can read its plan. */
export function lateDaysQuery(scope: CoverageScope): { sql: string; args: (string | number)[] } {
  const local = scope.region !== undefined && regionLevelOf(scope.region) !== 'province';
  const where = scopeWhere(scope, 'c', { regionLeads: local });
  const plain = (column: string) => (local ? `+${column}` : column);
  return {
    sql: `SELECT c.year, c.days_late AS days, count(*) AS reports FROM report_metrics c
          WHERE ${where.sql} AND ${plain('c.year')} IN (${scope.years.map(() => '?').join(',')})
            AND ${plain('c.days_late')} > 0
          GROUP BY c.year, c.days_late`,
    args: [...where.args, ...scope.years],
  };
}

export async function coverageLateDays(db: Db, scope: CoverageScope): Promise<LateDays[]> {
  if (scope.years.length === 0) return [];
  const rows = await db.$client.execute(lateDaysQuery(scope));
  return rows.rows.map((r) => ({ year: Number(r.year), days: Number(r.days), reports: Number(r.reports) }));
}
