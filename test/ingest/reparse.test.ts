/**
 * reparseStored parses the stored originals again: the reports an older parser made are renewed (the old ones
 * kept as history), totals follow, and a report whose bytes now read as another year leaves its slot.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Db } from '../../db/client';
import { summarizeMetrics } from '../../db/queries/summarize-metrics';
import { importPaths } from '../../lib/ingest/import-files';
import { reparseStored } from '../../lib/ingest/reparse-stored';
import { PARSER_VERSION } from '../../lib/report/version';
import { mulberry32 } from '../../lib/synth/prng';
import { randomContent } from '../../lib/synth/random';
import { renderText } from '../../lib/synth/render-text';
import { tempDatabase, tempDir } from '../support/temp-db';

const SAMPLES = path.resolve(__dirname, '../../db/samples');

let db: Db;
beforeAll(async () => {
  ({ db } = await tempDatabase());
  await importPaths(db, [SAMPLES]);
});
afterAll(() => db.$client.close());

const rows = async (sql: string) => (await db.$client.execute(sql)).rows.map((r) => Object.values(r));
const current = () =>
  rows(`SELECT a.name, r.year, r.parser_version, m.apps_new FROM reports r JOIN agencies a ON a.id = r.agency_id
  JOIN report_metrics m ON m.report_id = r.id WHERE r.status = 'current' ORDER BY a.name`);

async function expectTotalsFollow(): Promise<void> {
  for (const group of ['none', 'year', 'province'] as const) {
    const fromRollups = await summarizeMetrics(db, {}, group);
    const fromMetrics = await summarizeMetrics(db, {}, group, 'metrics');
    expect(fromRollups.map((r) => [r.key, r.reports, r.agencies, r.sums.appsNew])).toEqual(
      fromMetrics.map((r) => [r.key, r.reports, r.agencies, r.sums.appsNew]),
    );
  }
}

test('reports an older parser made are parsed again and renewed; the old ones stay as history', async () => {
  const before = await current();
  expect(before).toHaveLength(5);
  // As an older parser would have left them: its version, and a number it misread.
  await db.$client.batch(
    [
      `UPDATE reports SET parser_version = '0.0.1'`,
      `UPDATE report_metrics SET apps_new = 999 WHERE report_id = (SELECT min(report_id) FROM report_metrics)`,
    ],
    'write',
  );
  const summary = await reparseStored(db, { workers: 0 });
  expect(summary).toMatchObject({ files: 5, replaced: 5, imported: 0, failed: [] });
  expect(await current()).toEqual(before.map(([name, year, , apps]) => [name, year, PARSER_VERSION, apps]));
  expect(
    await rows(
      `SELECT count(*) FROM reports WHERE status = 'replaced' AND parser_version = '0.0.1' AND replaced_by IS NOT NULL`,
    ),
  ).toEqual([[5]]);
  await expectTotalsFollow();
  // Nothing left to do; --all does them again; the files imported again are unchanged.
  expect((await reparseStored(db, { workers: 0 })).files).toBe(0);
  expect(await reparseStored(db, { all: true, workers: 0 })).toMatchObject({ files: 5, replaced: 5 });
  expect(await importPaths(db, [SAMPLES])).toMatchObject({ unchanged: 5, imported: 0, replaced: 0 });
});

test('read a page at a time while groups are saved, every current report is taken once, and none the reparse makes', async () => {
  // More reports than the import keeps in flight (64 inline), so groups are written while pages are still read.
  const own = (await tempDatabase()).db;
  const dir = tempDir();
  for (const county of ['长沙县', '浏阳市', '宁乡市', '望城区']) {
    for (const agency of ['教育局', '民政局', '财政局', '公安局', '自然资源局']) {
      for (const year of [2019, 2020, 2021, 2022, 2023]) {
        const content = randomContent(mulberry32(year), { agency: `湖南省${county}${agency}`, year });
        writeFileSync(path.join(dir, `${county}${agency}-${year}.txt`), renderText(content, 'tab-rows'));
      }
    }
  }
  expect(await importPaths(own, [dir])).toMatchObject({ imported: 100, failed: [] });
  const [[lastId]] = (await own.$client.execute(`SELECT max(id) FROM reports`)).rows.map((r) => Object.values(r));
  // Taking the reparse's own reports again would go on for ever: stop at the first one beyond the hundred.
  const onProgress = (done: number) => {
    if (done > 100) throw new Error(`${done} sources taken for 100 reports`);
  };
  const summary = await reparseStored(own, { all: true, workers: 0, pageSize: 7, groupSize: 10, onProgress });
  expect(summary).toMatchObject({ files: 100, replaced: 100, failed: [] });
  const count = async (sql: string) => Number((await own.$client.execute(sql)).rows[0][0]);
  expect(await count(`SELECT count(*) FROM reports`)).toBe(200);
  expect(await count(`SELECT count(*) FROM reports WHERE status = 'current' AND id > ${lastId}`)).toBe(100);
  expect(await count(`SELECT count(DISTINCT replaced_by) FROM reports WHERE id <= ${lastId}`)).toBe(100);
  own.$client.close();
});

test('a report whose bytes now read as another year leaves the year it held', async () => {
  // As if an older parser had misread 嘉兴's 2020 as 2015.
  const [[reportId, agencyId]] = await rows(
    `SELECT r.id, r.agency_id FROM reports r JOIN agencies a ON a.id = r.agency_id WHERE a.name = '嘉兴市科学技术局' AND r.status = 'current'`,
  );
  await db.$client.batch(
    [
      { sql: `UPDATE reports SET year = 2015, parser_version = '0.0.1' WHERE id = ?`, args: [reportId as number] },
      { sql: `UPDATE report_metrics SET year = 2015 WHERE report_id = ?`, args: [reportId as number] },
      { sql: `INSERT OR IGNORE INTO presence_dirty (agency_id) VALUES (?)`, args: [agencyId as number] },
      `INSERT OR IGNORE INTO rollup_dirty (synthetic, year, province_code) SELECT synthetic, year, coalesce(province_code, '') FROM report_metrics`,
    ],
    'write',
  );
  expect(await reparseStored(db, { workers: 0 })).toMatchObject({ files: 1, replaced: 1, failed: [] });
  expect(await rows(`SELECT year, status FROM reports WHERE agency_id = ${agencyId} ORDER BY id DESC LIMIT 2`)).toEqual(
    [
      [2020, 'current'],
      [2015, 'replaced'],
    ],
  );
  expect(await rows(`SELECT year FROM report_metrics WHERE agency_id = ${agencyId}`)).toEqual([[2020]]);
  expect(await rows(`SELECT years FROM agency_presence WHERE agency_id = ${agencyId}`)).toEqual([[1 << 20]]);
  await expectTotalsFollow();
});

test('the report after a vacated year loses the cross-year checks made against it', async () => {
  const dir = tempDir();
  for (const year of [2019, 2021]) {
    const content = randomContent(mulberry32(year), { agency: '湖南省长沙县教育局', year });
    writeFileSync(path.join(dir, `changsha-${year}.txt`), renderText(content, 'tab-rows'));
  }
  expect(await importPaths(db, [dir])).toMatchObject({ imported: 2, failed: [] });
  const [[early, later]] = await rows(
    `SELECT min(r.id), max(r.id) FROM reports r JOIN agencies a ON a.id = r.agency_id WHERE a.name = '湖南省长沙县教育局'`,
  );
  // As an older parser would have left them: the 2019 report read as 2020, and 2021 checked against it.
  await db.$client.batch(
    [
      { sql: `UPDATE reports SET year = 2020, parser_version = '0.0.1' WHERE id = ?`, args: [early as number] },
      { sql: `UPDATE report_metrics SET year = 2020 WHERE report_id = ?`, args: [early as number] },
      {
        sql: `INSERT INTO findings (report_id, rule, severity, path, message) VALUES (?, 'crossYear.carryOver', 'warning', 'table3', 'checked against 2020')`,
        args: [later as number],
      },
    ],
    'write',
  );
  expect(await reparseStored(db, { workers: 0 })).toMatchObject({ files: 1, replaced: 1, failed: [] });
  expect(
    await rows(
      `SELECT year FROM report_metrics m JOIN agencies a ON a.id = m.agency_id WHERE a.name = '湖南省长沙县教育局' ORDER BY year`,
    ),
  ).toEqual([[2019], [2021]]);
  expect(await rows(`SELECT count(*) FROM findings WHERE report_id = ${later} AND rule LIKE 'crossYear.%'`)).toEqual([
    [0],
  ]);
  await expectTotalsFollow();
});
