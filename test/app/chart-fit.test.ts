/**
 * app/ui/chart-fit.ts on the chart builders' own options: at a desktop's width nothing changes; at a phone's
 * a long title, caption line or note wraps and moves what lies below it, extra legend rows push the plot down,
 * and category labels wrap to their band. Text is measured by a fixed rule (a CJK character is one font size
 * wide, anything else 0.6 of it), so the expectations do not depend on fonts.
 */
import type { EChartsOption } from 'echarts';
import { describe, expect, test } from 'vitest';
import { fitToWidth, lineCount, type MeasureText } from '../../app/ui/chart-fit';
import { rankedBarOption } from '../../lib/charts/ranked-bar';
import { reviewLitigationOption } from '../../lib/charts/review-litigation';
import { tileMapOption } from '../../lib/charts/tile-map';
import { trendLineOption } from '../../lib/charts/trend-line';
import { metricById } from '../../lib/metrics/dictionary';
import { PROVINCE_TILES } from '../../lib/regions/tile-grid';
import { allOptions, caption, REVIEW, TREND } from '../charts/samples';

const measure: MeasureText = (text, font) => {
  const size = Number(/(\d+)px/.exec(font)?.[1] ?? 12);
  return [...text].reduce((w, ch) => w + (/[\u2e80-\uffef]/u.test(ch) ? size : size * 0.6), 0);
};

const part = (o: EChartsOption, key: string): any => (o as any)[key];
const captionGraphics = (o: EChartsOption) =>
  (part(o, 'graphic') as any[]).filter((g) => String(g.id).startsWith('caption-'));

describe('lineCount', () => {
  test.each([
    ['short', 'abc', 100, 1],
    ['Latin wraps between words', 'aaaa bbbb cccc', 70, 2],
    ['CJK wraps between characters', '一二三四五六', 12 * 4, 2],
    ['a newline starts a line', 'a\nb', 100, 2],
  ])('%s', (_, text, width, lines) => {
    expect(lineCount(text, width, '12px sans-serif', measure)).toBe(lines);
  });
});

