import { describe, expect, test } from 'vitest';
import { rankedBarOption, rankItems } from '../../lib/charts/ranked-bar';
import { SERIES_COLORS } from '../../lib/charts/palette';
import { metricById } from '../../lib/metrics/dictionary';
import { caption, graphicTexts, RANKED, seriesOf, valueOf } from './samples';

const zh = rankedBarOption(RANKED, metricById('appsNew'), 'zh', caption('zh'));

describe('rankItems', () => {
  test('largest first; ties share a rank and go in pinyin order; no data last', () => {
    expect(rankItems(RANKED).map((r) => [r.rank, r.name, r.code])).toEqual([
      [1, '嘉兴市', '330400'],
      [2, '上高县', '360923'],
      [2, '忻州市', '140900'],
      [null, '吴忠市', '640300'],
    ]);
  });

  test('ranks skip after a tie (1, 2, 2, 4)', () => {
    const r = rankItems([
      { name: 'a', code: '1', value: 3 },
      { name: 'b', code: '2', value: 2 },
      { name: 'c', code: '3', value: 2 },
      { name: 'd', code: '4', value: 1 },
    ]);
    expect(r.map((x) => x.rank)).toEqual([1, 2, 2, 4]);
  });
});

describe('rankedBarOption', () => {
  test('ranked rows on y, no-data rows last and labelled', () => {
    expect(zh.yAxis).toMatchObject({
      type: 'category',
      inverse: true,
      data: ['1. 嘉兴市', '2. 上高县', '2. 忻州市', '吴忠市（无数据）'],
    });
  });

  test('one bar series, nulls draw nothing (not zero)', () => {
    const [s] = seriesOf(zh);
    expect(s.type).toBe('bar');
    expect(s.color).toBe(SERIES_COLORS[0]);
    expect(s.data.map(valueOf)).toEqual([120, 80, 80, null]);
    expect(s.data[0]).toMatchObject({
      label: { formatter: '120' },
      tooltip: { formatter: '1. 嘉兴市<br/>本年新收政府信息公开申请数：120' },
    });
  });

  test('the caption counts the regions without data', () => {
    expect(graphicTexts(zh)).toContain('1 个地区无数据，列于末尾。');
    expect(graphicTexts(rankedBarOption(RANKED, metricById('appsNew'), 'en', caption('en')))).toContain(
      '1 region with no data, listed last.',
    );
  });

  test('the compare chart counts agency-years (or agencies) without data, not regions (issue 18)', () => {
    const two = [...RANKED, { name: 'X', code: '9', value: null }];
    const zhRows = rankedBarOption(two, metricById('appsNew'), 'zh', caption('zh'), 'agency-year');
    expect(graphicTexts(zhRows)).toContain('2 个机构-年度无数据，列于末尾。');
    const enRows = rankedBarOption(two, metricById('appsNew'), 'en', caption('en'), 'agency');
    expect(graphicTexts(enRows)).toContain('2 agencies with no data, listed last.');
  });

  test('rates: percent axis and percent labels', () => {
    const o = rankedBarOption(
      [{ name: 'A', code: '1', value: 0.853 }],
      metricById('disclosureRate'),
      'en',
      caption('en'),
    );
    expect(o.xAxis).toMatchObject({ min: 0, max: 100, axisLabel: { formatter: '{value}%' } });
    expect(seriesOf(o)[0].data[0]).toMatchObject({ value: 85.3, label: { formatter: '85.3%' } });
  });

  test('a rate says what it rests on: n in the tooltip, † on a bar under SMALL_BASE, and the caption says how many (issue 18)', () => {
    const items = [
      { name: '甲', code: '1', value: 1, base: 3 },
      { name: '乙', code: '2', value: 0.5, base: 400 },
      { name: '丙', code: '3', value: null, base: 0 },
    ];
    const o = rankedBarOption(items, metricById('disclosureRate'), 'zh', caption('zh'), 'agency-year');
    const [small, large] = seriesOf(o)[0].data as { label: { formatter: string }; tooltip: { formatter: string } }[];
    expect(small.label.formatter).toBe('100.0% †');
    expect(small.tooltip.formatter).toContain('<br/>基于 3 件，少于 30 件，比率仅供参考');
    expect(large.label.formatter).toBe('50.0%');
    expect(large.tooltip.formatter).toContain('<br/>基于 400 件');
    expect(graphicTexts(o)).toContain('† 1 个机构-年度的比率基于少于 30 件，仅供参考。');
    const en = rankedBarOption(items, metricById('disclosureRate'), 'en', caption('en'), 'agency');
    expect(graphicTexts(en)).toContain('† 1 agency with a rate on fewer than 30 cases; read with care.');
    // No base given (a count metric, or a caller that has none): no note.
    expect(graphicTexts(zh).some((t) => t.includes('†'))).toBe(false);
  });

  test('zh amounts in yuan over 10,000: axis in 万 named 元, labels exact', () => {
    const o = rankedBarOption(
      [{ name: '甲', code: '1', value: 250000 }],
      metricById('procurementAmount'),
      'zh',
      caption('zh'),
    );
    expect(o.xAxis).toMatchObject({ name: '元', axisLabel: { formatter: '{value}万' } });
    expect(seriesOf(o)[0].data[0]).toMatchObject({ value: 25, label: { formatter: '250,000' } });
  });

  test('amounts already in 万元 are not scaled again', () => {
    const o = rankedBarOption([{ name: '甲', code: '1', value: 25000 }], metricById('feesAmount'), 'zh', caption('zh'));
    expect(o.xAxis).toMatchObject({ name: '万元', axisLabel: { formatter: '{value}' } });
    expect(valueOf(seriesOf(o)[0].data[0])).toBe(25000);
  });
});
