import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Db } from '../../db/client';
import { dataGaps, GAP_METRICS } from '../../db/queries/data-gaps';
import { listAgencyYears } from '../../db/queries/list-agency-years';
import { agencyNames, listPeerValues } from '../../db/queries/list-peer-values';
import { summarizePeers } from '../../db/queries/summarize-peers';
import { peerSummaryOf } from '../../lib/dashboard/peer-summary';
import { fiveNumbers } from '../../lib/charts/quantiles';
import { RATE_METRICS } from '../../lib/metrics/dictionary';
import { rateValue } from '../../lib/metrics/report-metrics';
import { importPaths } from '../../lib/ingest/import-files';
import { tempDatabase } from '../support/temp-db';
import { blankSomeMetrics, importSyntheticReports, SAMPLES } from './synthetic-reports';

let db: Db;
beforeAll(async () => {
  ({ db } = await tempDatabase());
  await importPaths(db, [SAMPLES]);
  await importSyntheticReports(db, 300, 5);
  await blankSomeMetrics(db, 3);
}, 60_000);
afterAll(() => db.$client.close());

type Row = Awaited<ReturnType<typeof listAgencyYears>>[number];

/** The (type, year) with the most synthetic agency-years: a peer group worth testing on. */
async function biggestPeerGroup(): Promise<{ typeId: string; year: number; rows: Row[] }> {
  const rows = (await listAgencyYears(db, { synthetic: true })).filter((r) => r.typeId);
  const groups = new Map<string, Row[]>();
  for (const r of rows) groups.set(`${r.typeId}|${r.year}`, [...(groups.get(`${r.typeId}|${r.year}`) ?? []), r]);
  const [key, members] = [...groups.entries()].sort((a, b) => b[1].length - a[1].length)[0];
  const [typeId, year] = key.split('|');
  return { typeId, year: Number(year), rows: members };
}

describe('listPeerValues', () => {
  test('a count metric: every agency of the type and year with a value, lowest first', async () => {
    const { typeId, year, rows } = await biggestPeerGroup();
    expect(rows.length).toBeGreaterThan(3);
    // A metric some of the group leave blank, so leaving them out is tested.
    const metric = (['appsNew', 'granted', 'handled', 'partial', 'denied', 'reviewTotal'] as const).find(
      (id) => rows.some((r) => r[id] === null) && rows.some((r) => r[id] !== null),
    )!;
    const peers = await listPeerValues(db, { typeId, year, metric, synthetic: true });
    const expected = rows.filter((r) => r[metric] !== null).map((r) => ({ agencyId: r.agencyId, value: r[metric] }));
    expect(expected.length).toBeLessThan(rows.length);
    expect(peers).toHaveLength(expected.length);
    expect([...peers].sort((a, b) => a.agencyId - b.agencyId)).toEqual(
      expected.sort((a, b) => a.agencyId - b.agencyId),
    );
    for (let i = 1; i < peers.length; i++) expect(peers[i - 1].value <= peers[i].value).toBe(true);
    const names = await agencyNames(
      db,
      peers.map((p) => p.agencyId),
    );
    expect(peers.map((p) => names.get(p.agencyId))).toEqual(
      peers.map((p) => rows.find((r) => r.agencyId === p.agencyId)!.agency),
    );
  });

  test("a rate: each agency's own rate, unknown and zero-denominator rates left out", async () => {
    const { typeId, year, rows } = await biggestPeerGroup();
    const def = RATE_METRICS.find((d) => d.id === 'disclosureRate')!;
    const peers = await listPeerValues(db, { typeId, year, metric: 'disclosureRate', synthetic: true });
    const expected = rows
      .map((r) => ({ agencyId: r.agencyId, value: rateValue(def, r) }))
      .filter((r) => r.value !== null);
    expect(new Map(peers.map((p) => [p.agencyId, p.value]))).toEqual(
      new Map(expected.map((e) => [e.agencyId, e.value])),
    );
    expect(peers.every((p) => p.value >= 0 && p.value <= 1)).toBe(true);
  });

  test('narrowed by division; real and synthetic apart; an unknown metric is an error', async () => {
    const { typeId, year, rows } = await biggestPeerGroup();
    const province = rows.find((r) => r.provinceCode)!.provinceCode!;
    const inProvince = await listPeerValues(db, {
      typeId,
      year,
      metric: 'handled',
      regionCode: province,
      synthetic: true,
    });
    const expected = rows
      .filter((r) => r.provinceCode === province && r.handled !== null)
      .map((r) => r.agencyId)
      .sort();
    expect(inProvince.map((p) => p.agencyId).sort()).toEqual(expected);
    expect(await listPeerValues(db, { typeId: 'science', year: 2020, metric: 'appsNew' })).toHaveLength(3);
    await expect(listPeerValues(db, { typeId, year, metric: 'nonsense' })).rejects.toThrow(/unknown metric/);
  });
});