describe('fitToWidth', () => {
  test.each([...allOptions('zh'), ...allOptions('en')])('%s at 1200 px: the very same option', (_, option) => {
    expect(fitToWidth(option, 1200, 420, measure)).toBe(option);
  });

  const longTitle = 'New information requests received by year, by every agency in the view';
  const trend = trendLineOption(TREND, metricById('appsNew'), 'en', caption('en', longTitle));

  test('a title wider than the chart wraps, and the legend and plot move down by its extra lines', () => {
    const fitted = fitToWidth(trend, 340, 420, measure);
    const title = part(fitted, 'title');
    expect(title.text).toBe(longTitle);
    expect(title.textStyle).toMatchObject({ width: 340 - 16 - 12, overflow: 'break' });
    const lines = lineCount(longTitle, 340 - 16 - 12 - 4, `bold 16px x`, measure);
    expect(lines).toBeGreaterThan(1);
    const shift = (lines - 1) * title.textStyle.lineHeight;
    expect(part(fitted, 'legend').top).toBe(part(trend, 'legend').top + shift);
    expect(part(fitted, 'grid').top).toBeGreaterThanOrEqual(part(trend, 'grid').top + shift);
  });

  test('caption lines wider than the chart wrap, stack without overlap, and the plot gives them room', () => {
    const fitted = fitToWidth(trend, 300, 420, measure);
    const lines = captionGraphics(fitted);
    expect(lines.every((g) => g.style.overflow === 'break' && g.style.width === 300 - 16 - 12)).toBe(true);
    // From the bottom up, each line sits above the lines below it, wrapped lines included.
    const bottoms = lines.map((g) => g.bottom);
    expect([...bottoms].sort((a, b) => b - a)).toEqual(bottoms);
    expect(bottoms[0]).toBeGreaterThan(captionGraphics(trend)[0].bottom);
    const counts = lines.map((g) => lineCount(g.style.text, 300 - 16 - 12 - 4, '11px x', measure));
    const extra = counts.reduce((sum, n) => sum + n - 1, 0) * 16;
    expect(extra).toBeGreaterThan(0);
    expect(part(fitted, 'grid').bottom).toBe(part(trend, 'grid').bottom + extra);
  });

  test('a legend of several rows pushes the plot below its last row', () => {
    const review = reviewLitigationOption(REVIEW, 'en', caption('en', 'Review'));
    const fitted = fitToWidth(review, 200, 420, measure);
    const legend = part(fitted, 'legend');
    expect(part(fitted, 'grid').top).toBeGreaterThanOrEqual(legend.top + 2 * 20);
  });

  test("category labels too wide for their band wrap, and none is hidden by ECharts' own thinning", () => {
    const review = reviewLitigationOption(REVIEW, 'en', caption('en', 'Review'));
    const axis = part(fitToWidth(review, 340, 420, measure), 'xAxis');
    expect(axis.axisLabel).toMatchObject({ interval: 0, overflow: 'break' });
    // Never narrower than its longest word, which ECharts would cut in two.
    expect(axis.axisLabel.width).toBeGreaterThanOrEqual(measure('Administrative', '12px x'));
    // Narrower than the longest label's first line ('Litigation after review'), so that one wraps.
    expect(axis.axisLabel.width).toBeLessThan(measure('Litigation after review', '12px x'));
  });

  test('names down a ranking take at most half the width: wrapped where rows are tall, cut where thin', () => {
    const ranking = (n: number) =>
      rankedBarOption(
        Array.from({ length: n }, (_, i) => ({
          name: `宁夏回族自治区吴忠市科学技术局${i}`,
          code: `64030${i}`,
          value: i,
        })),
        metricById('appsNew'),
        'zh',
        caption('zh', '排名'),
      );
    const labels = (n: number) => part(fitToWidth(ranking(n), 340, 460, measure), 'yAxis').axisLabel;
    expect(labels(3)).toMatchObject({ width: 170, overflow: 'break' });
    expect(labels(15)).toMatchObject({ width: 170, overflow: 'truncate' });
    // Names that fit are left alone.
    const short = rankedBarOption(
      [{ name: '嘉兴市', code: '330400', value: 3 }],
      metricById('appsNew'),
      'zh',
      caption('zh', '排名'),
    );
    expect(fitToWidth(short, 340, 460, measure)).toBe(short);
  });

  test("a tile map's names wider than their cell are a point smaller and cut; names that fit are left alone", () => {
    const tiles = (lang: 'zh' | 'en') =>
      tileMapOption(
        PROVINCE_TILES.map((t) => ({ ...t, name: t[lang], value: 0.5, base: 100 })),
        metricById('disclosureRate'),
        lang,
        caption(lang, lang === 'zh' ? '公开率' : 'Rate'),
      );
    // 340 px less 16 px each side, over 7 columns: 44 px a cell, 40 px of room. 'Heilongjiang' is 79 px at 11 px.
    const en = tiles('en');
    const [shaded, grey] = part(fitToWidth(en, 340, 460, measure), 'series');
    expect(shaded.label).toMatchObject({ fontSize: 10, width: 40, overflow: 'truncate' });
    // The grey series (empty here) has nothing too wide: the very same.
    expect(grey).toBe(part(en, 'series')[1]);
    // 内蒙古 is 33 px at 11 px: the Chinese names fit.
    const zh = tiles('zh');
    expect(part(fitToWidth(zh, 340, 460, measure), 'series')).toBe(part(zh, 'series'));
  });

  test("a tile map's scale moves down with a wrapped title, as its grid does", () => {
    const long = tileMapOption(
      [{ code: '330000', name: 'Zhejiang', row: 0, column: 0, value: 0.5, base: 100 }],
      metricById('disclosureRate'),
      'en',
      caption('en', 'Share of requests disclosed in full, by province, across every agency in the view'),
    );
    const fitted = fitToWidth(long, 340, 460, measure);
    const shift = part(fitted, 'grid').top - part(long, 'grid').top;
    expect(shift).toBeGreaterThan(0);
    expect(part(fitted, 'visualMap')[0].top).toBe(part(long, 'visualMap')[0].top + shift);
  });

  test('an empty chart note wider than the chart wraps, centred', () => {
    const empty = reviewLitigationOption(
      {
        review: { upheld: 0, corrected: 0, other: 0, pending: 0 },
        litigationDirect: { upheld: 0, corrected: 0, other: 0, pending: 0 },
        litigationAfterReview: { upheld: 0, corrected: 0, other: 0, pending: 0 },
      },
      'en',
      caption('en', 'Review'),
    );
    const note = (part(fitToWidth(empty, 240, 420, measure), 'graphic') as any[]).find((g) => !g.id);
    expect(note.style).toMatchObject({ width: 240 - 48, overflow: 'break', align: 'center' });
  });
});
