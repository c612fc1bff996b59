/** Regions (or agencies) ranked by one metric, largest first: the region page's chart when there is no map. */
import type { BarSeriesOption, EChartsOption } from 'echarts';
import { pinyinCompare } from '../format/collate';
import { formatCount } from '../format/number';
import { rateWithBase, SMALL_BASE } from '../format/rate-base';
import type { Locale } from '../format/locale';
import { isRate } from '../metrics/dictionary';
import type { MetricDefinition } from '../metrics/types';
import { countScale, GRID, maxOf, percentAxis, scaled, toPercent } from './axis';
import { withCaption, type ChartCaption } from './caption';
import { CHART_LABELS, type RankedRows } from '../i18n/chart-text';
import { escapeHtml } from './labels';
import { INK, SERIES_COLORS } from './palette';

export interface RankedItem {
  name: string;
  code: string;
  value: number | null;
  /** For a rate, the count it rests on (its denominator): said in the tooltip, marked when small. */
  base?: number | null;
}

export interface Ranked extends RankedItem {
  /** 1-based; equal values share a rank (1, 2, 2, 4); null for no data. */
  rank: number | null;
}

/**
 * Largest first, ties and no-data rows in pinyin order of name, no-data rows last. The chart draws
 * rows in this order, so a click's dataIndex finds the region's code here.
 */
export function rankItems(items: readonly RankedItem[]): Ranked[] {
  const sorted = [...items].sort((a, b) => {
    if (a.value !== null && b.value !== null) return b.value - a.value || pinyinCompare(a.name, b.name);
    if (a.value === null && b.value === null) return pinyinCompare(a.name, b.name);
    return a.value === null ? 1 : -1;
  });
  let rank = 0;
  return sorted.map((item, i) => {
    if (item.value === null) return { ...item, rank: null };
    if (i === 0 || item.value !== sorted[i - 1].value) rank = i + 1;
    return { ...item, rank };
  });
}

export function rankedBarOption(
  items: readonly RankedItem[],
  metric: MetricDefinition,
  locale: Locale,
  caption: ChartCaption,
  rows: RankedRows = 'region',
): EChartsOption {
  const L = CHART_LABELS;
  const rate = isRate(metric);
  const colon = locale === 'zh' ? '：' : ': ';
  const metricName = locale === 'zh' ? metric.zh : metric.en;
  const ranked = rankItems(items);
  const scale = rate ? null : countScale(maxOf(ranked.map((r) => r.value)), locale, metric.unit);
  const missing = ranked.filter((r) => r.value === null).length;
  const shown = ranked.map((r) => (rate ? rateWithBase(r.value, r.base, locale) : null));
  const few = shown.filter((r) => r?.small).length;

  const bars: BarSeriesOption = {
    type: 'bar',
    name: metricName,
    color: SERIES_COLORS[0],
    barMaxWidth: 22,
    label: { show: true, position: 'right', color: INK.text, fontSize: 11 },
    data: ranked.map((r, i) => {
      if (r.value === null) return null;
      const withBase = shown[i];
      const text = withBase ? withBase.rate : formatCount(r.value, locale);
      // A rate says what it rests on: n in the tooltip, the mark on the bar's label when n is small.
      const base = withBase?.note ? `<br/>${escapeHtml(withBase.note)}` : '';
      return {
        value: rate ? toPercent(r.value) : scaled(r.value, scale!.divisor),
        label: { formatter: withBase?.small ? `${text} ${withBase.mark}` : text },
        tooltip: { formatter: `${r.rank}. ${escapeHtml(r.name)}<br/>${escapeHtml(metricName)}${colon}${text}${base}` },
      };
    }),
  };

  return withCaption(
    {
      tooltip: { trigger: 'item', confine: true },
      grid: { ...GRID, top: 56, right: 56 },
      xAxis: rate ? percentAxis() : scale!.axis,
      yAxis: {
        type: 'category',
        inverse: true,
        // A no-data row keeps its place (last) and says why it is empty.
        data: ranked.map((r) =>
          r.rank === null
            ? locale === 'zh'
              ? `${r.name}（${L.noData[locale]}）`
              : `${r.name} (${L.noData[locale]})`
            : `${r.rank}. ${r.name}`,
        ),
        axisTick: { show: false },
        axisLine: { lineStyle: { color: INK.axis } },
      },
      series: [bars],
    },
    {
      ...caption,
      notes: [
        ...(caption.notes ?? []),
        ...(few ? [L.fewCasesBars[locale](few, rows, SMALL_BASE)] : []),
        ...(missing ? [L.rowsNoData[locale](missing, rows)] : []),
      ],
    },
    locale,
  );
}
