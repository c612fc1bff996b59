import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Db } from '../../db/client';
import { listAgencyYears } from '../../db/queries/list-agency-years';
import type { MetricFilters } from '../../db/sql/metric-filters';
import { summarizeMetrics, type SummaryGroup } from '../../db/queries/summarize-metrics';
import { aggregate, groupBy } from '../../lib/metrics/aggregate';
import { COUNT_METRIC_IDS, RATE_IDS } from '../../lib/metrics/report-metrics';
import { importPaths } from '../../lib/ingest/import-files';
import { tempDatabase } from '../support/temp-db';
import { blankSomeMetrics, importSyntheticReports, SAMPLES } from './synthetic-reports';

const AMOUNTS = new Set(['feesAmount', 'procurementAmount']);

let db: Db;
beforeAll(async () => {
  ({ db } = await tempDatabase());
  await importPaths(db, [SAMPLES]);
  await importSyntheticReports(db, 240);
  await blankSomeMetrics(db);
}, 60_000);
afterAll(() => db.$client.close());

type Row = Awaited<ReturnType<typeof listAgencyYears>>[number];
const KEY_OF: Record<Exclude<SummaryGroup, 'none'>, (r: Row) => string | number | null> = {
  year: (r) => r.year,
  province: (r) => r.provinceCode,
  city: (r) => r.cityCode,
  county: (r) => r.countyCode,
  type: (r) => r.typeId,
};

/** The reference: lib/metrics aggregate() over the same rows, read back with listAgencyYears. */
async function expected(filters: MetricFilters, group: SummaryGroup) {
  const rows = await listAgencyYears(db, filters);
  const groups = group === 'none' ? new Map([[null, rows]]) : groupBy(rows, KEY_OF[group]);
  return [...groups.entries()].map(([key, members]) => ({
    key,
    reports: members.length,
    agencies: new Set(members.map((m) => m.agencyId)).size,
    ...aggregate(members),
  }));
}

type Summary = Pick<
  Awaited<ReturnType<typeof summarizeMetrics>>[number],
  'key' | 'reports' | 'agencies' | 'sums' | 'rates' | 'bases'
>;

function expectSame(actual: Summary[], wanted: Summary[]) {
  const byKey = new Map(wanted.map((w) => [w.key, w]));
  expect(actual.map((a) => a.key).sort()).toEqual(wanted.map((w) => w.key).sort());
  for (const a of actual) {
    const w = byKey.get(a.key)!;
    expect([a.reports, a.agencies]).toEqual([w.reports, w.agencies]);
    for (const id of COUNT_METRIC_IDS) {
      // Real-valued amounts may be summed in another order (SQLite compensates rounding); counts are exact.
      if (AMOUNTS.has(id) && w.sums[id] !== null) expect(a.sums[id], id).toBeCloseTo(w.sums[id]!, 6);
      else expect(a.sums[id], `${a.key} ${id}`).toBe(w.sums[id]);
    }
    for (const id of RATE_IDS) expect(a.rates[id], `${a.key} ${id}`).toBe(w.rates[id]);
    // What each rate rests on, the count shown beside it (issue 18).
    for (const id of RATE_IDS) expect(a.bases[id], `${a.key} ${id} base`).toBe(w.bases[id]);
  }
}

describe('summarizeMetrics equals aggregate() on the same rows', () => {
  const groups: SummaryGroup[] = ['none', 'year', 'province', 'city', 'county', 'type'];
  test.each(groups)('synthetic rows with blanks, grouped by %s', async (group) => {
    const actual = await summarizeMetrics(db, { synthetic: true }, group);
    expectSame(actual, await expected({ synthetic: true }, group));
    if (group !== 'none') expect(actual.length).toBeGreaterThan(1);
  });

  test('the data really has the mixes the semantics are about', async () => {
    const rows = await listAgencyYears(db, { synthetic: true });
    expect(rows.length).toBeGreaterThan(150);
    const granted = rows.map((r) => r.granted);
    expect(granted.filter((v) => v === null).length).toBeGreaterThan(10);
    // Rows that know the denominator of the disclosure rate but not its numerator: excluded from both sums.
    expect(rows.some((r) => r.handled !== null && (r.granted === null || r.partial === null))).toBe(true);
    const [all] = await summarizeMetrics(db, { synthetic: true }, 'none');
    const naive =
      rows.reduce((s, r) => s + (r.granted ?? 0) + (r.partial ?? 0), 0) /
      rows.reduce((s, r) => s + (r.handled ?? 0), 0);
    expect(all.rates.disclosureRate).not.toBe(naive);
  });

  test('filters narrow the groups: a year, a province, a type', async () => {
    for (const filters of [
      { synthetic: true, years: [2021] },
      { synthetic: true, region: '140000' },
      { synthetic: true, typeIds: ['science'] },
      { yearFrom: 2020, yearTo: 2020 },
    ] as MetricFilters[]) {
      const actual = await summarizeMetrics(db, filters, 'year');
      expectSame(actual, await expected(filters, 'year'));
    }
    expect((await summarizeMetrics(db, { synthetic: true, years: [2021] }, 'year')).map((r) => r.key)).toEqual([2021]);
    const shanxi = await summarizeMetrics(db, { synthetic: true, region: '140000' }, 'province');
    expect(shanxi.map((r) => r.key)).toEqual(['140000']);
  });

  test('the real samples stay apart from synthetic rows; nothing matching gives one empty total', async () => {
    const [real] = await summarizeMetrics(db, {}, 'none');
    expect(real.reports).toBe(5);
    const [none] = await summarizeMetrics(db, { years: [1990] }, 'none');
    expect(none).toMatchObject({ key: null, reports: 0, agencies: 0 });
    expect(none.sums.appsNew).toBeNull();
    expect(none.rates.disclosureRate).toBeNull();
    expect(await summarizeMetrics(db, { years: [1990] }, 'year')).toEqual([]);
  });

  test('groups are ordered by key, rows without a division last', async () => {
    const rows = await summarizeMetrics(db, { synthetic: true }, 'city');
    const keys = rows.map((r) => r.key);
    const known = keys.filter((k) => k !== null) as string[];
    expect(known).toEqual([...known].sort());
    if (keys.includes(null)) expect(keys[keys.length - 1]).toBeNull();
  });

  test.each([
    {},
    { synthetic: true },
    { synthetic: true, yearFrom: 2020, yearTo: 2021 },
    { synthetic: true, template: '2019' },
    { synthetic: true, template: '2021', yearFrom: 2021 },
    { synthetic: true, region: '140000', years: [2020, 2022] },
    { synthetic: true, typeIds: ['science', 'education'] },
  ] as MetricFilters[])('the rollups answer exactly as a scan of report_metrics: %o', async (filters) => {
    for (const group of ['none', 'year', 'province', 'city', 'type'] as SummaryGroup[]) {
      const fromRollups = await summarizeMetrics(db, filters, group);
      const fromMetrics = await summarizeMetrics(db, filters, group, 'metrics');
      expect(fromRollups.map((r) => [r.key, r.reports, r.agencies])).toEqual(
        fromMetrics.map((r) => [r.key, r.reports, r.agencies]),
      );
      expectSame(fromRollups, fromMetrics);
    }
  });
});
