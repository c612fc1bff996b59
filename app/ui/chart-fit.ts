/**
 * Fits a chart option, built once for any width (the export draws the same option 1200 px wide), to the
 * width the page draws it at. On a phone a title, a caption line or an empty chart's note wider than the
 * chart wraps and what lies below it moves down; legend rows past the first push the plot down; category
 * labels too long for their place wrap, or end in an ellipsis where a row is too thin for two lines; labels
 * on a heatmap's cells (the tile map) take a smaller font and end in an ellipsis where a cell is too narrow.
 * Nothing changes when everything fits. Pure: the caller says how wide a text is (`MeasureText`).
 */
import type { EChartsOption } from 'echarts';

/** The width in px of `text` drawn in `font`, a CSS font shorthand such as "bold 16px sans-serif". */
export type MeasureText = (text: string, font: string) => number;

// biome-ignore lint/suspicious/noExplicitAny: ECharts' component options are unions too wide to narrow here.
type Part = Record<string, any>;

/** Room kept free at the chart's right edge. */
const EDGE = 12;
/** Text is measured against a slightly narrower room than ECharts wraps it in, so a count errs by a line too many. */
const SLACK = 4;
const LEGEND_ROW = 20;
const LEGEND_GAP = 16;
const CAPTION_LINE = 16;
/** A run of letters that ECharts keeps together; CJK text may wrap between any two characters. */
const LATIN_WORD = /[^\s\u2e80-\uffef]+/gu;

/** The lines `text` takes wrapped at `width`: between words, and between any two CJK characters. */
export function lineCount(text: string, width: number, font: string, measure: MeasureText): number {
  let lines = 0;
  for (const paragraph of text.split('\n')) {
    lines += 1;
    let line = '';
    for (const token of paragraph.match(/[\u2e80-\uffef]|[^\s\u2e80-\uffef]+|\s+/gu) ?? []) {
      const next = line + token;
      if (line.trim() !== '' && measure(next.trimEnd(), font) > width) {
        lines += 1;
        line = token.trimStart();
      } else line = next;
    }
  }
  return lines;
}

const asArray = <T>(x: T | T[] | undefined): T[] => (x === undefined ? [] : Array.isArray(x) ? x : [x]);
const isObject = (x: unknown): x is Part => typeof x === 'object' && x !== null && !Array.isArray(x);

/** `change` applied to one part or to each of an array, keeping the very same value where nothing changed. */
function eachPart(x: unknown, change: (part: unknown) => unknown): unknown {
  if (!Array.isArray(x)) return change(x);
  const changed = x.map(change);
  return changed.every((part, i) => part === x[i]) ? x : changed;
}

function fontOf(style: Part | undefined, family: string, size = 12, weight = 'normal'): string {
  return `${style?.fontWeight ?? weight} ${style?.fontSize ?? size}px ${style?.fontFamily ?? family}`;
}

/** The title wrapped to the chart: the option's new title and how far it pushes what lies below it. */
function fitTitle(title: Part, width: number, family: string, measure: MeasureText) {
  const left = typeof title.left === 'number' ? title.left : 16;
  const room = width - left - EDGE;
  const size = title.textStyle?.fontSize ?? 18;
  const lines = lineCount(
    String(title.text ?? ''),
    room - SLACK,
    fontOf(title.textStyle, family, size, 'bold'),
    measure,
  );
  if (lines <= 1) return { title, shift: 0 };
  const lineHeight = Math.round(size * 1.35);
  return {
    title: { ...title, textStyle: { ...title.textStyle, width: room, overflow: 'break', lineHeight } },
    shift: (lines - 1) * lineHeight,
  };
}

/** The rows a top legend takes: its items, with their marks, laid out left to right and wrapped. */
function legendRows(legend: Part, names: string[], width: number, family: string, measure: MeasureText): number {
  const left = typeof legend.left === 'number' ? legend.left : 16;
  const room = width - left - EDGE - SLACK;
  const gap = legend.itemGap ?? 10;
  const font = fontOf(legend.textStyle, family);
  let rows = 1;
  let used = 0;
  for (const name of names) {
    const item = (legend.itemWidth ?? 25) + 5 + measure(name, font);
    if (used > 0 && used + gap + item > room) {
      rows += 1;
      used = item;
    } else used += (used > 0 ? gap : 0) + item;
  }
  return rows;
}

