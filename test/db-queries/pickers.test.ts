import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Db } from '../../db/client';
import { latestImport } from '../../db/queries/latest-import';
import { listAgencyYears } from '../../db/queries/list-agency-years';
import { listPresentTypes } from '../../db/queries/list-present-types';
import { listYears } from '../../db/queries/list-years';
import { searchAgencies } from '../../db/queries/search-agencies';
import { importPaths } from '../../lib/ingest/import-files';
import { tempDatabase, tempDir } from '../support/temp-db';
import { importSyntheticReports, SAMPLES } from './synthetic-reports';

let db: Db;
beforeAll(async () => {
  ({ db } = await tempDatabase());
  await importPaths(db, [SAMPLES]);
  await importSyntheticReports(db, 120, 6);
}, 60_000);
afterAll(() => db.$client.close());

test('listYears: the years with data, real and synthetic apart; other filters do not shrink it', async () => {
  expect(await listYears(db)).toEqual([2019, 2020, 2021]);
  expect(await listYears(db, { synthetic: false, years: [2020] } as never)).toEqual([2019, 2020, 2021]);
  const synthetic = await listYears(db, { synthetic: true });
  expect(synthetic).toEqual([...new Set((await listAgencyYears(db, { synthetic: true })).map((r) => r.year))].sort());
  expect(synthetic.length).toBeGreaterThan(3);
});

test('listPresentTypes: types with report and agency counts, most reports first, the type filter ignored', async () => {
  expect(await listPresentTypes(db, {})).toEqual([{ typeId: 'science', reports: 5, agencies: 5 }]);
  const rows = await listAgencyYears(db, { synthetic: true, yearFrom: 2021 });
  const types = await listPresentTypes(db, { synthetic: true, yearFrom: 2021, typeIds: ['science'] });
  expect(types.length).toBeGreaterThan(3);
  for (const t of types) {
    const ofType = rows.filter((r) => r.typeId === t.typeId);
    expect([t.reports, t.agencies]).toEqual([ofType.length, new Set(ofType.map((r) => r.agencyId)).size]);
  }
  expect(types.reduce((s, t) => s + t.reports, 0)).toBe(rows.length);
  for (let i = 1; i < types.length; i++) expect(types[i - 1].reports >= types[i].reports).toBe(true);
});

test('listPresentTypes in a province (agency_presence_province_type): the counts report_metrics gives', async () => {
  const [{ province }] = await db.all<{ province: string }>(
    sql`SELECT province_code AS province FROM report_metrics WHERE synthetic = 1 AND province_code IS NOT NULL
        GROUP BY province_code ORDER BY count(DISTINCT type_id) DESC LIMIT 1`,
  );
  for (const filters of [
    { synthetic: true, region: province },
    { synthetic: true, region: province, yearFrom: 2021 },
  ]) {
    // The same types and counts (the order among equal report counts is each path's own).
    const byType = (list: Awaited<ReturnType<typeof listPresentTypes>>) =>
      [...list].sort((a, b) => String(a.typeId).localeCompare(String(b.typeId)));
    const types = await listPresentTypes(db, filters);
    expect(types.length).toBeGreaterThan(1);
    expect(byType(types)).toEqual(byType(await listPresentTypes(db, filters, 'metrics')));
  }
});

test('searchAgencies: name contains the text, pinyin order, limit, real and synthetic apart', async () => {
  expect((await searchAgencies(db, '科技局', 10)).map((a) => a.name)).toEqual(['大冶市科技局', '上高县科技局']);
  expect((await searchAgencies(db, '科', 10)).map((a) => a.name)).toEqual([
    '大冶市科技局',
    '嘉兴市科学技术局',
    '上高县科技局',
    '吴忠市科学技术局',
    '忻州市科学技术局',
  ]);
  expect(await searchAgencies(db, '科', 2)).toHaveLength(2);
  expect(await searchAgencies(db, ' 嘉兴 ', 10)).toMatchObject([
    { name: '嘉兴市科学技术局', regionCode: '330400', region: '嘉兴市', typeId: 'science' },
  ]);
  expect(await searchAgencies(db, '%', 10)).toEqual([]);
  expect(await searchAgencies(db, '  ', 10)).toEqual([]);
  const synthetic = await searchAgencies(db, '局', 500, true);
  const names = new Set(
    (await listAgencyYears(db, { synthetic: true })).map((r) => r.agency).filter((n) => n.includes('局')),
  );
  expect(new Set(synthetic.map((a) => a.name))).toEqual(names);
});

test("latestImport: the newest current report's import time, per kind of data", async () => {
  const before = await latestImport(db);
  expect(before).toBeInstanceOf(Date);
  const max = await db.$client.execute(
    `SELECT max(imported_at) AS at FROM reports WHERE status = 'current' AND synthetic = 0`,
  );
  expect(before!.getTime()).toBe(Number(max.rows[0].at));
  expect(await latestImport(db, true)).toBeInstanceOf(Date);
  const dir = tempDir();
  await new Promise((resolve) => setTimeout(resolve, 5));
  writeFileSync(path.join(dir, 'new.txt'), `${readFileSync(path.join(SAMPLES, '002_f5ed227d78862500.txt'), 'utf8')}\n`);
  await importPaths(db, [dir]);
  expect((await latestImport(db))!.getTime()).toBeGreaterThan(before!.getTime());
  const empty = await tempDatabase();
  expect(await latestImport(empty.db)).toBeNull();
  empty.db.$client.close();
});
