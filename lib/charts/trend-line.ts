/** Values over report years, one line per agency or group; a missing year is a gap, never a zero. */
import type { EChartsOption, LineSeriesOption } from 'echarts';
import { formatCount, formatRate } from '../format/number';
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
  points: { year: number; value: number | null }[];
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

  const lines: LineSeriesOption[] = series.map((s, i) => {
    const byYear = new Map(s.points.map((p) => [p.year, p.value]));
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
        const v = byYear.get(year);
        if (v === null || v === undefined) return null;
        const text = rate ? formatRate(v, locale) : formatCount(v, locale);
        return {
          value: rate ? toPercent(v) : scaled(v, scale!.divisor),
          tooltip: { formatter: `${escapeHtml(s.name)} · ${year}<br/>${escapeHtml(metricName)}${colon}${text}` },
        };
      }),
    };
  });

  const empty = series.filter((s) => s.points.every((p) => p.value === null)).map((s) => s.name);
  const notes = empty.length
    ? [`${empty.join(locale === 'zh' ? '、' : ', ')}${colon}${CHART_LABELS.noData[locale]}`]
    : [];

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
