/**
 * Pages sorted by a metric from the city cells' extremes (extremes-page.ts) against the same pages read
 * from report_metrics: equal for counts and rates, both directions, blanks, filters and deeper pages; the
 * tie walk too; and no answer (null) where the cells cannot tell.
 */
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Db } from '../../db/client';
import { extremesPage } from '../../db/queries/extremes-page';
import { listCompareRows } from '../../db/queries/list-compare-rows';
import type { MetricFilters } from '../../db/sql/metric-filters';
import { recomputeRowRates } from '../../db/queries/recompute-row-rates';
import { refreshRollups } from '../../db/queries/refresh-rollups';
import { tempDatabase } from '../support/temp-db';
import { whileAnotherWrites } from './another-writer';
import { blankSomeMetrics, importSyntheticReports } from './synthetic-reports';

let db: Db;
let url: string;
beforeAll(async () => {
  ({ db, url } = await tempDatabase());
  await importSyntheticReports(db, 500, 31);
  await blankSomeMetrics(db, 3);
}, 60_000);
afterAll(() => db.$client.close());

const SORTS = [
  'granted.desc',
  'granted.asc',
  'disclosureRate.desc',
  'disclosureRate.asc',
  'reviewTotal.desc',
  'denialRate.asc',
  'procurementAmount.desc',
];

/** The page as report_metrics gives it: a mark in rollup_dirty, not rebuilt while another process writes, keeps the cells out of it. */
async function plainPage(
  filters: MetricFilters,
  id: string,
  desc: boolean,
  offset: number,
  limit: number,
): Promise<number[]> {
  await db.$client.execute("INSERT INTO rollup_dirty (synthetic, year, province_code) VALUES (9, 0, 'none')");
  try {
    return await whileAnotherWrites(url, async () =>
      (await listCompareRows(db, filters, { by: 'agency-year', sort: { id, desc }, offset, limit })).rows.map(
        (r) => r.reportId!,
      ),
    );
  } finally {
    await db.$client.execute('DELETE FROM rollup_dirty WHERE synthetic = 9');
  }
}

async function filtersToTry(): Promise<MetricFilters[]> {
  const r = (
    await db.$client.execute(`SELECT year, province_code, city_code, type_id FROM report_metrics WHERE synthetic = 1
    AND city_code IS NOT NULL AND type_id IS NOT NULL GROUP BY province_code ORDER BY count(*) DESC LIMIT 1`)
  ).rows[0];
  return [
    { synthetic: true },
    { synthetic: true, yearFrom: Number(r.year), yearTo: Number(r.year) },
    { synthetic: true, region: String(r.province_code) },
    { synthetic: true, region: String(r.city_code) },
    { synthetic: true, typeIds: [String(r.type_id)] },
    { synthetic: true, template: '2021', yearFrom: 2021 },
  ];
}

test.each(SORTS)('sorted by %s: the cells give the same pages as report_metrics', async (sort) => {
  const [id, dir] = sort.split('.');
  const desc = dir === 'desc';
  let answered = 0;
  for (const filters of await filtersToTry()) {
    for (const [offset, limit] of [
      [0, 25],
      [25, 25],
      [0, 5],
      [100, 50],
    ]) {
      const fromCells = await extremesPage(db, filters, { sort: { id, desc }, offset, limit });
      const plain = await plainPage(filters, id, desc, offset, limit);
      if (fromCells === null) continue;
      answered++;
      expect(
        fromCells.rows.map((r) => r.reportId),
        `${JSON.stringify(filters)} ${offset}+${limit}`,
      ).toEqual(plain);
    }
  }
  expect(answered).toBeGreaterThanOrEqual(3); // of 24 (filters × pages): a few are deeper than the cells can tell
});

