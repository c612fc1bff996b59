/**
 * Rebuilds the rollup cells and agency presence and totals rows that saves marked dirty, in one write transaction,
 * then clears the marks. Saves mark city cells (cell_dirty); other changes (a settled region, a migration) mark
 * whole (synthetic, year, province) cells (rollup_dirty). Few marks: only those cells, read through the
 * metrics_cell index. Many marks (a first or bulk import): everything, in one pass over report_metrics.
 * A process killed between a save and its refresh leaves the marks: readers rebuild them (ensure-current-rollups.ts).
 */
import type { Transaction } from '@libsql/client';
import type { Db } from '../client';
import { rollupsMarked } from './rollups-marked';
import { coverageRebuildStatements } from '../sql/coverage-rebuild';
import { lateDayStatements } from '../sql/rollup-late-days';
import {
  EXTREME_COLUMNS,
  extremesFromMetrics,
  extremesFromRollups,
  TOTAL_COLUMNS,
  totalsFromMetrics,
  totalsFromRollups,
} from '../sql/rollup-sql';

/**
 * Regrouping a city cell's rows through the index costs about what a full pass costs a row (measured: ADR
 * 0007, 'A batch's refresh follows the batch'). So everything is rebuilt when the marks cover at least half
 * of what exists, the marked cells otherwise. The floors keep small databases on the simple full path.
 */
const FULL_CELLS = 40;
const FULL_CITY_CELLS = 400;
const FULL_AGENCIES = 20_000;
const FULL_SHARE = 0.5;
/** Statistics are refreshed when the reports grew or shrank by more than this share since they were taken. */
const STALE_STATISTICS = 0.1;

/** In the order of the metrics_cell index, so a full rebuild groups the rows as the index holds them. */
const CITY_DIMS = ['province_code', 'year', 'synthetic', 'template', 'type_id', 'city_code'];
const PROVINCE_DIMS = ['synthetic', 'year', 'template', 'province_code', 'type_id'];
/** The totals over every type (city_totals, province_totals): the rollups' dimensions less the type. */
const untyped = (list: string[]) => list.filter((d) => d !== 'type_id');
const dims = (list: string[], alias: string) => list.map((d) => `${alias}.${d}`).join(', ');

/** The (synthetic, year, province) cells to rebuild whole. */
const WHOLE_PROVINCES = 'SELECT synthetic, year, province_code FROM rollup_dirty';
/** The (synthetic, year, province) cells holding anything marked: their totals over every type are summed again. */
const TOUCHED_PROVINCES = `${WHOLE_PROVINCES} UNION SELECT synthetic, year, province_code FROM cell_dirty`;
const outsideWholeProvinces = (c: string) =>
  `NOT EXISTS (SELECT 1 FROM rollup_dirty d WHERE d.synthetic = ${c}.synthetic AND d.year = ${c}.year AND d.province_code = ${c}.province_code)`;
/** The (synthetic, year, province, city) of the marked city cells: their data-quality counts are rebuilt. */
const MARKED_CITIES = 'SELECT DISTINCT synthetic, year, province_code, city_code FROM cell_dirty';

/**
 * The report_metrics rows of the given (synthetic, year, province) cells, driven from them (CROSS JOIN keeps
 * the marks the outer loop, so each is one lookup in the province/year index); '' marks rows without a province.
 */
const rowsOfProvinces = (provinces: string) => `
  SELECT m.* FROM (${provinces}) d CROSS JOIN report_metrics m
    ON m.province_code = d.province_code AND m.year = d.year AND m.synthetic = d.synthetic
  UNION ALL
  SELECT m.* FROM (${provinces}) d CROSS JOIN report_metrics m
    ON d.province_code = '' AND m.province_code IS NULL AND m.year = d.year AND m.synthetic = d.synthetic`;

/** The rows of the marked city cells outside wholly marked provinces, each cell one lookup by all six columns of metrics_cell. */
const ROWS_OF_CELLS = `
  SELECT m.* FROM cell_dirty c CROSS JOIN report_metrics m
    ON m.province_code IS nullif(c.province_code, '') AND m.year = c.year AND m.synthetic = c.synthetic
   AND m.template IS nullif(c.template, '') AND m.type_id IS nullif(c.type_id, '') AND m.city_code IS nullif(c.city_code, '')
  WHERE ${outsideWholeProvinces('c')}`;

