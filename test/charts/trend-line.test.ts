import { describe, expect, test } from 'vitest';
import { trendLineOption, yearSpan } from '../../lib/charts/trend-line';
import { SERIES_COLORS } from '../../lib/charts/palette';
import { metricById } from '../../lib/metrics/dictionary';
import { caption, graphicTexts, seriesOf, TREND, valueOf } from './samples';

const rate = trendLineOption(TREND, metricById('disclosureRate'), 'zh', caption('zh'));

describe('trendLineOption', () => {
  test('years on x: every year from first to last, including one nobody reported', () => {
    expect((rate.xAxis as { data: string[] }).data).toEqual(['2019', '2020', '2021', '2022', '2023']);
    expect(yearSpan([])).toEqual([]);
  });

  test('one line per series, in palette order', () => {
    const s = seriesOf(rate);
    expect(s.map((x) => x.type)).toEqual(['line', 'line']);
    expect(s.map((x) => x.name)).toEqual(['嘉兴市科技局', '上高县教育局']);
    expect(s.map((x) => x.color)).toEqual([SERIES_COLORS[0], SERIES_COLORS[1]]);
  });

  test('nulls and missing years are gaps, never zeros; lines do not bridge them', () => {
    const [first, second] = seriesOf(rate);
    expect(first.connectNulls).toBe(false);
    expect(first.data.map(valueOf)).toEqual([80, null, 90, null, 70]);
    expect(second.data.map(valueOf)).toEqual([50, 60, 65.3, null, null]);
    expect(first.showSymbol).toBe(true); // an isolated year still shows as a point
  });

  test('rates: percent axis 0–100 with % labels, tooltips in percent', () => {
    expect(rate.yAxis).toMatchObject({ type: 'value', min: 0, max: 100, axisLabel: { formatter: '{value}%' } });
    expect(seriesOf(rate)[1].data[2].tooltip.formatter).toBe('上高县教育局 · 2021<br/>公开率：65.3%');
  });

  test('counts: plain axis, exact counts in tooltips', () => {
    const o = trendLineOption(
      [{ name: 'A', points: [{ year: 2020, value: 1234 }] }],
      metricById('appsNew'),
      'en',
      caption('en'),
    );
    expect(o.yAxis).toMatchObject({ type: 'value', minInterval: 1, axisLabel: { formatter: '{value}' } });
    expect(seriesOf(o)[0].data[0]).toMatchObject({
      value: 1234,
      tooltip: { formatter: 'A · 2020<br/>New information requests received: 1,234' },
    });
  });

  test('zh counts from 10,000 are plotted in 万', () => {
    const o = trendLineOption(
      [
        {
          name: '甲',
          points: [
            { year: 2020, value: 12000 },
            { year: 2021, value: 31000 },
          ],
        },
      ],
      metricById('appsNew'),
      'zh',
      caption('zh'),
    );
    expect(o.yAxis).toMatchObject({ axisLabel: { formatter: '{value}万' } });
    expect(seriesOf(o)[0].data.map(valueOf)).toEqual([1.2, 3.1]);
    expect(seriesOf(o)[0].data[0].tooltip.formatter).toContain('12,000');
  });

  test('a series with no values is named in the caption', () => {
    const o = trendLineOption(
      [...TREND, { name: '吴忠市', points: [{ year: 2020, value: null }] }],
      metricById('disclosureRate'),
      'zh',
      caption('zh'),
    );
    expect(graphicTexts(o)).toContain('吴忠市：无数据');
    expect(seriesOf(o)[2].data.every((d: unknown) => d === null)).toBe(true);
  });

  test('names are escaped in tooltips', () => {
    const o = trendLineOption(
      [{ name: 'A<b>', points: [{ year: 2020, value: 0.5 }] }],
      metricById('disclosureRate'),
      'en',
      caption('en'),
    );
    expect(seriesOf(o)[0].data[0].tooltip.formatter).toContain('A&#60;b&#62;');
  });

  test('legend lists the series', () => {
    expect((rate.legend as { data: string[] }).data).toEqual(['嘉兴市科技局', '上高县教育局']);
  });

  test('a rate point says its n in the tooltip; a point on few cases is hollow and the caption counts them (issue 18)', () => {
    const o = trendLineOption(
      [
        {
          name: '嘉兴市科技局',
          points: [
            { year: 2020, value: 1, base: 3 },
            { year: 2021, value: 0.5, base: 120 },
          ],
        },
      ],
      metricById('disclosureRate'),
      'zh',
      caption('zh'),
    );
    const [few, many] = seriesOf(o)[0].data as { itemStyle?: object; tooltip: { formatter: string } }[];
    expect(few.tooltip.formatter).toContain('100.0%<br/>基于 3 件，少于 30 件，比率仅供参考');
    expect(few.itemStyle).toMatchObject({ color: '#fff' });
    expect(many.tooltip.formatter).toContain('50.0%<br/>基于 120 件');
    expect(many.itemStyle).toBeUndefined();
    expect(graphicTexts(o)).toContain('空心点（1 个）的比率基于少于 30 件，仅供参考。');
    expect(graphicTexts(rate).some((t) => t.includes('空心点'))).toBe(false);
  });
});
