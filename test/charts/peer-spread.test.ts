import { describe, expect, test } from 'vitest';
import { jitter, MAX_POINTS, MIN_FOR_BOX, peerSpreadOption } from '../../lib/charts/peer-spread';
import { INK } from '../../lib/charts/palette';
import { fiveNumbers } from '../../lib/charts/quantiles';
import { metricById } from '../../lib/metrics/dictionary';
import { caption, graphicTexts, PEERS, seriesOf } from './samples';

const rate = metricById('disclosureRate');
const zh = peerSpreadOption(PEERS, '嘉兴市科技局', rate, 'zh', caption('zh'));
const en = peerSpreadOption(PEERS, '嘉兴市科技局', rate, 'en', caption('en'));
const byType = (o: ReturnType<typeof peerSpreadOption>, type: string) => seriesOf(o).filter((s) => s.type === type);

describe('peerSpreadOption', () => {
  test('box of the known values (quartiles, min, max) in percent', () => {
    // known: 0.4 0.5 0.6 0.7 0.85 1 → q1 0.525, median 0.65, q3 0.8125
    const [box] = byType(zh, 'boxplot');
    expect(box.data).toEqual([[40, 52.5, 65, 81.25, 100]]);
    expect(box.tooltip.formatter).toContain('中位数：65.0%');
    expect(box.tooltip.formatter).toContain('(n = 6)');
  });

  test('every other peer is a point; nulls dropped', () => {
    const [points] = byType(zh, 'scatter');
    expect(points.data.map((d: { value: number[] }) => d.value[0]).sort((a: number, b: number) => a - b)).toEqual([
      40, 50, 60, 70, 100,
    ]);
    expect(points.data.every((d: { value: number[] }) => Math.abs(d.value[1]) <= 0.3)).toBe(true);
  });

  test('the selected agency: black diamond with its name and value', () => {
    const selected = byType(zh, 'scatter')[1];
    expect(selected).toMatchObject({ name: '嘉兴市科技局', symbol: 'diamond', data: [[85, 0]] });
    expect(selected.itemStyle.color).toBe(INK.selected);
    expect(selected.label).toMatchObject({ show: true, formatter: '嘉兴市科技局：85.0%' });
    expect(byType(en, 'scatter')[1].label.formatter).toBe('嘉兴市科技局: 85.0%');
    // 85 % of a 40–100 % spread: in the right half, so the name goes to the left of the diamond.
    expect(selected.label.position).toBe('left');
    const lowPeers = PEERS.map((p) => (p.agency === '嘉兴市科技局' ? { ...p, value: 0.1 } : p));
    const low = byType(peerSpreadOption(lowPeers, '嘉兴市科技局', rate, 'zh', caption('zh')), 'scatter')[1];
    expect(low.label.position).toBe('right');
  });

  test('n in the caption, with how many had no data', () => {
    expect(graphicTexts(zh)).toContain('n = 6 个机关（另有 1 个无数据）');
    expect(graphicTexts(en)).toContain('n = 6 agencies (1 more with no data)');
    expect(graphicTexts(zh)).toContain('箱体为四分位数（线性插值），须线为最小值和最大值。');
  });

  test('rates on a 0–100 % axis', () => {
    expect(zh.xAxis).toMatchObject({ min: 0, max: 100, axisLabel: { formatter: '{value}%' } });
  });

  test(`more than ${MAX_POINTS} peers: the box and the selected agency, no point each, and the caption says why`, () => {
    const many = Array.from({ length: MAX_POINTS + 1 }, (_, i) => ({
      agency: i === 7 ? '嘉兴市科技局' : '',
      value: i / MAX_POINTS,
    }));
    const o = peerSpreadOption(many, '嘉兴市科技局', rate, 'zh', caption('zh'));
    expect(byType(o, 'boxplot')[0].data).toEqual([[0, 25, 50, 75, 100]]);
    const scatters = byType(o, 'scatter');
    expect(scatters).toHaveLength(1);
    expect(scatters[0]).toMatchObject({ name: '嘉兴市科技局', data: [[1.75, 0]] });
    expect(graphicTexts(o)).toContain(`同类机关多于 ${MAX_POINTS} 个，不逐一画点，只画箱体。`);
    expect(
      byType(peerSpreadOption(many.slice(1), '嘉兴市科技局', rate, 'zh', caption('zh')), 'scatter')[0].data,
    ).toHaveLength(MAX_POINTS - 1);
  });

  test('a large group given as its summary draws the same as given whole', () => {
    const many = Array.from({ length: MAX_POINTS + 1 }, (_, i) => ({
      agency: i === 7 ? '嘉兴市科技局' : '',
      value: i / MAX_POINTS,
    }));
    const whole = peerSpreadOption(many, '嘉兴市科技局', rate, 'zh', caption('zh'));
    const summed = peerSpreadOption(
      { five: fiveNumbers(many.map((m) => m.value)), selectedValue: 7 / MAX_POINTS },
      '嘉兴市科技局',
      rate,
      'zh',
      caption('zh'),
    );
    expect(summed).toEqual(whole);
    const counts = Array.from({ length: MAX_POINTS + 50 }, (_, i) => ({
      agency: i === 3 ? 'A' : '',
      value: (i * 37) % 1000,
    }));
    expect(
      peerSpreadOption(
        { five: fiveNumbers(counts.map((c) => c.value)), selectedValue: 111 },
        'A',
        metricById('appsNew'),
        'en',
        caption('en'),
      ),
    ).toEqual(peerSpreadOption(counts, 'A', metricById('appsNew'), 'en', caption('en')));
    const missing = peerSpreadOption(
      { five: fiveNumbers(counts.map((c) => c.value)), selectedValue: null },
      'B',
      metricById('appsNew'),
      'zh',
      caption('zh'),
    );
    expect(byType(missing, 'scatter')).toHaveLength(0);
    expect(graphicTexts(missing)).toContain('B 不在比较范围内。');
  });

  test(`fewer than ${MIN_FOR_BOX} peers: points only, and the caption says why`, () => {
    const o = peerSpreadOption(PEERS.slice(0, 3), null, rate, 'zh', caption('zh'));
    expect(byType(o, 'boxplot')).toHaveLength(0);
    expect(graphicTexts(o)).toContain('机关少于 5 个，不画箱体。');
  });

  test.each([
    ['吴忠市民政局', '吴忠市民政局：无数据。'],
    ['不存在的机关', '不存在的机关 不在比较范围内。'],
  ])('selected %s without a value is not drawn, and the caption says so', (selected, note) => {
    const o = peerSpreadOption(PEERS, selected, rate, 'zh', caption('zh'));
    expect(byType(o, 'scatter')).toHaveLength(1);
    expect(graphicTexts(o)).toContain(note);
  });

  test('counts: count axis, exact values in tooltips', () => {
    const o = peerSpreadOption(
      [
        { agency: 'A', value: 3 },
        { agency: 'B', value: 12 },
      ],
      'B',
      metricById('appsNew'),
      'en',
      caption('en'),
    );
    expect(o.xAxis).toMatchObject({ type: 'value', axisLabel: { formatter: '{value}' } });
    expect(byType(o, 'scatter')[0].data[0].tooltip.formatter).toBe('A<br/>New information requests received: 3');
    expect(byType(o, 'scatter')[1].data).toEqual([[12, 0]]);
  });

  test('no values at all: n = 0, no box, no points', () => {
    const o = peerSpreadOption([{ agency: 'A', value: null }], null, rate, 'en', caption('en'));
    expect(byType(o, 'boxplot')).toHaveLength(0);
    expect(byType(o, 'scatter')[0].data).toEqual([]);
    expect(graphicTexts(o)).toContain('n = 0 agencies (1 more with no data)');
  });

  test('jitter is deterministic and bounded', () => {
    const offsets = Array.from({ length: 50 }, (_, i) => jitter(i));
    expect(offsets).toEqual(Array.from({ length: 50 }, (_, i) => jitter(i)));
    expect(offsets.every((o) => o >= -0.3 && o <= 0.3)).toBe(true);
    expect(new Set(offsets).size).toBeGreaterThan(40);
  });
});
