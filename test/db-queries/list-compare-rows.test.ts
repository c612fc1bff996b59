import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { listAgencyYears } from '../../db/queries/list-agency-years';
import { type CompareOptions, type CompareRow, listCompareRows } from '../../db/queries/list-compare-rows';
import { agencyYearPage } from '../../db/queries/agency-year-page';
import { provinceYearIndex, reportColumnPage } from '../../db/queries/report-column-page';
import { PROVINCE_YEAR_SCORE_INDEX } from '../../db/schema';
import { metricConditions, type MetricFilters } from '../../db/sql/metric-filters';
import { pinyinSortKey } from '../../lib/format/pinyin-key';
import { importPaths } from '../../lib/ingest/import-files';
import { aggregate, groupBy } from '../../lib/metrics/aggregate';
import { COUNT_METRIC_IDS, RATE_IDS, reportRates } from '../../lib/metrics/report-metrics';
import { tempDatabase } from '../support/temp-db';
import { blankSomeMetrics, importSyntheticReports, SAMPLES } from './synthetic-reports';

let db: Db;
beforeAll(async () => {
  ({ db } = await tempDatabase());
  await importPaths(db, [SAMPLES]);
  await importSyntheticReports(db, 240, 2);
  await blankSomeMetrics(db, 3);
  // Publication dates for three synthetic reports in four (the generated texts state none): days late from
  // −30 to 59, ties included, so the sort by days late meets on-time, late and unknown rows.
  await db.$client.execute(
    'UPDATE report_metrics SET days_late = CASE WHEN report_id % 4 = 0 THEN NULL ELSE (report_id * 37) % 90 - 30 END WHERE synthetic = 1',
  );
  // Copy shares for two synthetic reports in three, so originality (and the score) meet known and unknown rows.
  await db.$client.execute(`UPDATE report_metrics SET
    copied_prev = CASE WHEN report_id % 3 = 0 THEN NULL ELSE ((report_id * 13) % 10) / 10.0 END,
    copied_peer = CASE WHEN report_id % 3 = 0 THEN NULL ELSE ((report_id * 7) % 5) / 10.0 END WHERE synthetic = 1`);
}, 60_000);
afterAll(() => db.$client.close());

const SYNTHETIC: MetricFilters = { synthetic: true };
const list = (by: CompareOptions['by'], id: string, desc = false, offset = 0, limit = 1000, filters = SYNTHETIC) =>
  listCompareRows(db, filters, { by, sort: { id, desc }, offset, limit });

/** The value a sort id reads from a row. */
function sortValue(row: CompareRow, id: string): number | null {
  if (id === 'errors') return row.errorCount;
  if (id === 'daysLate') return row.daysLate;
  if (id === 'year') return row.year ?? row.yearTo;
  return (row.metrics as Record<string, number | null>)[id] ?? (row.rates as Record<string, number | null>)[id] ?? null;
}

function expectOrdered(rows: CompareRow[], id: string, desc: boolean) {
  const values = rows.map((r) => sortValue(r, id));
  const firstNull = values.indexOf(null);
  // Nulls last whatever the direction.
  if (firstNull >= 0)
    expect(
      values.slice(firstNull).every((v) => v === null),
      `${id}: a value after a null`,
    ).toBe(true);
  const known = values.filter((v): v is number => v !== null);
  for (let i = 1; i < known.length; i++)
    expect(desc ? known[i - 1] >= known[i] : known[i - 1] <= known[i], `${id} at ${i}`).toBe(true);
  // Ties: agency sort key, then year.
  for (let i = 1; i < rows.length; i++) {
    if (values[i - 1] !== values[i]) continue;
    const [a, b] = [pinyinSortKey(rows[i - 1].agency), pinyinSortKey(rows[i].agency)];
    expect(a <= b, `${id} tie ${rows[i - 1].agency} / ${rows[i].agency}`).toBe(true);
    if (a === b && rows[i].year !== null) expect(rows[i - 1].year! < rows[i].year!).toBe(true);
  }
}

