/**
 * Axes and layout the builders share. Options stay plain data (no formatter functions) so a server
 * component can hand them to the client chart and the export route can take them as JSON; axis
 * labels therefore use ECharts' '{value}' templates, and 万/亿 come from scaling the plotted values.
 */
import { pick, type Locale } from '../format/locale';
import { zhAxisUnit } from '../format/number';
import { METRIC_TEXT } from '../i18n/metric-text';
import type { MetricDefinition } from '../metrics/types';
import { INK } from './palette';

/** Top margin leaves room for the title and one legend row; the caption is added by withCaption. */
export const GRID = {
  left: 16,
  right: 32,
  top: 76,
  bottom: 16,
  outerBoundsMode: 'same',
  outerBoundsContain: 'all',
} as const;

export const LEGEND = { top: 40, left: 16, itemWidth: 14, itemHeight: 10 } as const;

/** A rate (0.853) as the plotted percent (85.3), rounded to 0.01 points so no float noise reaches a label. */
export function toPercent(r: number): number {
  return Math.round(r * 10000) / 100;
}

const AXIS_STYLE = {
  axisLine: { lineStyle: { color: INK.axis } },
  splitLine: { lineStyle: { color: '#E5E5E5' } },
} as const;

/** A 0–100 % value axis: rates are always shown on the full scale, so small differences are not blown up. */
export function percentAxis(): Record<string, unknown> {
  return { type: 'value', min: 0, max: 100, axisLabel: { formatter: '{value}%' }, ...AXIS_STYLE };
}

export interface CountScale {
  /** Plot value = count ÷ divisor. */
  divisor: number;
  axis: Record<string, unknown>;
}

/** Amounts name their unit on the axis; counts and rates need none. */
const NAMED_UNITS = new Set<MetricDefinition['unit']>(['yuan', '10k-yuan']);

/**
 * A value axis for counts or amounts whose largest value is `max`. In zh, from 10,000 the values are
 * plotted in 万 (or 亿) and the labels read '1.2万', as formatAxisCount writes them; en keeps 12,345.
 * Amounts already in 万元 are not scaled again.
 */
export function countScale(max: number, locale: Locale, unit: MetricDefinition['unit'] = 'count'): CountScale {
  const zhUnit = locale === 'zh' && unit !== '10k-yuan' ? zhAxisUnit(Math.abs(max)) : null;
  const unitName = NAMED_UNITS.has(unit) ? pick(locale, METRIC_TEXT).units[unit] : undefined;
  return {
    divisor: zhUnit?.divisor ?? 1,
    axis: {
      type: 'value',
      ...(unit === 'count' && !zhUnit ? { minInterval: 1 } : {}),
      axisLabel: { formatter: zhUnit ? `{value}${zhUnit.suffix}` : '{value}' },
      ...(unitName ? { name: unitName, nameGap: 8 } : {}),
      ...AXIS_STYLE,
    },
  };
}

/** Plot value for a number on a count axis, rounded so 万-scaled values carry no float noise. */
export function scaled(n: number, divisor: number): number {
  return divisor === 1 ? n : Math.round((n / divisor) * 1e6) / 1e6;
}

export function maxOf(values: readonly (number | null)[]): number {
  return values.reduce<number>((m, v) => (v !== null && v > m ? v : m), 0);
}