/** Caption lines (graphic texts 'caption-*', stacked from the bottom) wrapped; returns the extra height they take. */
function fitCaption(graphics: Part[], width: number, family: string, measure: MeasureText) {
  const captions = graphics.filter((g) => String(g.id ?? '').startsWith('caption-'));
  const counts = captions.map((g) => {
    const room = width - (typeof g.left === 'number' ? g.left : 16) - EDGE;
    return lineCount(String(g.style?.text ?? ''), room - SLACK, fontOf(g.style, family, 11), measure);
  });
  const extra = counts.reduce((sum, n) => sum + n - 1, 0) * CAPTION_LINE;
  if (extra === 0) return { graphics, extra };
  const base = typeof captions.at(-1)?.bottom === 'number' ? captions.at(-1)!.bottom : 5;
  const bottoms = new Map<Part, number>();
  let bottom = base;
  for (let i = captions.length - 1; i >= 0; i--) {
    bottoms.set(captions[i], bottom);
    bottom += counts[i] * CAPTION_LINE;
  }
  return {
    extra,
    graphics: graphics.map((g) => {
      const at = bottoms.get(g);
      if (at === undefined) return g;
      const room = width - (typeof g.left === 'number' ? g.left : 16) - EDGE;
      return { ...g, bottom: at, style: { ...g.style, width: room, overflow: 'break', lineHeight: CAPTION_LINE } };
    }),
  };
}

/** Any other text graphic (an empty chart's note) wider than the chart wraps, centred; a fixed `top` moves down. */
function fitNotes(graphics: Part[], width: number, shift: number, family: string, measure: MeasureText): Part[] {
  return graphics.map((g) => {
    if (String(g.id ?? '').startsWith('caption-')) return g;
    const moved = typeof g.top === 'number' && shift ? { ...g, top: g.top + shift } : g;
    const text = g.type === 'text' ? String(g.style?.text ?? '') : '';
    const room = width - 2 * 24;
    if (!text || measure(text, fontOf(g.style, family, 12)) <= room - SLACK) return moved;
    return { ...moved, style: { ...g.style, width: room, overflow: 'break', align: 'center' } };
  });
}

/** A category axis's labels, wrapped (or cut) to the room each label has. */
function fitCategoryAxis(axis: Part, room: number, rowHeight: number, family: string, measure: MeasureText): Part {
  const labels: string[] = (axis.data ?? []).map((d: unknown) => String(isObject(d) ? d.value : d));
  const font = fontOf(axis.axisLabel, family);
  const widest = Math.max(0, ...labels.flatMap((l) => l.split('\n')).map((l) => measure(l, font)));
  if (widest <= room) return axis;
  const overflow = rowHeight >= 2 * CAPTION_LINE ? 'break' : 'truncate';
  const lineHeight = axis.axisLabel?.lineHeight ?? 15;
  // Wrapped between words, never inside one ('Administrati-ve'): the room is at least the longest word.
  const word = Math.max(0, ...labels.flatMap((l) => l.match(LATIN_WORD) ?? []).map((w) => measure(w, font)));
  const width = Math.ceil(overflow === 'break' ? Math.max(room, word + 2) : room);
  return { ...axis, axisLabel: { ...axis.axisLabel, interval: 0, width, overflow, lineHeight } };
}

function fitAxes(axes: unknown, along: 'x' | 'y', width: number, plot: number, family: string, measure: MeasureText) {
  return eachPart(axes, (axis) => {
    if (!isObject(axis) || axis.type !== 'category' || !Array.isArray(axis.data) || axis.data.length === 0) return axis;
    const n = axis.data.length;
    // Across the chart each label has its band; down the chart labels may take at most half the width.
    return along === 'x'
      ? fitCategoryAxis(axis, plot / n - 2, Number.POSITIVE_INFINITY, family, measure)
      : fitCategoryAxis(axis, width * 0.5, plot / n, family, measure);
  });
}

