/**
 * The title and the caption block every chart carries inside itself, so an exported PNG or SVG
 * still says what it shows, for which filters, as of when, and from what source.
 */
import type { EChartsOption } from 'echarts';
import type { Locale } from '../format/locale';
import { CHART_LABELS } from '../i18n/chart-text';
import { INK } from './palette';

/** Noto first: the server has fonts-noto-cjk; browsers fall back to their own CJK fonts. */
export const FONT_FAMILY = "Noto Sans CJK SC, 'Noto Sans SC', 'Microsoft YaHei', sans-serif";

export interface ChartCaption {
  title: string;
  /** The view's filters in words (see describeFilters). */
  filters: string;
  /** When the data was compiled, already formatted for the locale. */
  dataDate: string;
  /** What follows "数据来源：" / "Source: "; defaults to the annual reports, compiled by Nianbao Lens. */
  source?: string;
  /** Extra lines a builder or caller adds (what is left out, n, how a statistic was computed). */
  notes?: readonly string[];
}

export const CAPTION_FONT_SIZE = 11;
export const CAPTION_LINE_HEIGHT = 16;
const CAPTION_PAD = 10;
const CAPTION_LEFT = 16;

/** The caption's lines from top to bottom: filters, notes, data date, source. */
export function captionLines(caption: ChartCaption, locale: Locale): { id: string; text: string }[] {
  const L = CHART_LABELS;
  return [
    { id: 'caption-filters', text: `${L.filters[locale]}${caption.filters}` },
    ...(caption.notes ?? []).map((text, i) => ({ id: `caption-note-${i}`, text })),
    { id: 'caption-date', text: `${L.dataDate[locale]}${caption.dataDate}` },
    { id: 'caption-source', text: `${L.source[locale]}${caption.source ?? L.defaultSource[locale]}` },
  ];
}

/** The height the caption takes at the bottom of the chart, padding included. */
export function captionHeight(caption: ChartCaption, locale: Locale): number {
  return captionLines(caption, locale).length * CAPTION_LINE_HEIGHT + CAPTION_PAD;
}

type Grid = Record<string, unknown> & { bottom?: unknown };

function raiseGrid(grid: Grid, by: number): Grid {
  const own = typeof grid.bottom === 'number' ? grid.bottom : 40;
  return { ...grid, bottom: own + by };
}

function asArray<T>(x: T | T[] | undefined): T[] {
  if (x === undefined) return [];
  return Array.isArray(x) ? x : [x];
}

/**
 * Adds the font, the title, and the caption as graphic text at the bottom, and raises every grid's
 * bottom margin by the caption's height. The option's own graphic elements are kept.
 */
export function withCaption(option: EChartsOption, caption: ChartCaption, locale: Locale): EChartsOption {
  const lines = captionLines(caption, locale);
  const height = captionHeight(caption, locale);
  const captionGraphic = lines.map((line, i) => ({
    type: 'text' as const,
    id: line.id,
    left: CAPTION_LEFT,
    bottom: CAPTION_PAD / 2 + (lines.length - 1 - i) * CAPTION_LINE_HEIGHT,
    silent: true,
    style: {
      text: line.text,
      fill: INK.caption,
      fontSize: CAPTION_FONT_SIZE,
      fontFamily: FONT_FAMILY,
    },
  }));
  const grids = asArray(option.grid as Grid | Grid[] | undefined);
  return {
    ...option,
    textStyle: { ...(option.textStyle as object | undefined), fontFamily: FONT_FAMILY },
    title: {
      left: CAPTION_LEFT,
      top: 12,
      textStyle: { fontSize: 16, fontWeight: 'bold', color: INK.text, fontFamily: FONT_FAMILY },
      ...(option.title as object | undefined),
      text: caption.title,
    },
    aria: { enabled: true, label: { description: sentences([caption.title, ...lines.map((l) => l.text)], locale) } },
    grid: (grids.length
      ? Array.isArray(option.grid)
        ? grids.map((g) => raiseGrid(g, height))
        : raiseGrid(grids[0], height)
      : { bottom: 40 + height }) as EChartsOption['grid'],
    graphic: [
      ...asArray(option.graphic as object | object[] | undefined),
      ...captionGraphic,
    ] as EChartsOption['graphic'],
  };
}

/** Lines read as one text for a screen reader: each ends with one full stop, never two ("。。"). */
export function sentences(lines: readonly string[], locale: Locale): string {
  const stop = locale === 'zh' ? '。' : '.';
  return lines
    .map((l) => l.trim().replace(/[。.；;：:，,\s]+$/u, ''))
    .filter((l) => l !== '')
    .map((l) => l + stop)
    .join(locale === 'zh' ? '' : ' ');
}
