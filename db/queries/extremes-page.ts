/**
 * A page of agency-years sorted by a metric, read only from the rollup cells that can hold it (ADR 0007).
 * The rollups keep each cell's largest and smallest value of every sortable metric. The page's
 * (offset + limit)-th value is at least T, the (offset + limit)-th largest cell maximum (that many cells
 * each hold a row of value ≥ T), so every row of the page lies in a cell whose maximum is ≥ T and has a
 * value ≥ T: those rows, sorted in the compare order, begin with the page. Ascending, the same with
 * minimums. The province cells are read, or the city cells for a city's filter. When too many rows reach T
 * because the page is all ties at the extreme (rates of 100 %, counts of 0) and such rows are common, the
 * agencies are walked in pinyin order instead, since then that order is the page's. A rate's bound above
 * 100 % (broken sums, rare but on top of a descending sort) reads the rows above it from the rate's small
 * partial index, however many cells they are spread over. Anything else (a
 * county filter, a deep page, marks not yet rebuilt, rare ties up to 100 %) returns null and the caller reads
 * report_metrics itself.
 */
import { sql, type SQL } from 'drizzle-orm';
import { SQLiteSyncDialect } from 'drizzle-orm/sqlite-core';
import type { InValue } from '@libsql/client';
import type { Db } from '../client';
import { RATE_IDS, type RateId } from '../schema/metric-columns';
import { maxColumn, metricColumn, minColumn, overOneIndex, SORTABLE_METRIC_IDS } from '../schema';
import { agencyYearOrder, type CompareSort } from '../sql/compare-order';
import { metricConditions, regionLevelOf, type MetricFilters } from '../sql/metric-filters';
import { rollupWhere } from '../sql/rollup-filters';

/** Pages deeper than this are left to the plain query (the cells' bound loosens as the page deepens). */
const MAX_DEPTH = 2_000;
/** Candidate rows above which the cells are no shortcut. */
const MAX_CANDIDATES = 20_000;
/** Rows a walk in pinyin order may be expected to visit before it has the page. */
const MAX_WALK = 20_000;

type Page = { reportId: number; agencyId: number }[];

/** The page, and which way it was read (for tests and the bench: each way must give report_metrics' page). */
export interface ExtremesPage {
  rows: Page;
  via: 'cells' | 'ties' | 'over-one';
}
type CellTable = 'province_rollups' | 'city_rollups';

/** What the cells of one table say for the filter: T, the rows that may reach it, and the extreme itself. */
interface Reach {
  table: CellTable;
  t: InValue;
  /** Reports in the cells whose extreme reaches T. */
  candidates: number;
  /** Cells whose extreme reaches T, and reports in all the filter's cells. */
  cells: number;
  total: number;
  extreme: InValue;
}

const dialect = new SQLiteSyncDialect();

export async function extremesPage(
  db: Db,
  filters: MetricFilters,
  o: { sort: CompareSort; offset: number; limit: number },
  maxCandidates = MAX_CANDIDATES,
): Promise<ExtremesPage | null> {
  const id = o.sort.id;
  if (!SORTABLE_METRIC_IDS.includes(id) || o.offset + o.limit > MAX_DEPTH || o.limit < 1) return null;
  if (filters.region && regionLevelOf(filters.region) === 'county') return null;
  if (
    (await db.$client.execute('SELECT 1 FROM rollup_dirty UNION ALL SELECT 1 FROM cell_dirty LIMIT 1')).rows.length > 0
  )
    return null;

  const byCity = filters.region !== undefined && regionLevelOf(filters.region) === 'city';
  // Province cells (few, and quick to read in full) unless the filter names a city; the city cells are ~7
  // times as many and wide, and reading them all is slow (measured at a million: ADR 0007, decision 7).
  const reach = await reachOf(db, byCity ? 'city_rollups' : 'province_rollups', filters, o);
  if (!reach) return null;
  // A bound above 100 %: every row of the page is in the rate's partial index, however many cells hold them.
  if (o.sort.desc && isRate(id) && Number(reach.t) > 1 && (await overOneCount(db, id, reach.t)) <= maxCandidates) {
    return { rows: await fromOverOne(db, id, reach.t, filters, o), via: 'over-one' };
  }
  if (reach.candidates <= maxCandidates) return { rows: await fromCells(db, reach, filters, o), via: 'cells' };
  // Ties at the extreme fill the page: walk the agencies in pinyin order if such rows are common enough.
  const expectedWalk = ((o.offset + o.limit) * reach.total) / reach.cells;
  if (reach.t === reach.extreme && expectedWalk <= MAX_WALK)
    return { rows: await walkTies(db, reach.t, filters, o), via: 'ties' };
  return null;
}

