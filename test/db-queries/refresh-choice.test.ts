/**
 * refreshRollups chooses between rebuilding the marked cells and rebuilding everything, and takes the
 * planner's statistics again only when the table changed size enough; either way the totals come out
 * equal to the reports.
 */
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Db } from '../../db/client';
import { refreshRollups, statisticsAreStale } from '../../db/queries/refresh-rollups';
import { saveReports } from '../../lib/ingest/save-reports';
import { summarizeMetrics } from '../../db/queries/summarize-metrics';
import { prepareReport } from '../../lib/ingest/prepare-report';
import { mulberry32 } from '../../lib/synth/prng';
import { randomContent } from '../../lib/synth/random';
import { renderText } from '../../lib/synth/render-text';
import { tempDatabase } from '../support/temp-db';
import { importSyntheticReports } from './synthetic-reports';

let db: Db;
beforeAll(async () => {
  ({ db } = await tempDatabase());
  await importSyntheticReports(db, 500, 21);
}, 60_000);
afterAll(() => db.$client.close());

const count = async (sql: string) => Number((await db.$client.execute(sql)).rows[0].n);
const CELLS =
  "SELECT count(*) AS n FROM (SELECT DISTINCT synthetic, year, coalesce(province_code, '') FROM report_metrics)";

/** Marks the first `n` (synthetic, year, province) cells as a save would, and spoils their totals so a skipped cell shows. */
async function markCells(n: number): Promise<void> {
  await db.$client.batch(
    [
      `INSERT OR IGNORE INTO rollup_dirty (synthetic, year, province_code)
       SELECT DISTINCT synthetic, year, coalesce(province_code, '') FROM report_metrics ORDER BY 1, 2, 3 LIMIT ${n}`,
      'UPDATE province_rollups SET apps_new = -1',
      'UPDATE city_rollups SET apps_new = -1',
      'UPDATE province_totals SET apps_new = -1',
      'UPDATE city_totals SET apps_new = -1',
    ],
    'write',
  );
}

async function expectTotalsEqualReports(): Promise<void> {
  // Without a type these read the totals over every type (province_totals, city_totals); by type, the typed cells.
  for (const group of ['none', 'year', 'province', 'city', 'type'] as const) {
    const rollups = await summarizeMetrics(db, { synthetic: true }, group);
    const scan = await summarizeMetrics(db, { synthetic: true }, group, 'metrics');
    expect(rollups.map((r) => [r.key, r.reports, r.sums.appsNew])).toEqual(
      scan.map((r) => [r.key, r.reports, r.sums.appsNew]),
    );
  }
}

test('more than 40 but under half of the cells marked: only those are rebuilt', async () => {
  const cells = await count(CELLS);
  expect(cells).toBeGreaterThan(100);
  await markCells(45);
  const summary = await refreshRollups(db);
  expect(summary).toMatchObject({ cells: 45, full: false, analyzed: false });
  // Only the marked cells were rebuilt: the others keep the spoiled value.
  expect(await count('SELECT count(*) AS n FROM province_rollups WHERE apps_new = -1')).toBeGreaterThan(0);
  expect(await count('SELECT count(*) AS n FROM province_totals WHERE apps_new = -1')).toBeGreaterThan(0);
  await refreshRollups(db, { full: true });
  await expectTotalsEqualReports();
});

test('half of the cells or more marked: everything is rebuilt, statistics kept while the size is the same', async () => {
  const cells = await count(CELLS);
  await markCells(Math.ceil(cells / 2));
  const summary = await refreshRollups(db);
  expect(summary).toMatchObject({ full: true, analyzed: false });
  expect(await count('SELECT count(*) AS n FROM province_rollups WHERE apps_new = -1')).toBe(0);
  expect(await count('SELECT count(*) AS n FROM city_totals WHERE apps_new = -1')).toBe(0);
  await expectTotalsEqualReports();
});

test('statistics are taken again when the reports grew or shrank by more than a tenth, or were never taken', () => {
  expect(statisticsAreStale(1_000_000, 1_000_000)).toBe(false);
  expect(statisticsAreStale(1_090_000, 1_000_000)).toBe(false);
  expect(statisticsAreStale(1_110_000, 1_000_000)).toBe(true);
  expect(statisticsAreStale(880_000, 1_000_000)).toBe(true);
  expect(statisticsAreStale(500, null)).toBe(true);
  expect(statisticsAreStale(0, null)).toBe(false);
});

