/**
 * How requests ended, one 100 % bar per agency or group: each row is normalised to its own total, so
 * rows of very different sizes compare. A row with nothing known says so; it is not drawn as 0 %.
 */
import type { BarSeriesOption, EChartsOption } from 'echarts';
import { formatCount, formatRate } from '../format/number';
import type { Locale } from '../format/locale';
import { GRID, LEGEND, percentAxis, toPercent } from './axis';
import { withCaption, type ChartCaption } from './caption';
import { CHART_LABELS } from '../i18n/chart-text';
import { countAndShare, escapeHtml, withUnit } from './labels';
import { INK, OUTCOME_COLORS, OUTCOME_KEYS, type OutcomeKey } from './palette';

export type OutcomeRow = { label: string } & Record<OutcomeKey, number | null>;

/** Shares are labelled inside the bar only where the segment is wide enough to hold the text. */
const LABEL_MIN_SHARE = 0.08;

export type RowState = 'complete' | 'partlyKnown' | 'noData' | 'noneHandled';

export interface RowShares {
  state: RowState;
  /** Sum of the known parts. */
  total: number;
  /** Share of each known part in the total; null where the part is unknown or the total is 0. */
  shares: Record<OutcomeKey, number | null>;
}

/** A row's shares of its own known total, and whether that total is complete, partial, empty or zero. */
export function rowShares(row: OutcomeRow): RowShares {
  const known = OUTCOME_KEYS.filter((k) => row[k] !== null);
  const total = known.reduce((sum, k) => sum + (row[k] as number), 0);
  const state: RowState =
    known.length === 0
      ? 'noData'
      : total === 0
        ? 'noneHandled'
        : known.length < OUTCOME_KEYS.length
          ? 'partlyKnown'
          : 'complete';
  const shares = Object.fromEntries(
    OUTCOME_KEYS.map((k) => [k, row[k] === null || total === 0 ? null : (row[k] as number) / total]),
  ) as Record<OutcomeKey, number | null>;
  return { state, total, shares };
}

function rowTooltip(row: OutcomeRow, r: RowShares, hovered: OutcomeKey | null, locale: Locale): string {
  const L = CHART_LABELS;
  const colon = locale === 'zh' ? '：' : ': ';
  const lines = OUTCOME_KEYS.map((k) => {
    const name = L.outcomes[k][locale];
    const text = row[k] === null ? L.noData[locale] : countAndShare(row[k], r.shares[k], locale);
    const line = `${name}${colon}${text}`;
    return k === hovered ? `<b>${line}</b>` : line;
  });
  const total = `${L.total[locale]}${colon}${withUnit(formatCount(r.total, locale), locale)}`;
  return [`<b>${escapeHtml(row.label)}</b>`, ...lines, total].join('<br/>');
}

export function outcomeMixOption(rows: readonly OutcomeRow[], locale: Locale, caption: ChartCaption): EChartsOption {
  const L = CHART_LABELS;
  const computed = rows.map((row) => ({ row, r: rowShares(row) }));

  const outcomeSeries: BarSeriesOption[] = OUTCOME_KEYS.map((k) => ({
    type: 'bar',
    name: L.outcomes[k][locale],
    stack: 'outcomes',
    color: OUTCOME_COLORS[k],
    barMaxWidth: 28,
    label: {
      show: false,
      position: 'inside',
      color: k === 'partial' || k === 'rejected' ? INK.text : '#FFFFFF',
      fontSize: 11,
    },
    data: computed.map(({ row, r }) => {
      const share = r.shares[k];
      if (share === null) return null;
      return {
        value: toPercent(share),
        label: { show: share >= LABEL_MIN_SHARE, formatter: formatRate(share, locale, 0) },
        tooltip: { formatter: rowTooltip(row, r, k, locale) },
      };
    }),
  }));

  // Rows with nothing to divide get a pale full-width bar that says why, instead of an empty line.
  const placeholder: BarSeriesOption = {
    type: 'bar',
    name: L.noData[locale],
    stack: 'outcomes',
    color: INK.noData,
    barMaxWidth: 28,
    label: { show: true, position: 'inside', color: INK.caption, fontSize: 11 },
    data: computed.map(({ row, r }) => {
      if (r.state !== 'noData' && r.state !== 'noneHandled') return null;
      const text = r.state === 'noData' ? L.noData[locale] : L.noneHandled[locale];
      return {
        value: 100,
        label: { formatter: text },
        tooltip: { formatter: `<b>${escapeHtml(row.label)}</b><br/>${text}` },
      };
    }),
  };

  const partly = computed.some(({ r }) => r.state === 'partlyKnown');
  return withCaption(
    {
      tooltip: { trigger: 'item', confine: true },
      legend: { ...LEGEND, data: OUTCOME_KEYS.map((k) => L.outcomes[k][locale]) },
      grid: { ...GRID },
      xAxis: percentAxis(),
      yAxis: {
        type: 'category',
        inverse: true,
        data: computed.map(({ row, r }) => (r.state === 'partlyKnown' ? `${row.label} *` : row.label)),
        axisTick: { show: false },
        axisLine: { lineStyle: { color: INK.axis } },
      },
      series: [...outcomeSeries, placeholder],
    },
    { ...caption, notes: [...(caption.notes ?? []), ...(partly ? [L.partlyKnownNote[locale]] : [])] },
    locale,
  );
}
