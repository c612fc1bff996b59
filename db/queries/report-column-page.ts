/**
 * The compare table's page sorted by a report's own column (days late, the score, its originality component), read
 * down the column's partial index instead of sorting every row: the rows better than the page's last value, then the
 * rows tied at it walked in the agency order (the tie walk). The same page as the plain order, which
 * test/db-queries/list-compare-rows.test.ts holds it to.
 */
import { and, isNotNull, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../client';
import { agencies, PROVINCE_YEAR_SCORE_INDEX, reportMetrics } from '../schema';
import { agencyYearOrder, REPORT_SORTS, type ReportSortId } from '../sql/compare-order';
import { isOneYear, regionLevelOf, type MetricFilters } from '../sql/metric-filters';
import { agencyYearPage, type AgencyYearPageOptions, pageIds } from './agency-year-page';

type PageOptions = Omit<AgencyYearPageOptions, 'agencyFirst' | 'indexedBy'>;

/**
 * The index that holds one province's year in score order, when the view is that and the sort the score (the
 * score ranking of /quality/score): the score is a virtual column, and sorting a province's rows computed it for
 * each of them. Null for any other view or sort: the column's own index serves it (above SCAN_ABOVE rows).
 */
export function provinceYearIndex(filters: MetricFilters, id: ReportSortId): string | null {
  const province = filters.region !== undefined && regionLevelOf(filters.region) === 'province';
  return id === 'score' && province && isOneYear(filters) ? PROVINCE_YEAR_SCORE_INDEX : null;
}

/**
 * The page by a report's own column over many rows, when the rows with a value fill it: they come first either way
 * (unknown last), so the page is theirs, read down the column's partial index (or `index`, one that holds the
 * filtered rows in the column's order) in its order. For days late: INDEXED BY:
 * left to itself the planner scanned and sorted the million rows (1.2 s for the first page; this way 1 ms
 * descending, 55 ms ascending, where a day's ties are sorted — measured on 1 M rows made by copying a 3,000-
 * report import). Null when fewer dated rows than the page's end match the filter: then the table is read
 * through (every row, sorted).
 */
export async function reportColumnPage(
  db: Db,
  where: SQL | undefined,
  o: PageOptions,
  id: ReportSortId = 'daysLate',
  tiesWalked = TIES_WALKED,
  index: string = REPORT_SORTS[id].index,
): Promise<{ reportId: number; agencyId: number }[] | null> {
  const sort = REPORT_SORTS[id];
  const tied = await tiedColumnPage(db, where, o, id, tiesWalked, index);
  if (tied) return tied;
  const page = await agencyYearPage(db, and(where, isNotNull(sort.column)), {
    ...o,
    agencyFirst: false,
    indexedBy: index,
  });
  return page.length === o.limit ? page : null;
}

/**
 * Rows sharing the page's last value above which the page is not sorted out of them (the rest of the compare order,
 * the agency's pinyin key, decides among them) but walked in that order. The score has few distinct values: at a
 * million reports hundreds of thousands share the best one, and sorting them all by name took seconds.
 */
const TIES_WALKED = 2_000;

/**
 * The page of a report's column when many rows share the value of its last row, T: the rows better than T (fewer
 * than the page's end, read down the column's index and sorted), then the rows equal to T in the agency order,
 * walked down the agencies' pinyin index until the page is full — the plain order's page either way. Null when
 * the rows with a value end before the page does, or fewer than `tiesWalked` share T: then the index is read as is.
 */
async function tiedColumnPage(
  db: Db,
  where: SQL | undefined,
  o: PageOptions,
  id: ReportSortId,
  tiesWalked: number,
  index: string,
): Promise<{ reportId: number; agencyId: number }[] | null> {
  const m = reportMetrics;
  const { column } = REPORT_SORTS[id];
  const end = o.offset + o.limit;
  const indexed = sql`${m} INDEXED BY ${sql.identifier(index)}`;
  const known = sql`${where ?? sql`1`} AND ${column} IS NOT NULL`;
  const [last] = await db.all<{ v: number }>(
    sql`SELECT ${column} AS v FROM ${indexed} WHERE ${known} ORDER BY ${column} ${o.sort.desc ? sql`DESC` : sql`ASC`} LIMIT 1 OFFSET ${end - 1}`,
  );
  if (!last) return null;
  const t = Number(last.v);
  const [{ n }] = await db.all<{ n: number }>(
    sql`SELECT count(*) AS n FROM (SELECT 1 FROM ${indexed} WHERE ${known} AND ${column} = ${t} LIMIT ${tiesWalked})`,
  );
  if (Number(n) < tiesWalked) return null;
  const better = o.sort.desc ? sql`${column} > ${t}` : sql`${column} < ${t}`;
  const before = pageIds(
    await db.all(sql`SELECT ${m.reportId} AS "reportId", ${m.agencyId} AS "agencyId"
      FROM ${indexed} CROSS JOIN ${agencies} ON ${agencies.id} = ${m.agencyId}
      WHERE ${known} AND ${better} ORDER BY ${sql.join(agencyYearOrder(o.sort), sql`, `)}`),
  );
  // Among equal values the rest of the compare order is the agency's: its pinyin key, its id, the year.
  const tail = agencyYearOrder(o.sort).slice(1);
  const tiedRows = pageIds(
    await db.all(sql`SELECT ${m.reportId} AS "reportId", ${m.agencyId} AS "agencyId"
      FROM ${agencies} CROSS JOIN ${m} ON ${m.agencyId} = ${agencies.id}
      WHERE ${where ?? sql`1`} AND ${column} = ${t} ORDER BY ${sql.join(tail, sql`, `)} LIMIT ${end - before.length}`),
  );
  return [...before, ...tiedRows].slice(o.offset, end);
}