/** The rows of the marked cities outside wholly marked provinces, each one lookup in metrics_city_year. */
const ROWS_OF_CITIES = `
  SELECT m.* FROM (${MARKED_CITIES}) c CROSS JOIN report_metrics m
    ON m.city_code IS nullif(c.city_code, '') AND m.year = c.year AND m.synthetic = c.synthetic AND m.province_code IS nullif(c.province_code, '')
  WHERE ${outsideWholeProvinces('c')}`;

/** Whether table `t`'s row lies in one of the (synthetic, year, province) cells `provinces` lists (a list made once, not per row). */
const inProvinces = (t: string, provinces: string) =>
  `(${t}.synthetic, ${t}.year, coalesce(${t}.province_code, '')) IN (${provinces})`;
/** Whether table `t`'s row lies in a marked city cell (withCity) or in the province cell above one. */
const inMarkedCells = (
  t: string,
  withCity: boolean,
) => `EXISTS (SELECT 1 FROM cell_dirty c WHERE c.synthetic = ${t}.synthetic AND c.year = ${t}.year
  AND c.template = coalesce(${t}.template, '') AND c.province_code = coalesce(${t}.province_code, '') AND c.type_id = coalesce(${t}.type_id, '')
  ${withCity ? `AND c.city_code = coalesce(${t}.city_code, '')` : ''})`;

export interface RefreshSummary {
  /** Marked (synthetic, year, province) cells, rebuilt whole. */
  cells: number;
  /** Marked city cells. */
  cityCells: number;
  agencies: number;
  full: boolean;
  /** Whether the planner's statistics were taken again (after a full rebuild that changed the size enough). */
  analyzed?: boolean;
}

/**
 * Rebuilds what is marked, waiting for the write lock as any save does (an import's end, the app's start).
 * Readers that must not wait use rebuildMarkedRollups on a lock of their own (ensure-current-rollups.ts).
 */
export async function refreshRollups(db: Db, options: { full?: boolean } = {}): Promise<RefreshSummary> {
  // Nothing marked (the usual case): no write lock taken.
  if (!options.full && !(await rollupsMarked(db))) return { cells: 0, cityCells: 0, agencies: 0, full: false };
  const tx = await db.$client.transaction('write');
  try {
    const summary = await rebuildMarkedRollups(tx, options);
    await tx.commit();
    return summary;
  } finally {
    tx.close();
  }
}

/**
 * Inside a write transaction the caller holds and commits: rebuilds the marked rollups and clears the marks.
 * The marks are counted under the lock, so a second refresher finds what the first left (usually nothing).
 */
export async function rebuildMarkedRollups(tx: Transaction, options: { full?: boolean } = {}): Promise<RefreshSummary> {
  const cells = await countOf(tx, 'SELECT count(*) AS n FROM rollup_dirty');
  const cityCells = await countOf(tx, 'SELECT count(*) AS n FROM cell_dirty');
  const agencies = await countOf(tx, 'SELECT count(*) AS n FROM presence_dirty');
  if (!options.full && cells === 0 && cityCells === 0 && agencies === 0)
    return { cells, cityCells, agencies, full: false };
  // Decided apart: a batch spread over the country marks a few of the city cells and of the agencies, but
  // nearly every (province, year) whose data-quality counts it changes.
  const full =
    options.full ||
    (await mostOf(tx, cells, FULL_CELLS, PROVINCE_CELLS)) ||
    (await mostOf(tx, cityCells, FULL_CITY_CELLS, CITY_CELLS));
  const findingsFull =
    full ||
    (await mostOf(tx, await countOf(tx, `SELECT count(*) AS n FROM (${MARKED_CITIES})`), FULL_CELLS, FINDING_CITIES));
  const fullAgencies =
    options.full || (await mostOf(tx, agencies, FULL_AGENCIES, 'SELECT count(*) AS n FROM agency_presence'));
  await rebuildRollups(tx, full);
  await rebuildLateDays(tx, full);
  await rebuildFindingCounts(tx, findingsFull);
  await rebuildCountyTotals(tx, findingsFull);
  await rebuildPresence(tx, fullAgencies);
  await tx.batch(['DELETE FROM rollup_dirty', 'DELETE FROM cell_dirty', 'DELETE FROM presence_dirty']);
  // After a bulk load the query planner needs true statistics. A sampled ANALYZE (analysis_limit 1000)
  // rated the one-value synthetic column as selective, so indexes led by it won over the city, county
  // and type indexes, and a city's totals and its counties were read many times slower than after a full
  // ANALYZE, which takes seconds at a million (measured: ADR 0007, decision 6; BENCHMARKS.md,
  // 'Figures from code comments'). Taken again only when the table changed size by a tenth: a batch into a large database
  // leaves the statistics true enough.
  const analyzed = full && statisticsAreStale(await countReports(tx), await analyzedReports(tx));
  if (analyzed) await tx.executeMultiple('PRAGMA analysis_limit = 0; ANALYZE;');
  return { cells, cityCells, agencies, full, analyzed };
}

