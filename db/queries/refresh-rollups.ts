/**
 * Rebuilds the rollup cells and agency presence and totals rows that saves marked dirty, in one write transaction,
 * then clears the marks. Few marks (an upload): only those cells, read through the province/year index.
 * Many marks (a bulk import): everything, in one pass over report_metrics, which is cheaper than
 * thousands of index lookups.
 */
import type { Transaction } from '@libsql/client';
import type { Db } from '../client';
import { EXTREME_COLUMNS, extremesFromMetrics, extremesFromRollups, TOTAL_COLUMNS, totalsFromMetrics, totalsFromRollups } from './rollup-sql';

/**
 * A full rebuild reads every report once; rebuilding marked cells reads theirs through an index, about
 * 25 times dearer a row. So everything is rebuilt when the marks cover at least half of what exists (a
 * first or bulk import), and only the marked cells otherwise (an upload into a large database: at a
 * million reports, 4,500 files marked every cell, and the full rebuild took 12 s plus 12 s of ANALYZE).
 * The floors keep small databases on the simple full path.
 */
const FULL_CELLS = 40;
const FULL_AGENCIES = 20_000;
const FULL_SHARE = 0.5;
/** Statistics are refreshed when the reports grew or shrank by more than this share since they were taken. */
const STALE_STATISTICS = 0.1;

/** In the order of the metrics_cell index, so a full rebuild groups the rows as the index holds them. */
const CITY_DIMS = ['province_code', 'year', 'synthetic', 'template', 'type_id', 'city_code'];
const PROVINCE_DIMS = ['synthetic', 'year', 'template', 'province_code', 'type_id'];
const dims = (list: string[], alias: string) => list.map((d) => `${alias}.${d}`).join(', ');

/**
 * The report_metrics rows in the dirty cells, driven from the marks (CROSS JOIN keeps rollup_dirty the
 * outer loop, so each mark is one lookup in the province/year index); '' marks rows without a province.
 */
const DIRTY_METRIC_ROWS = `(
  SELECT m.* FROM rollup_dirty d CROSS JOIN report_metrics m
    ON m.province_code = d.province_code AND m.year = d.year AND m.synthetic = d.synthetic
  UNION ALL
  SELECT m.* FROM rollup_dirty d CROSS JOIN report_metrics m
    ON d.province_code = '' AND m.province_code IS NULL AND m.year = d.year AND m.synthetic = d.synthetic)`;
const inDirty = (table: string) => `EXISTS (SELECT 1 FROM rollup_dirty d WHERE d.synthetic = ${table}.synthetic AND d.year = ${table}.year
  AND d.province_code = coalesce(${table}.province_code, ''))`;

export interface RefreshSummary {
  cells: number;
  agencies: number;
  full: boolean;
  /** Whether the planner's statistics were taken again (after a full rebuild that changed the size enough). */
  analyzed?: boolean;
}

export async function refreshRollups(db: Db, options: { full?: boolean } = {}): Promise<RefreshSummary> {
  const client = db.$client;
  const cells = Number((await client.execute('SELECT count(*) AS n FROM rollup_dirty')).rows[0].n);
  const agencies = Number((await client.execute('SELECT count(*) AS n FROM presence_dirty')).rows[0].n);
  if (!options.full && cells === 0 && agencies === 0) return { cells, agencies, full: false };
  // Decided apart: a batch spread over the country marks nearly every (province, year) cell but only a few
  // of the agencies, whose rows are then cheaper to rebuild one by one (8,000 reports into a million: the
  // agency rows 7.7 s as a full rebuild).
  const full = options.full || (cells > FULL_CELLS && cells >= FULL_SHARE * (await countCells(db)));
  const fullAgencies = options.full || (agencies > FULL_AGENCIES && agencies >= FULL_SHARE * (await countAgencies(db)));
  const tx = await client.transaction('write');
  try {
    await rebuildRollups(tx, full);
    await rebuildPresence(tx, fullAgencies);
    await tx.batch(['DELETE FROM rollup_dirty', 'DELETE FROM presence_dirty']);
    await tx.commit();
  } finally {
    tx.close();
  }
  // After a bulk load the query planner needs true statistics. A sampled ANALYZE (analysis_limit 1000)
  // rated the one-value synthetic column as selective, so indexes led by it won over the city, county
  // and type indexes (a city's totals 215 ms, its counties 620 ms at a million reports); the full
  // ANALYZE takes 2 s (warm) to 12 s (cold) there and gives 7 ms and 24 ms. Taken again only when the
  // table changed size by a tenth: a batch into a large database leaves the statistics true enough.
  const analyzed = full && statisticsAreStale(await countReports(db), await analyzedReports(db));
  if (analyzed) await client.executeMultiple('PRAGMA analysis_limit = 0; ANALYZE;');
  return { cells, agencies, full, analyzed };
}

