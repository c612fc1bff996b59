/**
 * The tile map and the ranked list beside it read the view's per-province (or per-city) values: the same values
 * the ranking chart ranks, on the tiles of the provinces that have them, grey elsewhere; a click may open every
 * province lib/regions knows. On the five sample reports (山西, 江西, 宁夏, 浙江, 湖北; db/samples/README.md).
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Db } from '../../db/client';
import { buildChart } from '../../lib/dashboard/chart-catalog';
import { loadRegionRanking, tileMapChart } from '../../lib/dashboard/region-map';
import { importPaths } from '../../lib/ingest/import-files';
import { parseViewState, type SearchParams } from '../../lib/view-state/view-state';
import { SAMPLES } from '../db-queries/synthetic-reports';
import { tempDatabase } from '../support/temp-db';

let db: Db;
beforeAll(async () => {
  ({ db } = await tempDatabase());
  await importPaths(db, [SAMPLES]);
}, 60_000);
afterAll(() => db.$client.close());

const state = (params: SearchParams) => parseViewState(params);
const SAMPLE_PROVINCES = ['140000', '330000', '360000', '420000', '640000'];
const series = (o: unknown): any[] => (o as any).series;

describe('tileMapChart', () => {
  test('the provinces with reports are shaded with the values the ranking chart ranks; the rest are grey', async () => {
    const s = state({ metric: 'appsNew' });
    const chart = (await tileMapChart(db, s))!;
    const [shaded, grey] = series(chart.option);
    expect(shaded.data.map((d: { code: string }) => d.code).sort()).toEqual(SAMPLE_PROVINCES);
    expect(grey.data).toHaveLength(34 - 5);
    expect(grey.data.map((d: { code: string }) => d.code)).toEqual(
      expect.arrayContaining(['810000', '820000', '710000']),
    );

    const ranking = (await buildChart(db, { kind: 'ranking', state: s }))!;
    const bars = series(ranking.option)[0].data.filter((d: unknown) => d !== null);
    const tileValues = shaded.data.map((d: { value: number[] }) => d.value[2]).sort((a: number, b: number) => b - a);
    expect(tileValues).toEqual(bars.map((d: { value: number }) => d.value));
    expect(chart.title).toBe('各省份本年新收政府信息公开申请数（方块示意图）');
  });

  test('the catalog builds it by name, in English too; below the whole country there is none', async () => {
    const en = (await buildChart(db, { kind: 'tile-map', state: state({ lang: 'en', metric: 'disclosureRate' }) }))!;
    expect(en.title).toBe('Disclosure rate by province (tile grid)');
    expect(series(en.option)[0].data.find((d: { code: string }) => d.code === '330000').label.formatter).toMatch(
      /^Zhejiang\n\d+\.\d%/,
    );
    expect(await tileMapChart(db, state({ region: '330000' }))).toBeNull();
  });
});

describe('loadRegionRanking', () => {
  test('the whole country: the provinces with a value ranked, the others named, every mainland province linkable', async () => {
    const r = (await loadRegionRanking(db, state({ metric: 'appsNew' })))!;
    expect(r).toMatchObject({ level: 'province', map: true, rate: false, unit: '' });
    expect(r.ranked.map((x) => x.code).sort()).toEqual(SAMPLE_PROVINCES);
    const values = r.ranked.map((x) => x.value);
    expect(values).toEqual([...values].sort((a, b) => b - a));
    expect(r.ranked[0].rank).toBe(1);
    expect(r.missing).toHaveLength(29);
    expect(r.missing).toEqual(expect.arrayContaining(['北京', '香港', '台湾']));
    expect(r.linkable).toHaveLength(31);
    expect(r.linkable).not.toContain('810000');
  });

  test('a province: its cities ranked, no map; a city: nothing (its counties would need a scan)', async () => {
    const r = (await loadRegionRanking(db, state({ region: '330000', metric: 'disclosureRate' })))!;
    expect(r).toMatchObject({ level: 'city', map: false, rate: true });
    expect(r.ranked.map((x) => x.name)).toEqual(['嘉兴市']);
    expect(r.ranked[0].base).toBeGreaterThan(0);
    expect(r.missing).toContain('杭州市');
    expect(r.linkable).toContain('330100');
    expect(await loadRegionRanking(db, state({ region: '330400' }))).toBeNull();
  });
});