async function reachOf(
  db: Db,
  table: CellTable,
  filters: MetricFilters,
  o: { sort: CompareSort; offset: number; limit: number },
): Promise<Reach | null> {
  const extreme = o.sort.desc ? maxColumn(o.sort.id) : minColumn(o.sort.id);
  const order = `ORDER BY c.${extreme} ${o.sort.desc ? 'DESC' : 'ASC'}`;
  const upTo = `${order} RANGE BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW`;
  const cells = rollupWhere(filters, 'c');
  const row = (
    await db.$client.execute({
      sql: `SELECT * FROM (SELECT c.${extreme} AS t, row_number() OVER (${order}) AS rank, sum(c.reports) OVER (${upTo}) AS candidates,
        count(*) OVER (${upTo}) AS cells, sum(c.reports) OVER () AS total, first_value(c.${extreme}) OVER (${order}) AS extreme
      FROM ${table} c WHERE ${cells.sql} AND c.${extreme} IS NOT NULL) WHERE rank = ?`,
      args: [...cells.args, o.offset + o.limit],
    })
  ).rows[0];
  if (!row) return null;
  return {
    table,
    t: row.t as InValue,
    candidates: Number(row.candidates),
    cells: Number(row.cells),
    total: Number(row.total),
    extreme: row.extreme as InValue,
  };
}

/** The rows of the cells that reach T and that reach T themselves, in the compare order. */
async function fromCells(
  db: Db,
  r: Reach,
  filters: MetricFilters,
  o: { sort: CompareSort; offset: number; limit: number },
): Promise<Page> {
  const extreme = o.sort.desc ? maxColumn(o.sort.id) : minColumn(o.sort.id);
  const reaches = o.sort.desc ? '>=' : '<=';
  const cells = rollupWhere(filters, 'c');
  const sameCell = `report_metrics.province_code IS c.province_code AND report_metrics.year = c.year AND report_metrics.synthetic = c.synthetic
    AND report_metrics.template IS c.template AND report_metrics.type_id IS c.type_id${r.table === 'city_rollups' ? ' AND report_metrics.city_code IS c.city_code' : ''}`;
  const orderBy = render(sql.join(agencyYearOrder(o.sort), sql`, `));
  return page(
    db,
    `SELECT report_metrics.report_id, report_metrics.agency_id
    FROM ${r.table} c CROSS JOIN report_metrics ON ${sameCell}
    CROSS JOIN agencies ON agencies.id = report_metrics.agency_id
    WHERE ${cells.sql} AND c.${extreme} ${reaches} ? AND report_metrics.${metricColumn(o.sort.id)} ${reaches} ?
    ORDER BY ${orderBy.sql} LIMIT ? OFFSET ?`,
    [...cells.args, r.t, r.t, ...orderBy.params, o.limit, o.offset],
  );
}

const isRate = (id: string): id is RateId => (RATE_IDS as readonly string[]).includes(id);

/** Rows of the whole table whose rate reaches t (> 1), counted in the rate's partial index. */
async function overOneCount(db: Db, id: RateId, t: InValue): Promise<number> {
  const column = metricColumn(id);
  const row = (
    await db.$client.execute({
      sql: `SELECT count(*) AS n FROM report_metrics INDEXED BY ${overOneIndex(id)} WHERE ${column} > 1 AND ${column} >= ?`,
      args: [t],
    })
  ).rows[0];
  return Number(row.n);
}

/** The rows whose rate reaches t (> 1) and that pass the filters, in the compare order, from the rate's partial index. */
async function fromOverOne(
  db: Db,
  id: RateId,
  t: InValue,
  filters: MetricFilters,
  o: { sort: CompareSort; offset: number; limit: number },
): Promise<Page> {
  const column = metricColumn(id);
  const where = render(metricConditions(filters) ?? sql`1`);
  const orderBy = render(sql.join(agencyYearOrder(o.sort), sql`, `));
  return page(
    db,
    `SELECT report_metrics.report_id, report_metrics.agency_id
    FROM report_metrics INDEXED BY ${overOneIndex(id)} CROSS JOIN agencies ON agencies.id = report_metrics.agency_id
    WHERE report_metrics.${column} > 1 AND report_metrics.${column} >= ? AND ${where.sql} ORDER BY ${orderBy.sql} LIMIT ? OFFSET ?`,
    [t, ...where.params, ...orderBy.params, o.limit, o.offset],
  );
}

/** A page that is all ties at value t: the rows of value t in pinyin order, found by walking the agencies. */
async function walkTies(
  db: Db,
  t: InValue,
  filters: MetricFilters,
  o: { sort: CompareSort; offset: number; limit: number },
): Promise<Page> {
  const where = render(metricConditions(filters) ?? sql`1`);
  // The metric term leads the compare order; among equal values the rest of it is the page's order.
  const orderBy = render(sql.join(agencyYearOrder(o.sort).slice(1), sql`, `));
  return page(
    db,
    `SELECT report_metrics.report_id, report_metrics.agency_id
    FROM agencies CROSS JOIN report_metrics ON report_metrics.agency_id = agencies.id
    WHERE ${where.sql} AND report_metrics.${metricColumn(o.sort.id)} = ? ORDER BY ${orderBy.sql} LIMIT ? OFFSET ?`,
    [...where.params, t, ...orderBy.params, o.limit, o.offset],
  );
}

function render(s: SQL): { sql: string; params: InValue[] } {
  const q = dialect.sqlToQuery(s);
  return { sql: q.sql, params: q.params as InValue[] };
}

async function page(db: Db, query: string, args: InValue[]): Promise<Page> {
  const rows = (await db.$client.execute({ sql: query, args })).rows;
  return rows.map((r) => ({ reportId: Number(r.report_id), agencyId: Number(r.agency_id) }));
}
