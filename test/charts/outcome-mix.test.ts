import { describe, expect, test } from 'vitest';
import { outcomeMixOption, rowShares } from '../../lib/charts/outcome-mix';
import { INK, OUTCOME_COLORS } from '../../lib/charts/palette';
import { caption, graphicTexts, MIX, seriesOf, valueOf } from './samples';

const zh = outcomeMixOption(MIX, 'zh', caption('zh'));
const en = outcomeMixOption(MIX, 'en', caption('en'));

describe('rowShares', () => {
  test.each([
    ['complete', MIX[0], 'complete', 20],
    ['all null', MIX[1], 'noData', 0],
    ['all zero', MIX[2], 'noneHandled', 0],
    ['some null', MIX[3], 'partlyKnown', 8],
  ] as const)('%s → %s, total %d', (_, row, state, total) => {
    expect(rowShares(row)).toMatchObject({ state, total });
  });

  test("shares of the row's own known total; unknown parts stay null", () => {
    expect(rowShares(MIX[3]).shares).toEqual({
      granted: 0.5,
      partial: 0.125,
      denied: null,
      unable: 0.25,
      rejected: 0.125,
      other: 0,
    });
  });
});

describe('outcomeMixOption', () => {
  const [granted, partial, denied, unable, rejected, other, placeholder] = seriesOf(zh);

  test('six stacked outcome series in the outcome palette, then the no-data placeholder', () => {
    expect(seriesOf(zh).map((s) => s.name)).toEqual([
      '予以公开',
      '部分公开',
      '不予公开',
      '无法提供',
      '不予处理',
      '其他处理',
      '无数据',
    ]);
    expect(seriesOf(zh).every((s) => s.type === 'bar' && s.stack === 'outcomes')).toBe(true);
    expect([granted, partial, denied, unable, rejected, other].map((s) => s.color)).toEqual(
      Object.values(OUTCOME_COLORS),
    );
    expect(placeholder.color).toBe(INK.noData);
  });

  test('horizontal: percent x axis, rows on y in the given order', () => {
    expect(zh.xAxis).toMatchObject({ min: 0, max: 100, axisLabel: { formatter: '{value}%' } });
    expect(zh.yAxis).toMatchObject({
      type: 'category',
      inverse: true,
      data: ['嘉兴市科技局', '上高县', '吴忠市', '忻州市 *'],
    });
  });

  test('each row sums to 100 %', () => {
    const sums = MIX.map((_, i) =>
      seriesOf(zh).reduce((sum, s) => sum + ((valueOf(s.data[i]) as number | null) ?? 0), 0),
    );
    sums.forEach((s) => expect(s).toBeCloseTo(100, 6));
  });

  test('an all-null row is "no data", not 0 %; an all-zero row is "none handled"', () => {
    expect(granted.data[1]).toBeNull();
    expect(placeholder.data[1]).toMatchObject({ value: 100, label: { formatter: '无数据' } });
    expect(placeholder.data[2]).toMatchObject({ value: 100, label: { formatter: '无办结申请' } });
    expect(seriesOf(en)[6].data[1].label.formatter).toBe('no data');
    expect(placeholder.data[0]).toBeNull();
  });

  test('shares: plotted in percent, labelled when wide enough', () => {
    expect(granted.data[0]).toMatchObject({ value: 50, label: { show: true, formatter: '50%' } });
    expect(other.data[0]).toMatchObject({ value: 0, label: { show: false } });
  });

  test('tooltip shows counts and shares of the whole row, the hovered outcome in bold', () => {
    expect(granted.data[3].tooltip.formatter).toBe(
      [
        '<b>忻州市</b>',
        '<b>予以公开：4 件（50.0%）</b>',
        '部分公开：1 件（12.5%）',
        '不予公开：无数据',
        '无法提供：2 件（25.0%）',
        '不予处理：1 件（12.5%）',
        '其他处理：0 件（0.0%）',
        '合计：8 件',
      ].join('<br/>'),
    );
    expect(seriesOf(en)[1].data[0].tooltip.formatter).toContain('<b>Partly disclosed: 3 (15.0%)</b>');
  });

  test('a row with some outcomes unknown is starred and explained in the caption', () => {
    expect(denied.data[3]).toBeNull();
    expect(graphicTexts(zh)).toContain('* 部分办理结果无数据，占比按已知结果计算。');
    expect(graphicTexts(outcomeMixOption([MIX[0]], 'zh', caption('zh'))).join()).not.toContain('*');
  });

  test('legend: the six outcomes only', () => {
    expect((en.legend as { data: string[] }).data).toEqual([
      'Disclosed',
      'Partly disclosed',
      'Refused',
      'Unable to provide',
      'Not processed',
      'Other handling',
    ]);
  });
});
