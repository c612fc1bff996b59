/** Values over report years, one line per agency or group; a missing year is a gap, never a zero. */
import type { EChartsOption, LineSeriesOption } from 'echarts';
import { formatCount } from '../format/number';
import { rateWithBase, SMALL_BASE } from '../format/rate-base';
import type { Locale } from '../format/locale';
import { isRate } from '../metrics/dictionary';
import type { MetricDefinition } from '../metrics/types';
import { countScale, GRID, LEGEND, maxOf, percentAxis, scaled, toPercent } from './axis';
import { withCaption, type ChartCaption } from './caption';
import { CHART_LABELS } from '../i18n/chart-text';
import { escapeHtml } from './labels';
import { INK, SERIES_COLORS } from './palette';

export interface TrendSeries {
  name: string;
  /** `base`: for a rate, the count it rests on, said in the tooltip and marked when small. */
  points: { year: number; value: number | null; base?: number | null }[];
}

/** Every year from the first to the last seen, so a year nobody reported still takes its place on the axis. */
export function yearSpan(series: readonly TrendSeries[]): number[] {
  const years = series.flatMap((s) => s.points.map((p) => p.year));
  if (years.length === 0) return [];
  const [first, last] = [Math.min(...years), Math.max(...years)];
  return Array.from({ length: last - first + 1 }, (_, i) => first + i);
}

export function trendLineOption(
  series: readonly TrendSeries[],
  metric: MetricDefinition,
  locale: Locale,
  caption: ChartCaption,
): EChartsOption {
  const years = yearSpan(series);
  const rate = isRate(metric);
  const all = series.flatMap((s) => s.points.map((p) => p.value));
  const scale = rate ? null : countScale(maxOf(all), locale, metric.unit);
  const metricName = locale === 'zh' ? metric.zh : metric.en;
  const colon = locale === 'zh' ? '：' : ': ';

  let few = 0;
  const lines: LineSeriesOption[] = series.map((s, i) => {
    const byYear = new Map(s.points.map((p) => [p.year, p]));
    const color = SERIES_COLORS[i % SERIES_COLORS.length];
    return {
      type: 'line',
      name: s.name,
      connectNulls: false,
      showSymbol: true,
      symbol: 'circle',
      symbolSize: 7,
      color,
      lineStyle: { width: 2 },
      data: years.map((year) => {
        const point = byYear.get(year);
        const v = point?.value;
        if (v === null || v === undefined) return null;
        const withBase = rate ? rateWithBase(v, point?.base, locale) : null;
        const text = withBase ? withBase.rate : formatCount(v, locale);
        if (withBase?.small) few++;
        const base = withBase?.note ? `<br/>${escapeHtml(withBase.note)}` : '';
        return {
          value: rate ? toPercent(v) : scaled(v, scale!.divisor),
          // A point on few cases is drawn hollow, and the caption says how many there are.
          ...(withBase?.small ? { itemStyle: { color: '#fff', borderColor: color, borderWidth: 2 } } : {}),
          tooltip: {
            formatter: `${escapeHtml(s.name)} · ${year}<br/>${escapeHtml(metricName)}${colon}${text}${base}`,
          },
        };
      }),
    };
  });

  const empty = series.filter((s) => s.points.every((p) => p.value === null)).map((s) => s.name);
  const notes = [
    ...(few ? [CHART_LABELS.fewCasesPoints[locale](few, SMALL_BASE)] : []),
    ...(empty.length ? [`${empty.join(locale === 'zh' ? '、' : ', ')}${colon}${CHART_LABELS.noData[locale]}`] : []),
  ];

  return withCaption(
    {
      color: [...SERIES_COLORS],
      tooltip: { trigger: 'item', confine: true },
      legend: { ...LEGEND, data: series.map((s) => s.name) },
      grid: { ...GRID },
      xAxis: {
        type: 'category',
        boundaryGap: years.length === 1,
        data: years.map(String),
        axisLine: { lineStyle: { color: INK.axis } },
      },
      yAxis: rate ? percentAxis() : scale!.axis,
      series: lines,
    },
    { ...caption, notes: [...(caption.notes ?? []), ...notes] },
    locale,
  );
}
