/**
 * The region filter's counts and the overview's coverage line, from the rollups: the same numbers as counting
 * report_metrics itself, on the five samples and a synthetic corpus, under other filters too.
 */
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Db } from '../../db/client';
import { dataCoverage } from '../../db/queries/data-coverage';
import { reportsByRegion } from '../../db/queries/reports-by-region';
import { importPaths } from '../../lib/ingest/import-files';
import { tempDatabase } from '../support/temp-db';
import { importSyntheticReports, SAMPLES } from './synthetic-reports';

let db: Db;
beforeAll(async () => {
  ({ db } = await tempDatabase());
  await importPaths(db, [SAMPLES]);
  await importSyntheticReports(db, 120, 3);
}, 120_000);
afterAll(() => db.$client.close());

const rows = async (query: string) => (await db.$client.execute(query)).rows;

describe('reportsByRegion', () => {
  test.each([
    ['every province, real reports', {}],
    ['every province, synthetic, one year', { synthetic: true, yearFrom: 2021, yearTo: 2021 }],
    ['every province, synthetic, one form', { synthetic: true, template: '2021' as const }],
  ])('%s: the rollups count what report_metrics counts', async (_, filters) => {
    const fromRollups = await reportsByRegion(db, filters, { level: 'province' });
    expect(fromRollups).toEqual(await reportsByRegion(db, filters, { level: 'province' }, 'metrics'));
    expect(fromRollups.size).toBeGreaterThan(0);
  });

  test("a province's cities, synthetic", async () => {
    const [busiest] = await rows(
      `SELECT province_code AS code FROM report_metrics WHERE synthetic = 1 AND province_code IS NOT NULL
       GROUP BY province_code ORDER BY count(*) DESC LIMIT 1`,
    );
    const regions = { level: 'city' as const, province: String(busiest.code) };
    const fromRollups = await reportsByRegion(db, { synthetic: true }, regions);
    expect(fromRollups).toEqual(await reportsByRegion(db, { synthetic: true }, regions, 'metrics'));
    expect([...fromRollups.values()].reduce((a, b) => a + b, 0)).toBeGreaterThan(0);
  });

  test('counties: only those asked about, each with its reports', async () => {
    const counties = await rows(
      `SELECT county_code AS code, count(*) AS n FROM report_metrics WHERE synthetic = 1 AND county_code IS NOT NULL
       GROUP BY county_code ORDER BY county_code LIMIT 3`,
    );
    const codes = counties.map((c) => String(c.code));
    const counted = await reportsByRegion(db, { synthetic: true }, { level: 'county', codes: [...codes, '999999'] });
    expect(counted).toEqual(new Map(counties.map((c) => [String(c.code), Number(c.n)])));
    expect(await reportsByRegion(db, { synthetic: true }, { level: 'county', codes: [] })).toEqual(new Map());
  });

  test('the five samples: one report in each of their provinces', async () => {
    expect(await reportsByRegion(db, {}, { level: 'province' })).toEqual(
      new Map(['140000', '360000', '640000', '330000', '420000'].map((c) => [c, 1])),
    );
  });
});

describe('dataCoverage', () => {
  test('the five samples: 2019–2021, five provinces, five agencies, five reports', async () => {
    expect(await dataCoverage(db)).toEqual({
      years: [2019, 2020, 2021],
      provinces: ['140000', '330000', '360000', '420000', '640000'],
      agencies: 5,
      reports: 5,
    });
  });

  test('synthetic: what report_metrics holds', async () => {
    const [expected] = await db.all<{ reports: number; agencies: number; provinces: number }>(sql`
      SELECT count(*) AS reports, count(DISTINCT agency_id) AS agencies, count(DISTINCT province_code) AS provinces
      FROM report_metrics WHERE synthetic = 1`);
    const years = (await rows('SELECT DISTINCT year FROM report_metrics WHERE synthetic = 1 ORDER BY year')).map((r) =>
      Number(r.year),
    );
    const coverage = await dataCoverage(db, { synthetic: true });
    expect(coverage).toEqual({
      years,
      provinces: expect.any(Array),
      agencies: Number(expected.agencies),
      reports: Number(expected.reports),
    });
    expect(coverage.provinces).toHaveLength(Number(expected.provinces));
  });
});