/** Labels on a heatmap's cells, each `cell` px wide: a point smaller, and cut with an ellipsis, when one is wider. */
function fitCellLabels(series: unknown, cell: number, family: string, measure: MeasureText): unknown {
  return eachPart(series, (s) => {
    if (!isObject(s) || s.type !== 'heatmap' || !isObject(s.label) || !s.label.show) return s;
    const room = Math.floor(cell - 4);
    const lines = asArray<unknown>(s.data).flatMap((d) =>
      isObject(d) && isObject(d.label) ? String(d.label.formatter ?? '').split('\n') : [],
    );
    const font = fontOf(s.label, family);
    if (Math.max(0, ...lines.map((l) => measure(l, font))) <= room) return s;
    const fontSize = (s.label.fontSize ?? 12) - 1;
    return { ...s, label: { ...s.label, fontSize, width: room, overflow: 'truncate' } };
  });
}

/** `option` as it fits a chart `width` × `height` px; the same option when it fits already. */
export function fitToWidth(option: EChartsOption, width: number, height: number, measure: MeasureText): EChartsOption {
  const o = option as Part;
  const family: string = o.textStyle?.fontFamily ?? 'sans-serif';
  const out: Part = { ...o };

  let shift = 0;
  if (isObject(o.title)) {
    const fitted = fitTitle(o.title, width, family, measure);
    out.title = fitted.title;
    shift = fitted.shift;
  }

  let plotTop = 0;
  if (isObject(o.legend) && typeof o.legend.top === 'number') {
    const names = asArray<unknown>(o.legend.data ?? asArray(o.series).map((s: Part) => s?.name))
      .map((d) => String(isObject(d) ? d.name : d))
      .filter((name) => name !== 'undefined');
    const top = o.legend.top + shift;
    out.legend = shift ? { ...o.legend, top } : o.legend;
    plotTop = top + legendRows(o.legend, names, width, family, measure) * LEGEND_ROW + LEGEND_GAP;
  }
  // A visualMap placed from the top (the tile map's scale) moves down with the title, as the grid does.
  if (shift && 'visualMap' in o) {
    out.visualMap = eachPart(o.visualMap, (v) =>
      isObject(v) && typeof v.top === 'number' ? { ...v, top: v.top + shift } : v,
    );
  }

  const graphics = asArray<Part>(o.graphic as Part | Part[] | undefined);
  const caption = fitCaption(graphics, width, family, measure);
  const notes = fitNotes(caption.graphics, width, shift, family, measure);
  if (notes.some((g, i) => g !== graphics[i])) out.graphic = notes;

  if ('grid' in o) {
    out.grid = eachPart(o.grid, (g) => {
      if (!isObject(g)) return g;
      const top = typeof g.top === 'number' ? Math.max(g.top + shift, plotTop) : g.top;
      const bottom = typeof g.bottom === 'number' ? g.bottom + caption.extra : g.bottom;
      return top === g.top && bottom === g.bottom ? g : { ...g, top, bottom };
    });
  }

  const grid = asArray<Part>(out.grid as Part | Part[] | undefined)[0] ?? {};
  const num = (v: unknown, fallback: number) => (typeof v === 'number' ? v : fallback);
  // Less a y axis's labels, which may be short (0, 1, 2) or none.
  const plotWidth = width - num(grid.left, 16) - num(grid.right, 32) - 24;
  const plotHeight = height - num(grid.top, 60) - num(grid.bottom, 60);
  if ('xAxis' in o) out.xAxis = fitAxes(o.xAxis, 'x', width, plotWidth, family, measure);
  if ('yAxis' in o) out.yAxis = fitAxes(o.yAxis, 'y', width, plotHeight, family, measure);
  const columns = asArray<Part>(o.xAxis as Part | Part[] | undefined)[0]?.data?.length ?? 0;
  if (columns > 0 && 'series' in o) {
    const cell = (width - num(grid.left, 16) - num(grid.right, 32)) / columns;
    out.series = fitCellLabels(o.series, cell, family, measure);
  }

  const same = Object.keys(out).every((k) => out[k] === o[k]);
  return same ? option : (out as EChartsOption);
}
