import { describe, expect, test } from 'vitest';
import { inkOn, NO_DATA_FILL, scaleColor, TILE_SCALE, tileMapOption } from '../../lib/charts/tile-map';
import { INK } from '../../lib/charts/palette';
import { metricById } from '../../lib/metrics/dictionary';
import { PROVINCE_TILES } from '../../lib/regions/tile-grid';
import { caption, graphicTexts, seriesOf, TILES } from './samples';

const rate = metricById('disclosureRate');
const zh = tileMapOption(TILES, rate, 'zh', caption('zh'));
const en = tileMapOption(TILES, rate, 'en', caption('en'));
const visualMaps = (o: unknown): any[] => (o as any).visualMap;
const byCode = (o: unknown, series: number) =>
  new Map(seriesOf(o as never)[series].data.map((d: { code: string }) => [d.code, d]));

describe('tileMapOption', () => {
  test('each value sits on its tile: [column, row, value in percent], with its code for a click', () => {
    const shaded = byCode(zh, 0);
    expect([...shaded.keys()].sort()).toEqual(['140000', '330000', '360000']);
    expect(shaded.get('330000')).toMatchObject({ value: [5, 5, 85.3] });
    expect(shaded.get('140000')).toMatchObject({ value: [3, 2, 40] });
    expect(shaded.get('360000')).toMatchObject({ value: [4, 5, 100] });
  });

  test('a tile says its name and value; a rate on few cases carries the mark; the tooltip ranks and gives n', () => {
    const shaded = byCode(zh, 0);
    expect(shaded.get('330000')).toMatchObject({
      label: { formatter: '浙江\n85.3%' },
      tooltip: { formatter: `2. 浙江<br/>${rate.zh}：85.3%<br/>基于 1,200 件` },
    });
    expect(shaded.get('140000')).toMatchObject({ label: { formatter: '山西\n40.0%†' } });
    expect(byCode(en, 0).get('330000')).toMatchObject({
      tooltip: { formatter: `2. 浙江<br/>${rate.en}: 85.3%<br/>of 1,200 cases` },
    });
  });

  test('a province without data is a grey tile that says so, in either language', () => {
    const [, grey] = seriesOf(zh);
    expect(grey.data).toHaveLength(1);
    expect(grey.data[0]).toMatchObject({
      code: '640000',
      value: [2, 2, 0],
      label: { formatter: '宁夏\n—' },
      tooltip: { formatter: `宁夏<br/>${rate.zh}：无数据` },
    });
    expect(seriesOf(en)[1].data[0].tooltip.formatter).toBe(`宁夏<br/>${rate.en}: No data`);
    // The grey series has a one-colour visualMap of its own; the scale shades only the tiles with data.
    const [scale, greyMap] = visualMaps(zh);
    expect(scale).toMatchObject({ seriesIndex: 0, dimension: 2, min: 0, max: 100 });
    expect(greyMap).toMatchObject({ seriesIndex: 1, show: false, inRange: { color: [NO_DATA_FILL] } });
    expect(TILE_SCALE).not.toContain(NO_DATA_FILL);
  });

  test('the scale says its unit: rates on 0–100 %, counts from 0 to the largest, amounts with theirs', () => {
    expect(visualMaps(zh)[0].text).toEqual(['100%', '0%']);
    const counts = TILES.map((t, i) => ({ ...t, value: t.value === null ? null : [1234, 56, 0, 789][i] }));
    const apps = tileMapOption(counts, metricById('appsNew'), 'zh', caption('zh'));
    expect(visualMaps(apps)[0]).toMatchObject({ min: 0, max: 1234, text: ['1,234', '0'] });
    expect(byCode(apps, 0).get('330000')).toMatchObject({ value: [5, 5, 1234], label: { formatter: '浙江\n1,234' } });
    const fees = tileMapOption(counts, metricById('feesAmount'), 'zh', caption('zh'));
    expect(visualMaps(fees)[0].text[0]).toMatch(/^1,234 (元|万元)$/);
  });

  test('the caption says what a square is, how many are grey, and how many rates rest on few cases', () => {
    expect(graphicTexts(zh)).toEqual(
      expect.arrayContaining([
        '每个方块代表一个省级行政区，位置仅示意大致方位，不表示边界和面积。',
        '† 1 个地区的比率基于少于 30 件，仅供参考。',
        '灰色方块：无数据（1 个）。',
      ]),
    );
    expect(graphicTexts(en)).toEqual(
      expect.arrayContaining([
        'Each square is one provincial-level unit, placed about where it lies; squares show no boundary or area.',
        'Grey squares: no data (1).',
      ]),
    );
  });

  test('names on dark tiles are white, on light tiles dark', () => {
    const shaded = byCode(zh, 0);
    expect(shaded.get('360000')).toMatchObject({ label: { color: '#FFFFFF' } });
    const light = tileMapOption([{ ...TILES[0], value: 0.05 }], rate, 'zh', caption('zh'));
    expect(seriesOf(light)[0].data[0].label.color).toBe(INK.text);
  });

  test('the whole grid: 34 tiles in two series, no two on one cell', () => {
    const tiles = PROVINCE_TILES.map((t, i) => ({ ...t, name: t.zh, value: i % 3 ? i / 40 : null, base: 100 }));
    const o = tileMapOption(tiles, rate, 'zh', caption('zh'));
    const cells = seriesOf(o).flatMap((s) => s.data.map((d: { value: number[] }) => `${d.value[0]},${d.value[1]}`));
    expect(cells).toHaveLength(34);
    expect(new Set(cells).size).toBe(34);
    expect((o.xAxis as { data: string[] }).data).toHaveLength(7);
    expect((o.yAxis as { data: string[]; inverse: boolean }).inverse).toBe(true);
  });
});

describe('scale colours', () => {
  test('the ends and the middle of the scale are its stops', () => {
    expect(scaleColor(0)).toBe(TILE_SCALE[0]);
    expect(scaleColor(0.5)).toBe(TILE_SCALE[1]);
    expect(scaleColor(1)).toBe(TILE_SCALE[2]);
    expect(scaleColor(2)).toBe(TILE_SCALE[2]);
  });

  test('ink contrasts with its fill', () => {
    expect(inkOn(TILE_SCALE[0])).toBe(INK.text);
    expect(inkOn(TILE_SCALE[2])).toBe('#FFFFFF');
  });
});