test('a page of ties at the extreme is walked in pinyin order, equal to report_metrics', async () => {
  let walked = 0;
  for (const sort of ['disclosureRate.desc', 'granted.asc', 'denialRate.asc', 'reviewTotal.asc']) {
    const [id, dir] = sort.split('.');
    for (const filters of await filtersToTry()) {
      // No candidate is few enough: only a page of ties at the extreme is answered.
      const walkedPage = await extremesPage(
        db,
        filters,
        { sort: { id, desc: dir === 'desc' }, offset: 0, limit: 10 },
        0,
      );
      if (walkedPage === null) continue;
      walked++;
      expect(walkedPage.via).toBe('ties');
      expect(
        walkedPage.rows.map((r) => r.reportId),
        `${sort} ${JSON.stringify(filters)}`,
      ).toEqual(await plainPage(filters, id, dir === 'desc', 0, 10));
    }
  }
  expect(walked).toBeGreaterThan(3);
});

test('no answer where the cells cannot tell: a county, a deep page, marks (whole provinces or city cells) not rebuilt, a sort that is not a metric', async () => {
  const county = String(
    (await db.$client.execute('SELECT county_code FROM report_metrics WHERE county_code IS NOT NULL LIMIT 1')).rows[0]
      .county_code,
  );
  const sort = { id: 'granted', desc: true };
  expect(await extremesPage(db, { synthetic: true, region: county }, { sort, offset: 0, limit: 25 })).toBeNull();
  expect(await extremesPage(db, { synthetic: true }, { sort, offset: 5000, limit: 25 })).toBeNull();
  expect(
    await extremesPage(db, { synthetic: true }, { sort: { id: 'agency', desc: false }, offset: 0, limit: 25 }),
  ).toBeNull();
  await db.$client.execute("INSERT INTO rollup_dirty (synthetic, year, province_code) VALUES (9, 0, 'none')");
  try {
    expect(await extremesPage(db, { synthetic: true }, { sort, offset: 0, limit: 25 })).toBeNull();
  } finally {
    await db.$client.execute('DELETE FROM rollup_dirty WHERE synthetic = 9');
  }
  await db.$client.execute(
    "INSERT INTO cell_dirty (synthetic, year, template, province_code, type_id, city_code) VALUES (9, 0, '', 'none', '', '')",
  );
  try {
    expect(await extremesPage(db, { synthetic: true }, { sort, offset: 0, limit: 25 })).toBeNull();
  } finally {
    await db.$client.execute('DELETE FROM cell_dirty WHERE synthetic = 9');
  }
  expect(await extremesPage(db, { synthetic: true }, { sort, offset: 0, limit: 25 })).not.toBeNull();
});

// Last: it changes report_metrics for the rest of the file.
test('rates above 100 % (broken sums) come from the rate partial index wherever the cells spread them', async () => {
  await db.$client.execute(`UPDATE report_metrics SET granted = handled * 3 WHERE report_id IN (
    SELECT min(m.report_id) FROM report_metrics m JOIN (SELECT province_code, year, template, type_id, count(*) AS n FROM report_metrics
      WHERE synthetic = 1 AND province_code IS NOT NULL AND template IS NOT NULL AND type_id IS NOT NULL GROUP BY 1, 2, 3, 4) c
      USING (province_code, year, template, type_id)
    WHERE m.handled > 0 AND m.granted IS NOT NULL AND m.partial IS NOT NULL
    GROUP BY m.province_code, m.year, m.template, m.type_id ORDER BY max(c.n) DESC, 1 LIMIT 12)`);
  await recomputeRowRates(db);
  await refreshRollups(db, { full: true });
  const overOne = Number(
    (await db.$client.execute('SELECT count(*) AS n FROM report_metrics WHERE disclosure_rate > 1')).rows[0].n,
  );
  expect(overOne).toBeGreaterThanOrEqual(12);
  let answered = 0;
  for (const filters of await filtersToTry()) {
    for (const [offset, limit] of [
      [0, 3],
      [0, 8],
      [4, 4],
    ]) {
      const fromIndex = await extremesPage(db, filters, { sort: { id: 'disclosureRate', desc: true }, offset, limit });
      if (fromIndex?.via !== 'over-one') continue;
      answered++;
      expect(
        fromIndex.rows.map((r) => r.reportId),
        `${JSON.stringify(filters)} ${offset}+${limit}`,
      ).toEqual(await plainPage(filters, 'disclosureRate', true, offset, limit));
    }
  }
  expect(answered).toBeGreaterThanOrEqual(4);
});