describe('summarizePeers', () => {
  test('the five numbers, n, own value and rank equal those of the full list, for counts, rates and a division', async () => {
    const { typeId, year, rows } = await biggestPeerGroup();
    const province = rows.find((r) => r.provinceCode)!.provinceCode!;
    let ranked = 0;
    for (const q of [
      { typeId, year, metric: 'appsNew', synthetic: true },
      { typeId, year, metric: 'granted', synthetic: true },
      { typeId, year, metric: 'disclosureRate', synthetic: true },
      { typeId, year, metric: 'handled', regionCode: province, synthetic: true },
    ]) {
      const values = await listPeerValues(db, q);
      for (const r of rows) {
        const summary = peerSummaryOf(await summarizePeers(db, q, r.agencyId));
        expect(summary.n).toBe(values.length);
        expect(summary.five).toEqual(fiveNumbers(values.map((v) => v.value)));
        const own = values.find((v) => v.agencyId === r.agencyId);
        expect(summary.own, q.metric).toBe(own?.value ?? null);
        expect(summary.above).toBe(own ? values.filter((v) => v.value > own.value).length : null);
        if (own) ranked++;
      }
    }
    expect(ranked).toBeGreaterThanOrEqual(5);
  });

  test('a group without values: n 0, no box, no rank', async () => {
    const summary = peerSummaryOf(
      await summarizePeers(db, { typeId: 'no-such-type', year: 2020, metric: 'appsNew', synthetic: true }, 1),
    );
    expect(summary).toEqual({ n: 0, five: null, own: null, above: null });
  });
});

describe('dataGaps', () => {
  test('per year: reports, agencies, reports with errors, unknowns per headline metric', async () => {
    const rows = await listAgencyYears(db, { synthetic: true });
    const gaps = await dataGaps(db, { synthetic: true });
    const years = [...new Set(rows.map((r) => r.year))].sort();
    expect(gaps.map((g) => g.year)).toEqual(years);
    for (const g of gaps) {
      const ofYear = rows.filter((r) => r.year === g.year);
      expect(g.reports).toBe(ofYear.length);
      expect(g.agencies).toBe(new Set(ofYear.map((r) => r.agencyId)).size);
      expect(g.withErrors).toBe(ofYear.filter((r) => r.errorCount > 0).length);
      for (const id of GAP_METRICS)
        expect(g.missing[id], `${g.year} ${id}`).toBe(ofYear.filter((r) => r[id] === null).length);
    }
    expect(gaps.some((g) => g.withErrors > 0)).toBe(true);
    expect(gaps.some((g) => g.missing.granted > 0)).toBe(true);
  });

  test('follows the filters', async () => {
    const real = await dataGaps(db, {});
    expect(real.map((g) => [g.year, g.reports])).toEqual([
      [2019, 1],
      [2020, 3],
      [2021, 1],
    ]);
    expect(await dataGaps(db, { region: '360923' })).toMatchObject([{ year: 2020, reports: 1, agencies: 1 }]);
    expect(await dataGaps(db, { synthetic: true, years: [1990] })).toEqual([]);
  });
});
