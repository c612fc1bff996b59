/**
 * The compare table sorted by a column with a partial index of its own (days late, the score, originality): the
 * index's pages are the plain order's, and a province's year by score is read down its own index.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { agencyYearPage } from '../../db/queries/agency-year-page';
import { type CompareRow, listCompareRows } from '../../db/queries/list-compare-rows';
import { provinceYearIndex, reportColumnPage } from '../../db/queries/report-column-page';
import { PROVINCE_YEAR_SCORE_INDEX } from '../../db/schema';
import { metricConditions, type MetricFilters } from '../../db/sql/metric-filters';
import { type CompareList, compareList, compareRowsDatabase, SYNTHETIC } from './compare-rows-fixture';

let db: Db;
let list: CompareList;
beforeAll(async () => {
  db = await compareRowsDatabase();
  list = compareList(db);
}, 60_000);
afterAll(() => db.$client.close());

describe('days late', () => {
  test('the samples: 忻州 2020 signed 5 days after the deadline, the others unknown (last either way)', async () => {
    for (const desc of [true, false]) {
      const { rows } = await list('agency-year', 'daysLate', desc, 0, 10, {});
      expect(rows.map((r) => [r.agency, r.year, r.daysLate])).toEqual([
        ['忻州市科学技术局', 2020, 5],
        ['大冶市科技局', 2019, null],
        ['嘉兴市科学技术局', 2020, null],
        ['上高县科技局', 2020, null],
        ['吴忠市科学技术局', 2021, null],
      ]);
    }
  });

  test.each([
    ['daysLate', true],
    ['daysLate', false],
    ['score', true],
    ['score', false],
    ['originality', true],
    ['originality', false],
  ] as const)(
    'read down the partial index of %s (desc: %s): the same pages as the plain order, or null when they do not fill one',
    async (id, desc) => {
      const sort = { id, desc };
      const where = metricConditions(SYNTHETIC);
      const value = (r: CompareRow) => (id === 'daysLate' ? r.daysLate : id === 'score' ? r.score : r.originality);
      const all = (await list('agency-year', 'agency')).rows;
      const known = all.filter((r) => value(r) !== null).length;
      expect(known).toBeGreaterThan(100);
      for (const [offset, limit] of [
        [0, 50],
        [17, 17],
        [known - 10, 10],
      ]) {
        const plain = (await list('agency-year', id, desc, offset, limit)).rows;
        const page = await reportColumnPage(db, where, { sort, offset, limit }, id);
        expect(
          page?.map((r) => r.reportId),
          `${offset}+${limit}`,
        ).toEqual(plain.map((r) => r.reportId));
        // The same page with the rows sharing its last value walked in the agency order, however few they are.
        const walked = await reportColumnPage(db, where, { sort, offset, limit }, id, 1);
        expect(
          walked?.map((r) => r.reportId),
          `${offset}+${limit}, ties walked`,
        ).toEqual(plain.map((r) => r.reportId));
        const values = plain.map((r) => value(r)!);
        expect(values).toEqual([...values].sort((a, b) => (desc ? b - a : a - b)));
      }
      // A page reaching past the rows with a value holds unknown ones: not the index's to give (the score is
      // never unknown, so its index gives every page).
      if (known < all.length)
        expect(await reportColumnPage(db, where, { sort, offset: known - 5, limit: 10 }, id)).toBeNull();
    },
  );

  test.each([true, false])(
    "one province's year by score (desc: %s) is read down metrics_province_year_score: the plain order's pages",
    async (desc) => {
      const [{ province, year }] = await db.all<{ province: string; year: number }>(
        sql`SELECT province_code AS province, year FROM report_metrics WHERE synthetic = 1 AND province_code IS NOT NULL
            GROUP BY province_code, year ORDER BY count(*) DESC LIMIT 1`,
      );
      const filters: MetricFilters = { ...SYNTHETIC, region: province, years: [year] };
      expect(provinceYearIndex(filters, 'score')).toBe(PROVINCE_YEAR_SCORE_INDEX);
      // Not for a city, all years, or another column.
      expect(provinceYearIndex({ ...filters, years: undefined }, 'score')).toBeNull();
      expect(provinceYearIndex(filters, 'daysLate')).toBeNull();
      const where = metricConditions(filters);
      const sort = { id: 'score', desc };
      const plainPage = (offset: number, limit: number) =>
        agencyYearPage(db, where, { sort, offset, limit, agencyFirst: false });
      const rows = await plainPage(0, 1000);
      expect(rows.length).toBeGreaterThan(6);
      for (const [offset, limit] of [
        [0, 3],
        [2, 3],
        [rows.length - 3, 3],
      ]) {
        const plain = await plainPage(offset, limit);
        const options = { by: 'agency-year' as const, sort, offset, limit };
        // As the page reads it (ties sorted), with every tie walked, and through listCompareRows itself.
        for (const tiesWalked of [2_000, 1])
          expect(
            (await reportColumnPage(db, where, options, 'score', tiesWalked, PROVINCE_YEAR_SCORE_INDEX))?.map(
              (r) => r.reportId,
            ),
            `${offset}+${limit}, ties walked above ${tiesWalked}`,
          ).toEqual(plain.map((r) => r.reportId));
        const listed = await listCompareRows(db, filters, options);
        expect(listed.rows.map((r) => r.reportId)).toEqual(plain.map((r) => r.reportId));
        expect(listed.rows.every((r) => r.provinceCode === province && r.year === year)).toBe(true);
      }
      const plan = await db.all<{ detail: string }>(
        sql`EXPLAIN QUERY PLAN SELECT score FROM report_metrics INDEXED BY metrics_province_year_score
            WHERE ${where} AND score IS NOT NULL ORDER BY score DESC LIMIT 1 OFFSET 4`,
      );
      // In the index's order: no sort.
      expect(plan.map((p) => p.detail).join(' | ')).toMatch(
        /^SEARCH report_metrics USING (COVERING )?INDEX metrics_province_year_score \(synthetic=\? AND year=\? AND province_code=\?( AND score>\?)?\)$/,
      );
    },
  );

  test.each(['daysLate', 'score', 'originality'])(
    'agency rows have no %s: sorted by it, they come in the agency order',
    async (id) => {
      const { rows } = await list('agency', id, true, 0, 30);
      expect(rows.every((r) => r.daysLate === null && r.score === null && r.originality === null)).toBe(true);
      expect(rows.map((r) => r.key)).toEqual((await list('agency', 'agency', false, 0, 30)).rows.map((r) => r.key));
    },
  );
});
