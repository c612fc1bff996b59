/**
 * Provinces as a tile grid (lib/regions/tile-grid.ts): one square per province at about where it lies, shaded
 * by one metric, its short name and value written on it. No boundary is drawn, so the picture claims none.
 * A heatmap on two hidden category axes, shaded by a continuous visualMap whose ends say the scale: rates on
 * the full 0–100 % (as every rate axis here), counts from 0 to the largest. Tiles without a value are a second,
 * grey series (with a hidden one-colour visualMap of its own), and say so in their tooltip and in the caption.
 */
import type { EChartsOption, HeatmapSeriesOption } from 'echarts';
import { formatCount } from '../format/number';
import { rateWithBase, SMALL_BASE } from '../format/rate-base';
import { pick, type Locale } from '../format/locale';
import { CHART_LABELS } from '../i18n/chart-text';
import { METRIC_TEXT } from '../i18n/metric-text';
import { TILE_MAP_TEXT } from '../i18n/tile-map-text';
import { isRate } from '../metrics/dictionary';
import type { MetricDefinition } from '../metrics/types';
import { toPercent } from './axis';
import { withCaption, type ChartCaption } from './caption';
import { escapeHtml } from './labels';
import { INK } from './palette';
import { rankItems } from './ranked-bar';

export interface TileValue {
  /** The region's code; each data item carries it, so a click on a tile finds the region. */
  code: string;
  name: string;
  row: number;
  column: number;
  value: number | null;
  /** For a rate, the count it rests on: said in the tooltip, marked on the tile when small. */
  base?: number | null;
}

/** Light to dark blue (ColorBrewer "Blues"): one hue, so order reads the same under any colour-vision deficiency. */
export const TILE_SCALE = ['#C6DBEF', '#4292C6', '#08306B'] as const;
/** Tiles without a value: a neutral grey, unlike any shade of the scale. */
export const NO_DATA_FILL = '#E0E0E0';
const NO_DATA_INK = '#6B6B6B';
const WHITE = '#FFFFFF';

const channels = (hex: string) => [1, 3, 5].map((i) => Number.parseInt(hex.slice(i, i + 2), 16));

/** The scale's colour at `t` (0–1), as the visualMap draws it: linear between the stops. */
export function scaleColor(t: number): string {
  const at = Math.min(Math.max(t, 0), 1) * (TILE_SCALE.length - 1);
  const i = Math.min(Math.floor(at), TILE_SCALE.length - 2);
  const [a, b] = [channels(TILE_SCALE[i]), channels(TILE_SCALE[i + 1])];
  const mixed = a.map((c, k) => Math.round(c + (b[k] - c) * (at - i)));
  return `#${mixed.map((c) => c.toString(16).padStart(2, '0')).join('')}`.toUpperCase();
}