describe('agency-years', () => {
  test('total and rows match listAgencyYears; metrics, rates and region names are carried', async () => {
    const reference = await listAgencyYears(db, SYNTHETIC);
    const { rows, total } = await list('agency-year', 'agency');
    expect(total).toBe(reference.length);
    expect(rows).toHaveLength(reference.length);
    const byReport = new Map(reference.map((r) => [r.reportId, r]));
    for (const row of rows) {
      const ref = byReport.get(row.reportId!)!;
      expect(row).toMatchObject({
        key: `${ref.agencyId}-${ref.year}`,
        year: ref.year,
        yearFrom: ref.year,
        yearTo: ref.year,
        reports: 1,
        agency: ref.agency,
        province: ref.province,
        city: ref.city,
        county: ref.county,
        provinceCode: ref.provinceCode,
        daysLate: ref.daysLate,
      });
      for (const id of COUNT_METRIC_IDS) expect(row.metrics[id]).toBe(ref[id]);
      expect(row.rates).toEqual(reportRates(ref));
      expect(row.bases).toEqual(aggregate([ref]).bases);
    }
  });

  test('the samples by agency come in pinyin order (大冶 < 嘉兴 < 上高 < 吴忠 < 忻州), reversed when descending', async () => {
    const { rows } = await list('agency-year', 'agency', false, 0, 10, {});
    expect(rows.map((r) => r.agency)).toEqual([
      '大冶市科技局',
      '嘉兴市科学技术局',
      '上高县科技局',
      '吴忠市科学技术局',
      '忻州市科学技术局',
    ]);
    expect(rows[1]).toMatchObject({
      province: '浙江省',
      city: '嘉兴市',
      county: null,
      provinceCode: '330000',
      cityCode: '330400',
    });
    const desc = await list('agency-year', 'agency', true, 0, 10, {});
    expect(desc.rows.map((r) => r.agency)).toEqual(rows.map((r) => r.agency).reverse());
    // An unknown sort id falls back to the agency order.
    expect((await list('agency-year', 'no-such-column', false, 0, 10, {})).rows).toEqual(rows);
  });

  test.each([
    ['granted', true],
    ['granted', false],
    ['disclosureRate', true],
    ['reviewCorrectionRate', false],
    ['feesAmount', true],
    ['errors', true],
    ['year', false],
    ['daysLate', true],
    ['daysLate', false],
  ] as const)('sorted by %s (desc: %s): ordered, nulls last, ties by agency then year', async (id, desc) => {
    const { rows } = await list('agency-year', id, desc);
    expectOrdered(rows, id, desc);
    if (id === 'granted' || id === 'disclosureRate' || id === 'daysLate') {
      expect(rows.some((r) => sortValue(r, id) === null)).toBe(true);
      expect(sortValue(rows[0], id)).not.toBeNull();
    }
  });

  test('by region: province, city, county codes, unknown divisions last', async () => {
    const { rows } = await list('agency-year', 'region');
    const codes = rows.map((r) => [r.provinceCode ?? '~', r.cityCode ?? '~', r.countyCode ?? '~'].join('/'));
    expect(codes).toEqual([...codes].sort());
    expect(rows[rows.length - 1].provinceCode).toBeNull();
  });

  test.each(['agency', 'granted', 'disclosureRate', 'year', 'region', 'reviewTotal', 'daysLate'])(
    'paging by %s is stable: two pages are the first 2N rows',
    async (id) => {
      const n = 17;
      const whole = (await list('agency-year', id, true, 0, 2 * n)).rows.map((r) => r.key);
      const pages = [
        ...(await list('agency-year', id, true, 0, n)).rows,
        ...(await list('agency-year', id, true, n, n)).rows,
      ].map((r) => r.key);
      expect(pages).toEqual(whole);
      expect(new Set(pages).size).toBe(2 * n);
    },
  );

  test('filters narrow: province, city, county, year, type', async () => {
    const { rows: all } = await list('agency-year', 'agency');
    const some = all.find((r) => r.countyCode)!;
    const cases: [MetricFilters, (r: CompareRow) => boolean][] = [
      [{ region: some.provinceCode! }, (r) => r.provinceCode === some.provinceCode],
      [
        { region: some.cityCode ?? some.provinceCode! },
        (r) => (some.cityCode ? r.cityCode === some.cityCode : r.provinceCode === some.provinceCode),
      ],
      [{ region: some.countyCode! }, (r) => r.countyCode === some.countyCode],
      [{ years: [2022] }, (r) => r.year === 2022],
      [{ yearFrom: 2020, yearTo: 2021 }, (r) => r.year! >= 2020 && r.year! <= 2021],
      [{ typeIds: [some.typeId!] }, (r) => r.typeId === some.typeId],
    ];
    for (const [filter, keep] of cases) {
      const { rows, total } = await list('agency-year', 'agency', false, 0, 1000, { ...SYNTHETIC, ...filter });
      expect(rows.length, JSON.stringify(filter)).toBeGreaterThan(0);
      expect(rows.length).toBeLessThan(all.length);
      expect(total).toBe(rows.length);
      expect(rows.map((r) => r.key)).toEqual(all.filter(keep).map((r) => r.key));
    }
  });
});

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