/** Whether statistics taken at `analyzed` reports (null: never) misdescribe a table of `now` reports. */
export function statisticsAreStale(now: number, analyzed: number | null): boolean {
  if (analyzed === null || analyzed === 0) return now > 0;
  return Math.abs(now - analyzed) > STALE_STATISTICS * analyzed;
}

const countOf = async (db: Db, sql: string) => Number((await db.$client.execute(sql)).rows[0].n);
const countCells = (db: Db) => countOf(db, 'SELECT count(*) AS n FROM (SELECT 1 FROM province_rollups GROUP BY synthetic, year, province_code)');
const countAgencies = (db: Db) => countOf(db, 'SELECT count(*) AS n FROM agency_presence');
const countReports = (db: Db) => countOf(db, 'SELECT count(*) AS n FROM report_metrics');

/** The number of reports report_metrics had when ANALYZE last ran (the first figure of its statistics). */
async function analyzedReports(db: Db): Promise<number | null> {
  const exists = await db.$client.execute("SELECT 1 FROM sqlite_master WHERE name = 'sqlite_stat1'");
  if (exists.rows.length === 0) return null;
  const row = (await db.$client.execute("SELECT stat FROM sqlite_stat1 WHERE tbl = 'report_metrics' LIMIT 1")).rows[0];
  return row ? Number(String(row.stat).split(' ')[0]) : null;
}

async function rebuildRollups(tx: Transaction, full: boolean): Promise<void> {
  const onlyDirty = (table: string) => (full ? '' : `WHERE ${inDirty(table)}`);
  await tx.batch([
    `DELETE FROM city_rollups ${onlyDirty('city_rollups')}`,
    `INSERT INTO city_rollups (${CITY_DIMS.join(', ')}, ${TOTAL_COLUMNS.join(', ')}, ${EXTREME_COLUMNS.join(', ')})
       SELECT ${dims(CITY_DIMS, 'm')}, ${totalsFromMetrics()}, ${extremesFromMetrics()} FROM ${full ? 'report_metrics' : DIRTY_METRIC_ROWS} m
       GROUP BY ${dims(CITY_DIMS, 'm')}`,
    `DELETE FROM province_rollups ${onlyDirty('province_rollups')}`,
    `INSERT INTO province_rollups (${PROVINCE_DIMS.join(', ')}, ${TOTAL_COLUMNS.join(', ')}, ${EXTREME_COLUMNS.join(', ')})
       SELECT ${dims(PROVINCE_DIMS, 'r')}, ${totalsFromRollups()}, ${extremesFromRollups()} FROM city_rollups r
       ${full ? '' : `WHERE ${inDirty('r')}`} GROUP BY ${dims(PROVINCE_DIMS, 'r')}`,
    `DELETE FROM finding_rollups ${onlyDirty('finding_rollups')}`,
    `INSERT INTO finding_rollups (synthetic, year, province_code, rule, severity, count)
       SELECT m.synthetic, m.year, m.province_code, f.rule, f.severity, count(*)
       FROM ${full ? 'report_metrics' : DIRTY_METRIC_ROWS} m JOIN findings f ON f.report_id = m.report_id
       GROUP BY m.synthetic, m.year, m.province_code, f.rule, f.severity`,
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
  ]);
}
