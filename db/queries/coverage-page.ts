/**
 * A page of the coverage matrix: agencies in name (pinyin) order with their year bits, then each row's name and
 * days late per year. Agencies come from agency_coverage (walked along agency_coverage_sort, or read through a
 * region's index and sorted when the region is small), merged with the list entries no agency has answered yet;
 * only then are the page's names and days late looked up, a few dozen rows through their indexes.
 */
import type { Db } from '../client';
import { type CoverageScope, type CoverageShow, scopeWhere, showCondition } from '../sql/coverage-sql';
import { ensureCurrentRollups } from './ensure-current-rollups';

export interface CoverageRow {
  /** The agency; null for a list entry no agency has answered. */
  agencyId: number | null;
  name: string;
  provinceCode: string | null;
  cityCode: string | null;
  countyCode: string | null;
  typeId: string | null;
  years: number;
  late: number;
  undated: number;
  replaced: number;
  listed: boolean;
  /** Days late of each present year that has a date. */
  daysLate: Map<number, number>;
}

/** Unanswered list entries are rows only when every year is asked for, or the missing ones. */
const listsUnanswered = (scope: CoverageScope, show: CoverageShow) =>
  !scope.synthetic && (show === 'all' || show === 'missing');

export async function coveragePage(
  db: Db,
  scope: CoverageScope,
  show: CoverageShow,
  page: { offset: number; limit: number },
): Promise<CoverageRow[]> {
  if (scope.years.length === 0) return [];
  await ensureCurrentRollups(db);
  const c = scopeWhere(scope, 'c');
  const l = scopeWhere(scope, 'l');
  const fromList = listsUnanswered(scope, show)
    ? `UNION ALL
       SELECT NULL, l.id, l.sort_key, l.name, l.province_code, l.city_code, l.county_code, l.type_id, 0, 0, 0, 0, 1
       FROM agency_list l WHERE l.agency_id IS NULL AND ${l.sql}`
    : '';
  const rows = (
    await db.$client.execute({
      sql: `SELECT c.agency_id AS agencyId, NULL AS listId, c.sort_key AS sortKey, NULL AS name,
                   c.province_code AS provinceCode, c.city_code AS cityCode, c.county_code AS countyCode, c.type_id AS typeId,
                   c.years, c.late, c.undated, c.replaced, c.listed
            FROM agency_coverage c WHERE ${c.sql} AND ${showCondition(show, scope.years)}
            ${fromList}
            ORDER BY sortKey, agencyId, listId LIMIT ? OFFSET ?`,
      args: [...c.args, ...(fromList ? l.args : []), page.limit, page.offset],
    })
  ).rows;
  const ids = rows.filter((r) => r.agencyId !== null).map((r) => Number(r.agencyId));
  const [names, days] = await Promise.all([agencyNames(db, ids), daysLate(db, ids, scope.years)]);
  return rows.map((r) => {
    const agencyId = r.agencyId === null ? null : Number(r.agencyId);
    return {
      agencyId,
      name: agencyId === null ? String(r.name) : (names.get(agencyId) ?? String(agencyId)),
      provinceCode: (r.provinceCode as string | null) ?? null,
      cityCode: (r.cityCode as string | null) ?? null,
      countyCode: (r.countyCode as string | null) ?? null,
      typeId: (r.typeId as string | null) ?? null,
      years: Number(r.years),
      late: Number(r.late),
      undated: Number(r.undated),
      replaced: Number(r.replaced),
      listed: Boolean(Number(r.listed)),
      daysLate: (agencyId !== null && days.get(agencyId)) || new Map(),
    };
  });
}

async function agencyNames(db: Db, ids: number[]): Promise<Map<number, string>> {
  if (ids.length === 0) return new Map();
  const rows = await db.$client.execute({
    sql: `SELECT id, name FROM agencies WHERE id IN (${ids.map(() => '?').join(',')})`,
    args: ids,
  });
  return new Map(rows.rows.map((r) => [Number(r.id), String(r.name)]));
}

async function daysLate(db: Db, ids: number[], years: readonly number[]): Promise<Map<number, Map<number, number>>> {
  const out = new Map<number, Map<number, number>>();
  if (ids.length === 0) return out;
  const rows = await db.$client.execute({
    sql: `SELECT agency_id, year, days_late FROM report_metrics
          WHERE agency_id IN (${ids.map(() => '?').join(',')}) AND year IN (${years.map(() => '?').join(',')})
            AND days_late IS NOT NULL`,
    args: [...ids, ...years],
  });
  for (const r of rows.rows) {
    const id = Number(r.agency_id);
    if (!out.has(id)) out.set(id, new Map());
    out.get(id)!.set(Number(r.year), Number(r.days_late));
  }
  return out;
}