test('the first import of a database took them (the planner has true statistics from the start)', async () => {
  const stat = (
    await db.$client.execute("SELECT stat FROM sqlite_stat1 WHERE tbl = 'report_metrics' AND idx = 'metrics_year'")
  ).rows[0];
  expect(Number(String(stat.stat).split(' ')[0])).toBe(await count('SELECT count(*) AS n FROM report_metrics'));
});

/** Every rollup row, in a fixed order, to compare what a partial rebuild left with what a full one makes. */
async function rollupRows(): Promise<unknown[]> {
  const rows = [];
  for (const table of [
    'city_rollups',
    'province_rollups',
    'city_totals',
    'province_totals',
    'county_totals',
    'finding_rollups',
    'late_day_rollups',
    'late_day_totals',
  ]) {
    const all = await db.$client.execute(`SELECT * FROM ${table}`);
    rows.push(...all.rows.map((r) => `${table} ${JSON.stringify(Object.values(r))}`).sort());
  }
  return rows;
}

test('a few saved reports, new and replacing: only their city cells are rebuilt, to the rows a full rebuild makes', async () => {
  const existing = await db.$client.execute(
    `SELECT a.name, m.year FROM report_metrics m JOIN agencies a ON a.id = m.agency_id ORDER BY m.report_id LIMIT 4`,
  );
  const contents = [
    ...existing.rows.map((r, i) =>
      randomContent(mulberry32(7_000 + i), { agency: String(r.name), year: Number(r.year) }),
    ),
    ...[0, 1, 2, 3].map((i) => randomContent(mulberry32(8_000 + i))),
  ];
  const prepared = await Promise.all(
    contents.map((c, i) =>
      prepareReport(new TextEncoder().encode(renderText(c, 'tab-rows')), `batch-${i}.txt`, { synthetic: true }),
    ),
  );
  const outcomes = await saveReports(db, prepared);
  expect(outcomes.filter((o) => o.ok && o.value.status === 'replaced')).toHaveLength(4);
  const marked = await count('SELECT count(*) AS n FROM cell_dirty');
  expect(marked).toBeGreaterThan(0);
  const summary = await refreshRollups(db);
  expect(summary).toMatchObject({ cells: 0, cityCells: marked, full: false });
  const partial = await rollupRows();
  await refreshRollups(db, { full: true });
  expect(partial).toEqual(await rollupRows());
  await expectTotalsEqualReports();
});

test("dated reports, late and on time, new and replacing: the late-days counts of a partial refresh are a full one's", async () => {
  const existing = await db.$client.execute(
    `SELECT a.name, m.year FROM report_metrics m JOIN agencies a ON a.id = m.agency_id ORDER BY m.report_id DESC LIMIT 4`,
  );
  const contents = [
    ...existing.rows.map((r, i) =>
      randomContent(mulberry32(9_000 + i), { agency: String(r.name), year: Number(r.year) }),
    ),
    ...[0, 1, 2, 3].map((i) => randomContent(mulberry32(9_100 + i))),
  ];
  // 3, 10, 17 … days after the deadline (31 January of the next year); every fourth on time.
  const published = (year: number, i: number) =>
    new Date(Date.UTC(year + 1, 0, 31 + (i % 4 === 3 ? -5 : 3 + 7 * i))).toISOString().slice(0, 10);
  const prepared = await Promise.all(
    contents.map((c, i) =>
      prepareReport(new TextEncoder().encode(renderText(c, 'tab-rows')), `dated-${i}.txt`, {
        synthetic: true,
        published: published(c.year, i),
      }),
    ),
  );
  const outcomes = await saveReports(db, prepared);
  // The four, and any new one that drew an agency-year already present.
  expect(outcomes.filter((o) => o.ok && o.value.status === 'replaced').length).toBeGreaterThanOrEqual(4);
  const summary = await refreshRollups(db);
  expect(summary).toMatchObject({ cells: 0, full: false });
  expect(await count('SELECT count(*) AS n FROM late_day_rollups')).toBeGreaterThanOrEqual(5);
  expect(await count('SELECT sum(reports) AS n FROM late_day_totals')).toBe(
    await count('SELECT count(*) AS n FROM report_metrics WHERE days_late > 0'),
  );
  const partial = await rollupRows();
  await refreshRollups(db, { full: true });
  expect(partial).toEqual(await rollupRows());
});
