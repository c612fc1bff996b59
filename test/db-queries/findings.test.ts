import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Db } from '../../db/client';
import { countFindings } from '../../db/queries/count-findings';
import { type FindingFilters, listFindings } from '../../db/queries/list-findings';
import { importPaths } from '../../lib/ingest/import-files';
import { tempDatabase, tempDir } from '../support/temp-db';
import { importSyntheticReports, SAMPLES } from './synthetic-reports';

let db: Db;
beforeAll(async () => {
  ({ db } = await tempDatabase());
  await importPaths(db, [SAMPLES]);
  await importSyntheticReports(db, 200, 4);
  // A corrected sample: the first version's findings become history and must not be listed.
  const dir = tempDir();
  const seed = readFileSync(path.join(SAMPLES, '000_1552932f4d23b490.txt'), 'utf8');
  writeFileSync(path.join(dir, 'corrected.txt'), `${seed}\n`);
  expect((await importPaths(db, [dir])).replaced).toBe(1);
}, 60_000);
afterAll(() => db.$client.close());

interface Reference {
  id: number;
  year: number;
  agency: string;
  rule: string;
  severity: string;
  province_code: string | null;
  synthetic: number;
}

/** Every finding of a current report, found through reports.status rather than report_metrics. */
async function reference(): Promise<Reference[]> {
  const r = await db.$client.execute(`
    SELECT f.id, r.year, a.name AS agency, f.rule, f.severity, m.province_code, r.synthetic
    FROM findings f JOIN reports r ON r.id = f.report_id JOIN agencies a ON a.id = r.agency_id
    LEFT JOIN report_metrics m ON m.report_id = r.id
    WHERE r.status = 'current'`);
  return r.rows as unknown as Reference[];
}

const page = (filters: FindingFilters, offset = 0, limit = 10_000) => listFindings(db, filters, { offset, limit });

describe('listFindings', () => {
  test('every finding of the current reports, none of a replaced one', async () => {
    const all = (await reference()).filter((f) => !f.synthetic);
    const { rows, total } = await page({});
    expect(total).toBe(all.length);
    expect(rows.map((r) => r.id).sort((a, b) => a - b)).toEqual(all.map((f) => f.id).sort((a, b) => a - b));
    const replaced = await db.$client.execute(
      `SELECT count(*) AS n FROM findings f JOIN reports r ON r.id = f.report_id WHERE r.status = 'replaced'`,
    );
    expect(Number(replaced.rows[0].n)).toBeGreaterThan(0);
  });

  test('the newest findings first; rows carry agency and division names', async () => {
    const { rows } = await page({ synthetic: true });
    expect(rows.length).toBeGreaterThan(100);
    for (let i = 1; i < rows.length; i++) {
      const [a, b] = [rows[i - 1], rows[i]];
      // Cross-year findings are written when the neighbouring year arrives, so ids, not reports, are in order.
      expect(a.id > b.id).toBe(true);
    }
    const withRegion = rows.find((r) => r.provinceCode === '330000');
    if (withRegion) expect(withRegion.province).toBe('浙江省');
    const sample = (await page({})).rows.find((r) => r.agency === '上高县科技局')!;
    expect(sample).toMatchObject({
      province: '江西省',
      city: '宜春市',
      county: '上高县',
      provinceCode: '360000',
      year: 2020,
    });
  });

  test('paging: two pages are the first 2N rows, without duplicates', async () => {
    const n = 25;
    const whole = (await page({ synthetic: true }, 0, 2 * n)).rows.map((r) => r.id);
    const pages = [
      ...(await page({ synthetic: true }, 0, n)).rows,
      ...(await page({ synthetic: true }, n, n)).rows,
    ].map((r) => r.id);
    expect(pages).toEqual(whole);
    expect(new Set(pages).size).toBe(2 * n);
  });

  test('filters: rules, severities, years, region; total follows', async () => {
    const all = (await reference()).filter((f) => f.synthetic);
    const cases: [FindingFilters, (f: Reference) => boolean][] = [
      [{ rules: ['cell.blank'] }, (f) => f.rule === 'cell.blank'],
      [{ rules: ['cell.blank', 'table4.sum'] }, (f) => f.rule === 'cell.blank' || f.rule === 'table4.sum'],
      [{ severities: ['error'] }, (f) => f.severity === 'error'],
      [{ severities: ['info', 'error'] }, (f) => f.severity !== 'warning'],
      [{ years: [2022] }, (f) => f.year === 2022],
      [{ region: '330000' }, (f) => f.province_code === '330000'],
      [{ rules: ['cell.blank'], severities: ['info'] }, () => false],
    ];
    for (const [filters, keep] of cases) {
      const wanted = all
        .filter(keep)
        .map((f) => f.id)
        .sort((a, b) => a - b);
      const { rows, total } = await page({ synthetic: true, ...filters });
      expect(total, JSON.stringify(filters)).toBe(wanted.length);
      expect(rows.map((r) => r.id).sort((a, b) => a - b)).toEqual(wanted);
      // Each filter has something to find, except the contradictory last one.
      if (filters !== cases[cases.length - 1][0]) expect(wanted.length, JSON.stringify(filters)).toBeGreaterThan(0);
      expect(wanted.length).toBeLessThan(all.length);
    }
  });
});

describe('countFindings', () => {
  test('per rule and severity, most frequent first, adding up to the listed total', async () => {
    const counts = await countFindings(db, { synthetic: true });
    expect(counts.length).toBeGreaterThan(3);
    for (let i = 1; i < counts.length; i++) expect(counts[i - 1].count >= counts[i].count).toBe(true);
    const expected = new Map<string, number>();
    for (const f of (await reference()).filter((x) => x.synthetic))
      expected.set(`${f.rule}/${f.severity}`, (expected.get(`${f.rule}/${f.severity}`) ?? 0) + 1);
    expect(new Map(counts.map((c) => [`${c.rule}/${c.severity}`, c.count]))).toEqual(expected);
    expect(counts.find((c) => c.rule === 'table4.sum')).toMatchObject({ severity: 'error' });
  });

  test('the same filters narrow it', async () => {
    const errors = await countFindings(db, { synthetic: true, severities: ['error'] });
    expect(errors.length).toBeGreaterThan(0);
    expect(errors.every((c) => c.severity === 'error')).toBe(true);
    const { total } = await page({ synthetic: true, severities: ['error'] });
    expect(errors.reduce((s, c) => s + c.count, 0)).toBe(total);
    expect(await countFindings(db, { synthetic: true, years: [1990] })).toEqual([]);
  });
});
