/**
 * The compare table per agency over all years comes from agency_totals; it must give exactly the page the
 * grouped reports give, for every sort and filter, and fall back to grouping while totals wait for a refresh.
 */
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Db } from '../../db/client';
import { type CompareRow, listCompareRows } from '../../db/queries/list-compare-rows';
import type { MetricFilters } from '../../db/sql/metric-filters';
import { refreshRollups } from '../../db/queries/refresh-rollups';
import { tempDatabase } from '../support/temp-db';
import { whileAnotherWrites } from './another-writer';
import { blankSomeMetrics, importSyntheticReports } from './synthetic-reports';

let db: Db;
let url: string;
beforeAll(async () => {
  ({ db, url } = await tempDatabase());
  await importSyntheticReports(db, 400, 9);
  await blankSomeMetrics(db, 3);
}, 60_000);
afterAll(() => db.$client.close());

const SORTS = [
  'appsNew.desc',
  'appsNew.asc',
  'granted.asc',
  'disclosureRate.desc',
  'disclosureRate.asc',
  'reviewCorrectionRate.desc',
  'errors.desc',
  'year.desc',
  'region.asc',
  'agency.asc',
  'agency.desc',
];

async function page(filters: MetricFilters, sort: string, offset: number, limit: number): Promise<CompareRow[]> {
  const [id, dir] = sort.split('.');
  return (await listCompareRows(db, filters, { by: 'agency', sort: { id, desc: dir === 'desc' }, offset, limit })).rows;
}

/** The same page with the totals marked stale while another process writes, so it is grouped from the reports. */
async function groupedPage(filters: MetricFilters, sort: string, offset: number, limit: number): Promise<CompareRow[]> {
  await db.$client.execute('INSERT INTO presence_dirty (agency_id) VALUES (-1)');
  try {
    return await whileAnotherWrites(url, () => page(filters, sort, offset, limit));
  } finally {
    await db.$client.execute('DELETE FROM presence_dirty WHERE agency_id = -1');
  }
}

async function typeAndProvince(): Promise<{ typeId: string; province: string }> {
  const r = (
    await db.$client.execute(`SELECT type_id, province_code FROM report_metrics WHERE synthetic = 1 AND type_id IS NOT NULL AND province_code IS NOT NULL
    GROUP BY type_id, province_code ORDER BY count(*) DESC LIMIT 1`)
  ).rows[0];
  return { typeId: String(r.type_id), province: String(r.province_code) };
}

test('the totals hold every agency with a report, and the refresh leaves nothing waiting', async () => {
  const agencies = (
    await db.$client.execute('SELECT count(DISTINCT agency_id) AS n FROM report_metrics WHERE synthetic = 1')
  ).rows[0].n;
  expect((await db.$client.execute('SELECT count(*) AS n FROM agency_totals WHERE synthetic = 1')).rows[0].n).toBe(
    agencies,
  );
  expect((await db.$client.execute('SELECT count(*) AS n FROM presence_dirty')).rows[0].n).toBe(0);
});

test.each(SORTS)('sorted by %s: the same pages as grouping the reports, unfiltered and filtered', async (sort) => {
  const { typeId, province } = await typeAndProvince();
  for (const filters of [
    { synthetic: true },
    { synthetic: true, region: province },
    { synthetic: true, typeIds: [typeId] },
  ] as MetricFilters[]) {
    for (const [offset, limit] of [
      [0, 25],
      [25, 25],
      [0, 1000],
    ]) {
      const fromTotals = await page(filters, sort, offset, limit);
      expect(fromTotals.length).toBeGreaterThan(0);
      expect(fromTotals).toEqual(await groupedPage(filters, sort, offset, limit));
    }
  }
});

test('a report changed behind the totals: grouped until the refresh, then the totals agree again', async () => {
  const top = (await page({ synthetic: true }, 'granted.desc', 0, 1))[0];
  // Make the last agency in granted order the largest, marking it as a save does.
  const last = (await page({ synthetic: true }, 'granted.asc', 0, 1))[0];
  await db.$client.batch(
    [
      {
        sql: 'UPDATE report_metrics SET granted = ? WHERE agency_id = ? AND synthetic = 1',
        args: [(top.metrics.granted ?? 0) + 1_000_000, last.agencyId],
      },
      { sql: 'INSERT OR IGNORE INTO presence_dirty (agency_id) VALUES (?)', args: [last.agencyId] },
    ],
    'write',
  );
  expect((await page({ synthetic: true }, 'granted.desc', 0, 1))[0].agencyId).toBe(last.agencyId);
  await refreshRollups(db);
  expect((await page({ synthetic: true }, 'granted.desc', 0, 1))[0].agencyId).toBe(last.agencyId);
  expect(await page({ synthetic: true }, 'granted.desc', 0, 50)).toEqual(
    await groupedPage({ synthetic: true }, 'granted.desc', 0, 50),
  );
});

