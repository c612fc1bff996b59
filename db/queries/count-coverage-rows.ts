/**
 * How many agencies the coverage matrix lists under a row filter, for the filters the rollups cannot count (a
 * missing, late or undated year in the view's years depends on every year of the agency, not only its first and
 * last): one pass over the scope's agency_coverage rows — for the country or a province, the covering
 * agency_coverage_province index (about 20 ms for 200,000 agencies) — plus, for missing years, the list entries no
 * agency has answered.
 */
import type { Db } from '../client';
import { type CoverageScope, type CoverageShow, scopeWhere, showCondition } from '../sql/coverage-sql';
import { ensureCurrentRollups } from './ensure-current-rollups';

export async function countCoverageRows(db: Db, scope: CoverageScope, show: CoverageShow): Promise<number> {
  if (scope.years.length === 0) return 0;
  await ensureCurrentRollups(db);
  const c = scopeWhere(scope, 'c');
  const [row] = (
    await db.$client.execute({
      sql: `SELECT count(*) AS n FROM agency_coverage c WHERE ${c.sql} AND ${showCondition(show, scope.years)}`,
      args: c.args,
    })
  ).rows;
  let n = Number(row.n);
  if (!scope.synthetic && (show === 'all' || show === 'missing')) {
    const l = scopeWhere(scope, 'l');
    const [u] = (
      await db.$client.execute({
        sql: `SELECT count(*) AS n FROM agency_list l WHERE l.agency_id IS NULL AND ${l.sql}`,
        args: l.args,
      })
    ).rows;
    n += Number(u.n);
  }
  return n;
}
