import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Db } from '../../db/client';
import { listAgencyYears } from '../../db/queries/list-agency-years';
import type { CompareRow } from '../../db/queries/list-compare-rows';
import type { MetricFilters } from '../../db/sql/metric-filters';
import { pinyinSortKey } from '../../lib/format/pinyin-key';
import { aggregate, groupBy } from '../../lib/metrics/aggregate';
import { COUNT_METRIC_IDS, RATE_IDS, reportRates } from '../../lib/metrics/report-metrics';
import { type CompareList, compareList, compareRowsDatabase, SYNTHETIC } from './compare-rows-fixture';

let db: Db;
let list: CompareList;
beforeAll(async () => {
  db = await compareRowsDatabase();
  list = compareList(db);
}, 60_000);
afterAll(() => db.$client.close());

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