test('a batch marking every cell but few agencies rebuilds the rollups whole and the agencies one by one', async () => {
  const [first, second] = await page({ synthetic: true }, 'agency.asc', 0, 2);
  const totalOf = async (agencyId: number) =>
    Number(
      (await db.$client.execute({ sql: 'SELECT granted FROM agency_totals WHERE agency_id = ?', args: [agencyId] }))
        .rows[0].granted,
    );
  const secondBefore = await totalOf(second.agencyId);
  await db.$client.batch(
    [
      // Every (synthetic, year, province) cell marked, as a batch spread over the country marks them.
      `INSERT OR IGNORE INTO rollup_dirty (synthetic, year, province_code) SELECT synthetic, year, coalesce(province_code, '') FROM report_metrics GROUP BY 1, 2, 3`,
      {
        sql: 'UPDATE report_metrics SET granted = coalesce(granted, 0) + 5 WHERE agency_id = ?',
        args: [first.agencyId],
      },
      { sql: 'INSERT OR IGNORE INTO presence_dirty (agency_id) VALUES (?)', args: [first.agencyId] },
      // Behind everything's back, unmarked: a full rebuild of the agency rows would put it right, one by one leaves it.
      { sql: 'UPDATE agency_totals SET granted = granted + 1 WHERE agency_id = ?', args: [second.agencyId] },
    ],
    'write',
  );
  const expected = Number(
    (
      await db.$client.execute({
        sql: 'SELECT sum(granted) AS g FROM report_metrics WHERE agency_id = ?',
        args: [first.agencyId],
      })
    ).rows[0].g,
  );
  const summary = await refreshRollups(db);
  expect(summary.full).toBe(true);
  expect(await totalOf(first.agencyId)).toBe(expected);
  expect(await totalOf(second.agencyId)).toBe(secondBefore + 1);
  await refreshRollups(db, { full: true });
  expect(await totalOf(second.agencyId)).toBe(secondBefore);
});

test('with nothing waiting, the order is read from agency_totals (a total changed there alone moves the agency)', async () => {
  const last = (await page({ synthetic: true }, 'appsNew.asc', 0, 1))[0];
  await db.$client.execute({
    sql: 'UPDATE agency_totals SET apps_new = 99999999 WHERE agency_id = ?',
    args: [last.agencyId],
  });
  try {
    expect((await page({ synthetic: true }, 'appsNew.desc', 0, 1))[0].agencyId).toBe(last.agencyId);
    expect((await groupedPage({ synthetic: true }, 'appsNew.desc', 0, 1))[0].agencyId).not.toBe(last.agencyId);
  } finally {
    await refreshRollups(db, { full: true });
  }
});

test.each(['granted.desc', 'disclosureRate.asc', 'errors.desc', 'agency.asc', 'appsNew.desc'])(
  "one year sorted by %s: each agency row is its agency-year, in the agency-years' order",
  async (sort) => {
    const year = Number(
      (await db.$client.execute('SELECT max(year) AS y FROM report_metrics WHERE synthetic = 1')).rows[0].y,
    );
    const filters: MetricFilters = { synthetic: true, yearFrom: year, yearTo: year };
    const [id, dir] = sort.split('.');
    const agencyYears = (
      await listCompareRows(db, filters, {
        by: 'agency-year',
        sort: { id, desc: dir === 'desc' },
        offset: 0,
        limit: 1000,
      })
    ).rows;
    const agencies = await page(filters, sort, 0, 1000);
    expect(agencies.length).toBeGreaterThan(20);
    expect(agencies.map((r) => r.agencyId)).toEqual(agencyYears.map((r) => r.agencyId));
    agencies.forEach((a, i) =>
      expect({ metrics: a.metrics, rates: a.rates, errors: a.errorCount }).toEqual({
        metrics: agencyYears[i].metrics,
        rates: agencyYears[i].rates,
        errors: agencyYears[i].errorCount,
      }),
    );
  },
);