const PROVINCE_CELLS =
  'SELECT count(*) AS n FROM (SELECT 1 FROM province_rollups GROUP BY synthetic, year, province_code)';
const CITY_CELLS = 'SELECT count(*) AS n FROM city_rollups';
const FINDING_CITIES =
  'SELECT count(*) AS n FROM (SELECT DISTINCT synthetic, year, province_code, city_code FROM finding_rollups)';

/** Whether `marked` is above `floor` and at least FULL_SHARE of what `existing` counts. */
async function mostOf(tx: Transaction, marked: number, floor: number, existing: string): Promise<boolean> {
  return marked > floor && marked >= FULL_SHARE * (await countOf(tx, existing));
}

/** Whether statistics taken at `analyzed` reports (null: never) misdescribe a table of `now` reports. */
export function statisticsAreStale(now: number, analyzed: number | null): boolean {
  if (analyzed === null || analyzed === 0) return now > 0;
  return Math.abs(now - analyzed) > STALE_STATISTICS * analyzed;
}

const countOf = async (tx: Transaction, sql: string) => Number((await tx.execute(sql)).rows[0].n);
const countReports = (tx: Transaction) => countOf(tx, 'SELECT count(*) AS n FROM report_metrics');

/** The number of reports report_metrics had when ANALYZE last ran (the first figure of its statistics). */
async function analyzedReports(tx: Transaction): Promise<number | null> {
  const exists = await tx.execute("SELECT 1 FROM sqlite_master WHERE name = 'sqlite_stat1'");
  if (exists.rows.length === 0) return null;
  // A full index's row: a partial index's counts only the rows it holds.
  const row = (await tx.execute("SELECT stat FROM sqlite_stat1 WHERE tbl = 'report_metrics' AND idx = 'metrics_year'"))
    .rows[0];
  return row ? Number(String(row.stat).split(' ')[0]) : null;
}

async function rebuildRollups(tx: Transaction, full: boolean): Promise<void> {
  const marked = (t: string, withCity: boolean) =>
    full ? '' : `WHERE ${inProvinces(t, WHOLE_PROVINCES)} OR ${inMarkedCells(t, withCity)}`;
  await tx.batch([
    `DELETE FROM city_rollups ${marked('city_rollups', true)}`,
    `INSERT INTO city_rollups (${CITY_DIMS.join(', ')}, ${TOTAL_COLUMNS.join(', ')}, ${EXTREME_COLUMNS.join(', ')})
       SELECT ${dims(CITY_DIMS, 'm')}, ${totalsFromMetrics()}, ${extremesFromMetrics()}
       FROM ${full ? 'report_metrics' : `(${rowsOfProvinces(WHOLE_PROVINCES)} UNION ALL ${ROWS_OF_CELLS})`} m
       GROUP BY ${dims(CITY_DIMS, 'm')}`,
    `DELETE FROM province_rollups ${marked('province_rollups', false)}`,
    `INSERT INTO province_rollups (${PROVINCE_DIMS.join(', ')}, ${TOTAL_COLUMNS.join(', ')}, ${EXTREME_COLUMNS.join(', ')})
       SELECT ${dims(PROVINCE_DIMS, 'r')}, ${totalsFromRollups()}, ${extremesFromRollups()} FROM city_rollups r
       ${marked('r', false)} GROUP BY ${dims(PROVINCE_DIMS, 'r')}`,
    // The totals over every type, from the cells just rebuilt: each touched (synthetic, year, province) whole.
    ...untypedTotals('city_totals', 'city_rollups', untyped(CITY_DIMS), full),
    ...untypedTotals('province_totals', 'province_rollups', untyped(PROVINCE_DIMS), full),
  ]);
}

/**
 * The late-days histogram's counts (rollup-late-days.ts), for the (synthetic, year, province) slices holding anything
 * marked; all of them when those are most slices (a batch spread over the country: 200 of ~220 slices took ~660 ms
 * at a million, a full rebuild ~390 ms, 5 slices ~65 ms).
 */
