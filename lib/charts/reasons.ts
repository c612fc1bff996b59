/**
 * Why requests were refused, could not be answered or were not processed: one bar per table-3 reason
 * row, coloured by its outcome, largest first. Reasons with no value are left out and named in the caption.
 */
import type { BarSeriesOption, EChartsOption } from 'echarts';
import { formatCount } from '../format/number';
import type { Locale } from '../format/locale';
import { REASON_METRICS } from '../metrics/definitions/reasons';
import type { CountMetricDefinition } from '../metrics/types';
import { countScale, GRID, LEGEND, maxOf, scaled } from './axis';
import { withCaption, type ChartCaption } from './caption';
import { CHART_LABELS, CHART_WORDS } from '../i18n/chart-text';
import { emptyNote, escapeHtml, withUnit } from './labels';
import { INK, OUTCOME_COLORS } from './palette';

export interface ReasonValue {
  /** A reason metric id from the dictionary, e.g. 'deniedStateSecret'. */
  id: string;
  value: number | null;
}

const REASON_GROUPS = ['denied', 'unable', 'rejected', 'other'] as const;
export type ReasonGroup = (typeof REASON_GROUPS)[number];

const ORDER = new Map(REASON_METRICS.map((m, i) => [m.id as string, i]));

/** The dictionary entry and outcome group of a reason id; throws on an id that is not a table-3 reason. */
export function reasonMetric(id: string): { metric: CountMetricDefinition; group: ReasonGroup } {
  const i = ORDER.get(id);
  if (i === undefined) throw new Error(`not a reason metric: ${id}`);
  const group = REASON_GROUPS.find((g) => id.startsWith(g));
  if (!group) throw new Error(`reason without an outcome group: ${id}`);
  return { metric: REASON_METRICS[i], group };
}

/** The reason's own words without its outcome ('属于国家秘密'), since colour and legend give the outcome. */
export function reasonLabel(metric: CountMetricDefinition, locale: Locale): string {
  const full = locale === 'zh' ? metric.zh : metric.en;
  const sep = locale === 'zh' ? '：' : ': ';
  const at = full.indexOf(sep);
  return at < 0 ? full : full.slice(at + sep.length);
}

const MAX_NAMED = 4;

export function reasonsOption(reasons: readonly ReasonValue[], locale: Locale, caption: ChartCaption): EChartsOption {
  const L = CHART_LABELS;
  const all = reasons.map((r) => ({ ...r, ...reasonMetric(r.id) }));
  const known = all
    .filter((r): r is typeof r & { value: number } => r.value !== null)
    .sort((a, b) => b.value - a.value || ORDER.get(a.id)! - ORDER.get(b.id)!);
  const missing = all.filter((r) => r.value === null).sort((a, b) => ORDER.get(a.id)! - ORDER.get(b.id)!);
  const scale = countScale(maxOf(known.map((r) => r.value)), locale);
  const groups = REASON_GROUPS.filter((g) => known.some((r) => r.group === g));

  const series: BarSeriesOption[] = groups.map((g) => ({
    type: 'bar',
    name: L.outcomes[g][locale],
    // One stack keeps each bar centred on its row: only one group has a value per row.
    stack: 'reasons',
    color: OUTCOME_COLORS[g],
    barMaxWidth: 22,
    label: { show: true, position: 'right', color: INK.text, fontSize: 11 },
    data: known.map((r) => {
      if (r.group !== g) return null;
      const count = withUnit(formatCount(r.value, locale), locale);
      const name = locale === 'zh' ? r.metric.zh : r.metric.en;
      return {
        value: scaled(r.value, scale.divisor),
        label: { formatter: formatCount(r.value, locale) },
        tooltip: { formatter: `${escapeHtml(name)}<br/>${count}` },
      };
    }),
  }));

  const notes: string[] = [];
  if (missing.length) {
    const names = missing.slice(0, MAX_NAMED).map((r) => reasonLabel(r.metric, locale));
    const more = missing.length > MAX_NAMED ? CHART_WORDS.more[locale] : '';
    notes.push(L.reasonsOmitted[locale](missing.length, names.join(locale === 'zh' ? '、' : '; ') + more));
  }

  // Nineteen rows of zeros say less than one sentence.
  const allZero = known.length > 0 && known.every((r) => r.value === 0);
  return withCaption(
    {
      tooltip: { trigger: 'item', confine: true },
      ...(allZero ? { graphic: [emptyNote(L.noReasons[locale])] } : {}),
      legend: { ...LEGEND, data: groups.map((g) => L.outcomes[g][locale]) },
      grid: { ...GRID, right: 48 },
      xAxis: scale.axis,
      yAxis: {
        type: 'category',
        inverse: true,
        data: allZero ? [] : known.map((r) => reasonLabel(r.metric, locale)),
        axisTick: { show: false },
        // Wide enough for the longest reason (要求行政机关确认或重新出具已获取信息) on one line at 12 px: a wrapped label overlaps its neighbour when 19 rows share the height.
        axisLabel: { width: locale === 'zh' ? 220 : 260, overflow: 'break' },
        axisLine: { lineStyle: { color: INK.axis } },
      },
      series: allZero ? [] : series,
    },
    { ...caption, notes: [...(caption.notes ?? []), ...notes] },
    locale,
  );
}
