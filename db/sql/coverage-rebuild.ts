/**
 * Rebuilds agency_coverage and its rollups (db/schema/coverage.ts) with agency_presence, from the same marks: the
 * statements run inside refresh-rollups.ts's write transaction, for the marked agencies or (`full`) for all.
 *
 * 1. Entries of the user's agency list still unmatched are matched to the marked agencies (all, when full): an
 *    agency whose first report arrives after the list was imported finds its entry here.
 * 2. The marked agencies' coverage rows are rebuilt. The provinces they were in and are in now are noted in a
 *    scratch table of the connection (temp.coverage_marked; '' for no province), and those provinces' rollups are
 *    rebuilt from their agencies' rows (one province at a million: ~6,000 agencies), each found through an index.
 *
 * A year counts as replaced when a report of that agency and year has status 'replaced'. A full rebuild reads
 * the replaced reports through reports_latest_import (synthetic, status, …): few rows, where asking per agency
 * would look up every report of every agency; a rebuild of marked agencies asks per agency (reports_agency_year).
 */

import type { Client, Transaction } from '@libsql/client';

const BIT = '(1 << (m.year - 2000))';

const REPLACED_OF_ALL = `
  SELECT agency_id, sum(DISTINCT 1 << (year - 2000)) AS bits FROM reports
  WHERE synthetic IN (0, 1) AND status = 'replaced' GROUP BY agency_id`;

const REPLACED_OF_ONE = `(SELECT sum(DISTINCT 1 << (r.year - 2000)) FROM reports r
  WHERE r.agency_id = m.agency_id AND r.status = 'replaced')`;

/** The real agency a list entry (table alias `l`) names: by its name, else by an alias it was seen under. */
export const LIST_MATCH = `coalesce(
  (SELECT a.id FROM agencies a WHERE a.name = l.name AND a.synthetic = 0),
  (SELECT x.agency_id FROM agency_aliases x JOIN agencies a ON a.id = x.agency_id WHERE x.alias = l.name AND a.synthetic = 0))`;

/**
 * Names (and aliases) of the marked real agencies: the only list entries a partial rebuild can newly match. The marks
 * lead (CROSS JOIN): SQLite otherwise read every agency's name to find the few marked.
 */
const MARKED_NAMES = `
  SELECT a.name FROM presence_dirty d CROSS JOIN agencies a ON a.id = d.agency_id WHERE a.synthetic = 0
  UNION ALL SELECT x.alias FROM presence_dirty d JOIN agency_aliases x ON x.agency_id = d.agency_id`;

const MARKED = 'agency_id IN (SELECT agency_id FROM presence_dirty)';

const MARK_TABLE = [
  'CREATE TEMP TABLE IF NOT EXISTS coverage_marked (synthetic INTEGER NOT NULL, province_code TEXT NOT NULL, PRIMARY KEY (synthetic, province_code))',
  'DELETE FROM temp.coverage_marked',
];
const markProvinces = (where: string) =>
  `INSERT OR IGNORE INTO temp.coverage_marked SELECT DISTINCT synthetic, coalesce(province_code, '') FROM agency_coverage ${where}`;

/** The rows of `table` in the marked provinces, each province one range of its (synthetic, province_code, …) index. */
const inMarked = (table: string, columns: string) => `
  SELECT ${columns} FROM temp.coverage_marked k CROSS JOIN ${table} x
    ON x.synthetic = k.synthetic AND x.province_code = k.province_code
  UNION ALL
  SELECT ${columns} FROM temp.coverage_marked k CROSS JOIN ${table} x
    ON x.synthetic = k.synthetic AND k.province_code = '' AND x.province_code IS NULL`;

const DROP_MARKED = ['coverage_rollups', 'coverage_province_rollups'].map(
  (table) => `DELETE FROM ${table} WHERE rowid IN (${inMarked(table, 'x.rowid')})`,
);

const bitOf = (column: string, y: number) => `((c.${column} >> ${y - 2000}) & 1)`;
/** The agency's first report is in year y (its lowest bit), or its last (its highest). */
const startsIn = (y: number) => `(c.years & -c.years) = ${2 ** (y - 2000)}`;
const endsIn = (y: number) => `(c.years >> ${y - 2000}) = 1`;

/** Each rollup count of year y over agency_coverage rows `c`, in COUNT_COLUMNS' order. */
const countsIn = (y: number) => [
  `sum(${bitOf('years', y)})`,
  `sum(${bitOf('late', y)})`,
  `sum(${bitOf('undated', y)})`,
  `sum(${bitOf('replaced', y)})`,
  `sum(${bitOf('gaps', y)})`,
  `sum(c.listed AND ${bitOf('years', y)} = 0 AND ${bitOf('gaps', y)} = 0)`,
  `sum(${startsIn(y)})`,
  `sum(${endsIn(y)})`,
  `sum(c.listed AND ${startsIn(y)})`,
  `sum(c.listed AND ${endsIn(y)})`,
];

const COUNT_COLUMNS =
  'present, late, undated, replaced, missing_gap, missing_list, starts, ends, listed_starts, listed_ends';
const COUNTS = COUNT_COLUMNS.split(', ');

/**
 * The area rollups of the marked provinces, for `years` (every year from the first with a report to the last): the
 * agencies grouped once with a column per year and count, then one row per year with anything present or expected.
 * Expanding each agency into a row per year first and grouping those took ten times as long.
 */