describe('agencies', () => {
  test('one row per agency over the filtered years, with aggregate() sums and rates', async () => {
    const filters = { ...SYNTHETIC, yearFrom: 2020 };
    const reference = groupBy(await listAgencyYears(db, filters), (r) => r.agencyId);
    const { rows, total } = await list('agency', 'agency', false, 0, 1000, filters);
    expect(total).toBe(reference.size);
    expect(rows).toHaveLength(reference.size);
    expect(rows.some((r) => r.reports > 1)).toBe(true);
    for (const row of rows) {
      const members = reference.get(row.agencyId)!;
      const expected = aggregate(members);
      const years = members.map((m) => m.year);
      expect(row).toMatchObject({
        key: String(row.agencyId),
        year: null,
        reportId: null,
        reports: members.length,
        yearFrom: Math.min(...years),
        yearTo: Math.max(...years),
      });
      expect(row.errorCount).toBe(members.reduce((s, m) => s + m.errorCount, 0));
      for (const id of COUNT_METRIC_IDS) {
        if (id === 'feesAmount' || id === 'procurementAmount')
          expect(row.metrics[id] ?? 0).toBeCloseTo(expected.sums[id] ?? 0, 6);
        else expect(row.metrics[id], id).toBe(expected.sums[id]);
      }
      for (const id of RATE_IDS) expect(row.rates[id], id).toBe(expected.rates[id]);
      // The count each rate rests on, shown beside it (issue 18).
      for (const id of RATE_IDS) expect(row.bases[id], `${id} base`).toBe(expected.bases[id]);
    }
  });

  test.each([
    ['granted', true],
    ['disclosureRate', false],
    ['denialRate', true],
    ['errors', true],
    ['year', true],
  ] as const)('sorted by %s (desc: %s): ordered by the aggregate, nulls last', async (id, desc) => {
    const { rows } = await list('agency', id, desc);
    expectOrdered(rows, id, desc);
  });

  test('paging is stable and the samples sort by pinyin', async () => {
    const whole = (await list('agency', 'disclosureRate', true, 0, 40)).rows.map((r) => r.key);
    const pages = [
      ...(await list('agency', 'disclosureRate', true, 0, 20)).rows,
      ...(await list('agency', 'disclosureRate', true, 20, 20)).rows,
    ].map((r) => r.key);
    expect(pages).toEqual(whole);
    expect(new Set(pages).size).toBe(40);
    const samples = await list('agency', 'agency', false, 0, 10, {});
    expect(samples.rows.map((r) => r.agency)).toEqual([
      '大冶市科技局',
      '嘉兴市科学技术局',
      '上高县科技局',
      '吴忠市科学技术局',
      '忻州市科学技术局',
    ]);
    expect(samples.rows[1]).toMatchObject({
      province: '浙江省',
      city: '嘉兴市',
      cityCode: '330400',
      county: null,
      countyCode: null,
    });
  });

  test("a county filter keeps only that county's agencies", async () => {
    const { rows: all } = await list('agency', 'region');
    const some = all.find((r) => r.countyCode)!;
    const { rows, total } = await list('agency', 'region', false, 0, 1000, { ...SYNTHETIC, region: some.countyCode! });
    expect(total).toBe(rows.length);
    expect(rows.length).toBeLessThan(all.length);
    expect(rows.every((r) => r.countyCode === some.countyCode)).toBe(true);
  });
});
