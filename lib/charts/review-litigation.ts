/**
 * Table 4: what became of administrative reviews and lawsuits against the agency, one stacked bar per
 * proceeding. Counts, not shares: these are a handful of cases, and a share of 2 would mislead.
 */
import type { BarSeriesOption, EChartsOption } from 'echarts';
import { formatCount } from '../format/number';
import type { Locale } from '../format/locale';
import { countScale, GRID, LEGEND, scaled } from './axis';
import { withCaption, type ChartCaption } from './caption';
import { CHART_LABELS } from '../i18n/chart-text';
import { emptyNote, withUnit } from './labels';
import { INK, RESULT_COLORS, RESULT_KEYS, type ResultKey } from './palette';

export type ProceedingResults = Record<ResultKey, number | null>;

export interface ReviewLitigationData {
  review: ProceedingResults;
  litigationDirect: ProceedingResults;
  litigationAfterReview: ProceedingResults;
}

const PROCEEDINGS = ['review', 'litigationDirect', 'litigationAfterReview'] as const;

/** Sum of the known results; null when none is known. */
export function proceedingTotal(p: ProceedingResults): number | null {
  const known = RESULT_KEYS.map((k) => p[k]).filter((v): v is number => v !== null);
  return known.length ? known.reduce((a, b) => a + b, 0) : null;
}

export function reviewLitigationOption(
  data: ReviewLitigationData,
  locale: Locale,
  caption: ChartCaption,
): EChartsOption {
  const L = CHART_LABELS;
  const colon = locale === 'zh' ? '：' : ': ';
  const totals = PROCEEDINGS.map((p) => proceedingTotal(data[p]));
  const scale = countScale(Math.max(0, ...totals.map((t) => t ?? 0)), locale);

  const tooltip = (p: (typeof PROCEEDINGS)[number], hovered: ResultKey) =>
    [
      `<b>${L.proceedings[p][locale]}</b>`,
      ...RESULT_KEYS.map((k) => {
        const v = data[p][k];
        const line = `${L.results[k][locale]}${colon}${v === null ? L.noData[locale] : withUnit(formatCount(v, locale), locale)}`;
        return k === hovered ? `<b>${line}</b>` : line;
      }),
    ].join('<br/>');

  const series: BarSeriesOption[] = RESULT_KEYS.map((k) => ({
    type: 'bar',
    name: L.results[k][locale],
    stack: 'results',
    color: RESULT_COLORS[k],
    barMaxWidth: 56,
    label: { show: true, position: 'inside', color: k === 'pending' ? INK.text : '#FFFFFF', fontSize: 11 },
    data: PROCEEDINGS.map((p) => {
      const v = data[p][k];
      // A zero draws nothing and its label would sit on the next segment; the tooltip still lists it.
      if (v === null || v === 0) return null;
      return {
        value: scaled(v, scale.divisor),
        label: { formatter: formatCount(v, locale) },
        tooltip: { formatter: tooltip(p, k) },
      };
    }),
  }));

  const categories = PROCEEDINGS.map((p, i) => {
    const t = totals[i];
    const sub = t === null ? L.noData[locale] : withUnit(formatCount(t, locale), locale);
    return `${L.proceedings[p][locale]}\n${sub}`;
  });
  const unknownParts = PROCEEDINGS.filter((p, i) => totals[i] !== null && RESULT_KEYS.some((k) => data[p][k] === null));
  const notes = unknownParts.length
    ? [L.partResultsNote[locale](unknownParts.map((p) => L.proceedings[p][locale]).join(locale === 'zh' ? '、' : ', '))]
    : [];

  return withCaption(
    {
      tooltip: { trigger: 'item', confine: true },
      legend: { ...LEGEND, data: RESULT_KEYS.map((k) => L.results[k][locale]) },
      grid: { ...GRID },
      xAxis: {
        type: 'category',
        data: categories,
        // Two lines (the proceeding, its total): ECharts' default spacing lets them touch.
        axisLabel: { lineHeight: 16 },
        axisTick: { show: false },
        axisLine: { lineStyle: { color: INK.axis } },
      },
      yAxis: scale.axis,
      series,
      ...(totals.every((t) => t === 0) ? { graphic: [emptyNote(L.noProceedings[locale])] } : {}),
    },
    { ...caption, notes: [...(caption.notes ?? []), ...notes] },
    locale,
  );
}