async function rebuildLateDays(tx: Transaction, full: boolean): Promise<void> {
  const touched = full ? 0 : await countOf(tx, `SELECT count(*) AS n FROM (${TOUCHED_PROVINCES})`);
  const all = full || (await mostOf(tx, touched, FULL_CELLS, PROVINCE_CELLS));
  await tx.batch(lateDayStatements(all ? null : (t) => inProvinces(t, TOUCHED_PROVINCES)));
}

function untypedTotals(table: string, from: string, list: string[], full: boolean): string[] {
  const touched = (t: string) => (full ? '' : `WHERE ${inProvinces(t, TOUCHED_PROVINCES)}`);
  return [
    `DELETE FROM ${table} ${touched(table)}`,
    `INSERT INTO ${table} (${list.join(', ')}, ${TOTAL_COLUMNS.join(', ')})
       SELECT ${dims(list, 'r')}, ${totalsFromRollups()} FROM ${from} r ${touched('r')} GROUP BY ${dims(list, 'r')}`,
  ];
}

/** The data-quality counts per (synthetic, year, province, city): of the marked provinces and of the cities holding a marked cell. */
async function rebuildFindingCounts(tx: Transaction, full: boolean): Promise<void> {
  const marked = `${inProvinces('finding_rollups', WHOLE_PROVINCES)}
    OR (synthetic, year, coalesce(province_code, ''), coalesce(city_code, '')) IN (${MARKED_CITIES})`;
  await tx.batch([
    `DELETE FROM finding_rollups ${full ? '' : `WHERE ${marked}`}`,
    `INSERT INTO finding_rollups (synthetic, year, province_code, city_code, rule, severity, count)
       SELECT m.synthetic, m.year, m.province_code, m.city_code, f.rule, f.severity, count(*)
       FROM ${full ? 'report_metrics' : `(${rowsOfProvinces(WHOLE_PROVINCES)} UNION ALL ${ROWS_OF_CITIES})`} m JOIN findings f ON f.report_id = m.report_id
       GROUP BY m.synthetic, m.year, m.province_code, m.city_code, f.rule, f.severity`,
  ]);
}

/** The county totals (every type together) of the marked provinces and of the cities holding a marked cell, as the finding counts. */
async function rebuildCountyTotals(tx: Transaction, full: boolean): Promise<void> {
  const list = [...untyped(CITY_DIMS), 'county_code'];
  const marked = `${inProvinces('county_totals', WHOLE_PROVINCES)}
    OR (synthetic, year, coalesce(province_code, ''), coalesce(city_code, '')) IN (${MARKED_CITIES})`;
  await tx.batch([
    `DELETE FROM county_totals ${full ? '' : `WHERE ${marked}`}`,
    `INSERT INTO county_totals (${list.join(', ')}, ${TOTAL_COLUMNS.join(', ')})
       SELECT ${dims(list, 'm')}, ${totalsFromMetrics()}
       FROM ${full ? 'report_metrics' : `(${rowsOfProvinces(WHOLE_PROVINCES)} UNION ALL ${ROWS_OF_CITIES})`} m
       GROUP BY ${dims(list, 'm')}`,
  ]);
}

async function rebuildPresence(tx: Transaction, full: boolean): Promise<void> {
  const only = full ? '' : 'WHERE agency_id IN (SELECT agency_id FROM presence_dirty)';
  const bit = '(1 << (year - 2000))';
  await tx.batch([
    `DELETE FROM agency_presence ${only}`,
    `INSERT INTO agency_presence (agency_id, synthetic, province_code, city_code, county_code, type_id, years, years_2019, years_2021)
       SELECT agency_id, max(synthetic), max(province_code), max(city_code), max(county_code), max(type_id),
              sum(${bit}), sum(CASE WHEN template = '2019' THEN ${bit} ELSE 0 END), sum(CASE WHEN template = '2021' THEN ${bit} ELSE 0 END)
       FROM report_metrics ${only} GROUP BY agency_id`,
    `DELETE FROM agency_totals ${only}`,
    `INSERT INTO agency_totals (agency_id, synthetic, province_code, city_code, county_code, type_id, sort_key, year_to, ${TOTAL_COLUMNS.join(', ')})
       SELECT m.agency_id, max(m.synthetic), max(m.province_code), max(m.city_code), max(m.county_code), max(m.type_id),
              (SELECT a.sort_key FROM agencies a WHERE a.id = m.agency_id), max(m.year), ${totalsFromMetrics()}
       FROM report_metrics m ${only} GROUP BY m.agency_id`,
    ...(await coverageRebuildStatements(tx, full)),
  ]);
}
