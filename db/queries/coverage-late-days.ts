/**
 * How late the late reports were: per year of the scope, how many reports were published each number of days
 * after the deadline, so the page gives the median (lib/metrics/coverage.ts histogramMedian) without sending a
 * report per row. The country or a province read the counts over every type (late_day_totals: ~28 k rows for the
 * country at a million, where the late reports' partial index held ~120 k entries and took ~16 ms); a type, in
 * the country or a province, the typed counts (late_day_rollups), each type's own rows. A city or a county reads
 * its own index (a few thousand rows), every other index kept out of its plan (unary +): the partial one of the
 * late reports it would walk whole (a second for a county), or a year's.
 */
import type { Db } from '../client';
import { type CoverageScope, scopeWhere } from '../sql/coverage-sql';
import { regionLevelOf } from '../sql/metric-filters';

export interface LateDays {
  year: number;
  days: number;
  reports: number;
}

type Query = { sql: string; args: (string | number)[] };
const yearsIn = (scope: CoverageScope) => scope.years.map(() => '?').join(',');

/** The query, apart, so a test can read its plan. */
export function lateDaysQuery(scope: CoverageScope): Query {
  const local = scope.region !== undefined && regionLevelOf(scope.region) !== 'province';
  return local ? fromReports(scope) : fromRollups(scope);
}

/** The late reports themselves: what the rollups count, and what a city or a county reads. */
export function fromReports(scope: CoverageScope): Query {
  const local = scope.region !== undefined && regionLevelOf(scope.region) !== 'province';
  const where = scopeWhere(scope, 'c', { regionLeads: local });
  const plain = (column: string) => (local ? `+${column}` : column);
  return {
    sql: `SELECT c.year, c.days_late AS days, count(*) AS reports FROM report_metrics c
          WHERE ${where.sql} AND ${plain('c.year')} IN (${yearsIn(scope)})
            AND ${plain('c.days_late')} > 0
          GROUP BY c.year, c.days_late`,
    args: [...where.args, ...scope.years],
  };
}

/** The country or a province, every type or some: the rollup rows (scopeWhere's columns are the rollups' too). */
function fromRollups(scope: CoverageScope): Query {
  const table = scope.typeIds?.length ? 'late_day_rollups' : 'late_day_totals';
  const where = scopeWhere(scope, 'c');
  return {
    sql: `SELECT c.year, c.days_late AS days, sum(c.reports) AS reports FROM ${table} c
          WHERE ${where.sql} AND c.year IN (${yearsIn(scope)})
          GROUP BY c.year, c.days_late`,
    args: [...where.args, ...scope.years],
  };
}

/**
 * The histogram, one row per year: the (days, reports) pairs of a year joined into one string. The country's ~2,000
 * pairs as rows cost the client ~8 ms (each row an object of the driver's); as seven strings, under one.
 */
export async function coverageLateDays(db: Db, scope: CoverageScope): Promise<LateDays[]> {
  if (scope.years.length === 0) return [];
  const q = lateDaysQuery(scope);
  const rows = await db.$client.execute({
    sql: `SELECT year, group_concat(days || ':' || reports) AS pairs FROM (${q.sql}) GROUP BY year`,
    args: q.args,
  });
  const out: LateDays[] = [];
  for (const r of rows.rows) {
    const year = Number(r.year);
    for (const pair of String(r.pairs).split(',')) {
      const colon = pair.indexOf(':');
      out.push({ year, days: Number(pair.slice(0, colon)), reports: Number(pair.slice(colon + 1)) });
    }
  }
  // In the order the grouped rows came in (group_concat's order within a year is not promised).
  return out.sort((a, b) => a.year - b.year || a.days - b.days);
}