function fillRollups(years: readonly number[]): string[] {
  if (years.length === 0) return [];
  const perYear = years.flatMap((y) => countsIn(y).map((sum, i) => `${sum} AS ${COUNTS[i]}_${y}`));
  const rows = years.map(
    (y) => `SELECT synthetic, ${y}, province_code, area_code, type_id, ${COUNTS.map((k) => `${k}_${y}`).join(', ')}
      FROM g WHERE present_${y} + missing_gap_${y} + missing_list_${y} > 0`,
  );
  return [
    `INSERT INTO coverage_rollups (synthetic, year, province_code, area_code, type_id, ${COUNT_COLUMNS})
     WITH g AS MATERIALIZED (
       SELECT c.synthetic, c.province_code, c.area_code, c.type_id, ${perYear.join(', ')}
       FROM (${inMarked('agency_coverage', 'x.*')}) c
       GROUP BY c.synthetic, c.province_code, c.area_code, c.type_id)
     ${rows.join('\n     UNION ALL ')}`,
  ];
}

const FILL_PROVINCE_ROLLUPS = `INSERT INTO coverage_province_rollups (synthetic, year, province_code, type_id, ${COUNT_COLUMNS})
  SELECT r.synthetic, r.year, r.province_code, r.type_id, ${COUNT_COLUMNS.split(', ')
    .map((c) => `sum(r.${c})`)
    .join(', ')}
  FROM (${inMarked('coverage_rollups', 'x.*')}) r
  GROUP BY r.synthetic, r.year, r.province_code, r.type_id`;

/** A city code that names a city (not a municipality's own), else the county: the agency's area in its province. */
const AREA = `coalesce((SELECT r.code FROM regions r WHERE r.code = g.city_code AND r.level = 'city'), g.county_code)`;

const rebuildAgencies = (full: boolean) => `
  INSERT INTO agency_coverage (agency_id, synthetic, province_code, city_code, county_code, area_code, type_id, sort_key,
                               years, gaps, late, undated, replaced, listed)
  SELECT g.agency_id, g.synthetic, g.province_code, g.city_code, g.county_code, ${AREA}, g.type_id, g.sort_key,
         g.years, g.gaps, g.late, g.undated, g.replaced, g.listed
  FROM (SELECT m.agency_id, max(m.synthetic) AS synthetic, max(m.province_code) AS province_code,
               max(m.city_code) AS city_code, max(m.county_code) AS county_code, max(m.type_id) AS type_id,
               (SELECT coalesce(a.sort_key, a.name) FROM agencies a WHERE a.id = m.agency_id) AS sort_key,
               sum(${BIT}) AS years,
               (1 << (max(m.year) - 1999)) - (1 << (min(m.year) - 2000)) - sum(${BIT}) AS gaps,
               sum(CASE WHEN m.days_late > 0 THEN ${BIT} ELSE 0 END) AS late,
               sum(CASE WHEN m.days_late IS NULL THEN ${BIT} ELSE 0 END) AS undated,
               coalesce(${full ? 'max(x.bits)' : REPLACED_OF_ONE}, 0) & sum(${BIT}) AS replaced,
               EXISTS (SELECT 1 FROM agency_list l WHERE l.agency_id = m.agency_id) AS listed
        FROM report_metrics m
        ${full ? `LEFT JOIN (${REPLACED_OF_ALL}) x ON x.agency_id = m.agency_id` : `WHERE m.${MARKED}`}
        GROUP BY m.agency_id) g`;

/** Every year from the first with a report to the last (the ends of metrics_year: two probes). */
async function rollupYears(db: Transaction | Client): Promise<number[]> {
  const [row] = (await db.execute('SELECT min(year) AS first, max(year) AS last FROM report_metrics')).rows;
  const years: number[] = [];
  if (row?.first !== null && row?.first !== undefined)
    for (let y = Number(row.first); y <= Number(row.last); y++) years.push(y);
  return years;
}

/** The statements, for the years report_metrics holds now: none of them changes report_metrics. */
export async function coverageRebuildStatements(db: Transaction | Client, full: boolean): Promise<string[]> {
  const years = await rollupYears(db);
  // Unary +: the few marked names lead (agency_list_name), not every unmatched entry.
  const match = `UPDATE agency_list AS l SET agency_id = ${LIST_MATCH}
    WHERE +l.agency_id IS NULL ${full ? '' : `AND l.name IN (${MARKED_NAMES})`}`;
  if (full) return [match, 'DELETE FROM agency_coverage', rebuildAgencies(true), ...rebuildAllRollups(years)];
  return [
    match,
    ...MARK_TABLE,
    markProvinces(`WHERE ${MARKED}`),
    `DELETE FROM agency_coverage WHERE ${MARKED}`,
    rebuildAgencies(false),
    markProvinces(`WHERE ${MARKED}`),
    ...DROP_MARKED,
    ...fillRollups(years),
    FILL_PROVINCE_ROLLUPS,
    'DELETE FROM temp.coverage_marked',
  ];
}

/** Every rollup row again from agency_coverage: after a full rebuild, or a new list. */
const rebuildAllRollups = (years: readonly number[]) => [
  'DELETE FROM coverage_rollups',
  'DELETE FROM coverage_province_rollups',
  ...MARK_TABLE,
  markProvinces(''),
  ...fillRollups(years),
  FILL_PROVINCE_ROLLUPS,
  'DELETE FROM temp.coverage_marked',
];

/** After the list changed (replace-agency-list.ts): every agency's `listed` again, and all the rollups. */
export async function listChangedStatements(db: Transaction | Client): Promise<string[]> {
  return [
    'UPDATE agency_coverage SET listed = agency_id IN (SELECT agency_id FROM agency_list WHERE agency_id IS NOT NULL)',
    ...rebuildAllRollups(await rollupYears(db)),
  ];
}