/** WCAG relative luminance. */
function luminance(hex: string): number {
  const [r, g, b] = channels(hex).map((c) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** Dark ink or white, whichever contrasts more with the fill. */
export function inkOn(fill: string): string {
  const l = luminance(fill);
  return 1.05 / (l + 0.05) > (l + 0.05) / (luminance(INK.text) + 0.05) ? WHITE : INK.text;
}

export function tileMapOption(
  tiles: readonly TileValue[],
  metric: MetricDefinition,
  locale: Locale,
  caption: ChartCaption,
): EChartsOption {
  const t = pick(locale, TILE_MAP_TEXT);
  const rate = isRate(metric);
  const colon = locale === 'zh' ? '：' : ': ';
  const metricName = locale === 'zh' ? metric.zh : metric.en;
  const unit = !rate && metric.unit !== 'count' ? ` ${pick(locale, METRIC_TEXT).units[metric.unit]}` : '';
  const byCode = new Map(tiles.map((x) => [x.code, x]));
  const ranked = rankItems(tiles).map((r) => ({ ...r, tile: byCode.get(r.code)! }));
  const withData = ranked.filter((r) => r.value !== null);
  const missing = ranked.filter((r) => r.value === null);
  const max = rate ? 100 : Math.max(1, ...withData.map((r) => r.value!));
  const rows = Math.max(0, ...tiles.map((x) => x.row)) + 1;
  const columns = Math.max(0, ...tiles.map((x) => x.column)) + 1;
  let few = 0;

  const shaded: HeatmapSeriesOption = {
    type: 'heatmap',
    name: metricName,
    label: { show: true, fontSize: 11, lineHeight: 14 },
    itemStyle: { borderColor: WHITE, borderWidth: 2 },
    emphasis: { itemStyle: { borderColor: INK.text, borderWidth: 2 } },
    data: withData.map((r) => {
      const shown = rate ? rateWithBase(r.value, r.base, locale) : null;
      if (shown?.small) few += 1;
      const text = shown ? shown.rate : `${formatCount(r.value, locale)}${unit}`;
      const plotted = rate ? toPercent(r.value!) : r.value!;
      const base = shown?.note ? `<br/>${escapeHtml(shown.note)}` : '';
      return {
        value: [r.tile.column, r.tile.row, plotted],
        code: r.code,
        label: {
          formatter: `${r.name}\n${shown?.small ? `${text}${shown.mark}` : text}`,
          color: inkOn(scaleColor(plotted / max)),
        },
        tooltip: { formatter: `${r.rank}. ${escapeHtml(r.name)}<br/>${escapeHtml(metricName)}${colon}${text}${base}` },
      };
    }),
  };
  const grey: HeatmapSeriesOption = {
    type: 'heatmap',
    name: t.noData,
    label: { show: true, fontSize: 11, lineHeight: 14, color: NO_DATA_INK },
    itemStyle: { borderColor: WHITE, borderWidth: 2 },
    emphasis: { itemStyle: { borderColor: INK.text, borderWidth: 2 } },
    data: missing.map((r) => ({
      value: [r.tile.column, r.tile.row, 0],
      code: r.code,
      label: { formatter: `${r.name}\n—` },
      tooltip: { formatter: `${escapeHtml(r.name)}<br/>${escapeHtml(metricName)}${colon}${t.noData}` },
    })),
  };
  const scaleEnd = (v: number) => (rate ? `${v}%` : `${formatCount(v, locale)}${unit}`);
  const hidden = (n: number) => ({
    type: 'category' as const,
    data: Array.from({ length: n }, (_, i) => String(i)),
    show: false,
  });

  return withCaption(
    {
      tooltip: { trigger: 'item', confine: true },
      // Row 0 holds only 黑龙江 at the right: the scale sits in the empty cells at its left.
      grid: { left: 16, right: 16, top: 48, bottom: 8 },
      xAxis: hidden(columns),
      yAxis: { ...hidden(rows), inverse: true },
      visualMap: [
        {
          type: 'continuous',
          seriesIndex: 0,
          dimension: 2,
          min: 0,
          max,
          calculable: false,
          orient: 'horizontal',
          left: 16,
          top: 52,
          itemWidth: 12,
          itemHeight: 90,
          text: [scaleEnd(max), scaleEnd(0)],
          textGap: 6,
          textStyle: { color: INK.caption, fontSize: 11 },
          inRange: { color: [...TILE_SCALE] },
        },
        // ECharts draws a heatmap only through a visualMap: the grey tiles get their own, one colour, not shown.
        { type: 'continuous', show: false, seriesIndex: 1, min: 0, max: 1, inRange: { color: [NO_DATA_FILL] } },
      ],
      series: [shaded, grey],
    },
    {
      ...caption,
      notes: [
        ...(caption.notes ?? []),
        t.layoutNote,
        ...(few ? [CHART_LABELS.fewCasesBars[locale](few, 'region', SMALL_BASE)] : []),
        ...(missing.length ? [t.noDataTiles(missing.length)] : []),
      ],
    },
    locale,
  );
}
