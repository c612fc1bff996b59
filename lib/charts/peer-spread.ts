/**
 * Where one agency stands among its peers: every peer as a jittered point (up to MAX_POINTS peers), the
 * quartiles as a box (from 5 peers up), and the selected agency as a large black diamond with its name.
 * n is in the caption. A group above MAX_POINTS may come as its summary alone (PeerSummaryInput).
 */
import type { BoxplotSeriesOption, EChartsOption, ScatterSeriesOption } from 'echarts';
import { formatCount, formatRate } from '../format/number';
import type { Locale } from '../format/locale';
import { isRate } from '../metrics/dictionary';
import type { MetricDefinition } from '../metrics/types';
import { countScale, GRID, percentAxis, scaled, toPercent } from './axis';
import { withCaption, type ChartCaption } from './caption';
import { CHART_LABELS } from '../i18n/chart-text';
import { escapeHtml } from './labels';
import { INK } from './palette';
import { fiveNumbers, type FiveNumbers } from './quantiles';

export interface PeerValue {
  /** Shown in a point's tooltip; only the selected agency's is needed above MAX_POINTS peers. */
  agency: string;
  value: number | null;
}

/** A group too large to draw point by point, summed up by the database: its five numbers and the selected agency's value. */
export interface PeerSummaryInput {
  five: FiveNumbers | null;
  /** null: the selected agency has no value in the group. */
  selectedValue: number | null;
}

/** Fewer peers than this get points only: quartiles of three numbers suggest more than they say. */
export const MIN_FOR_BOX = 5;
const JITTER = 0.3;
/**
 * More peers than this get the box without a point each: a large type has tens of thousands of agencies
 * in a year, which would be megabytes of chart for a cloud nobody can read.
 */
export const MAX_POINTS = 400;

/** A fixed, evenly spread vertical offset in [−JITTER, JITTER] for the i-th point (golden-ratio sequence). */
export function jitter(i: number): number {
  const frac = (i * 0.6180339887) % 1;
  return Math.round((frac - 0.5) * 2 * JITTER * 1000) / 1000;
}

export function peerSpreadOption(
  peers: readonly PeerValue[] | PeerSummaryInput,
  selected: string | null,
  metric: MetricDefinition,
  locale: Locale,
  caption: ChartCaption,
): EChartsOption {
  const L = CHART_LABELS;
  const rate = isRate(metric);
  const colon = locale === 'zh' ? '：' : ': ';
  const metricName = locale === 'zh' ? metric.zh : metric.en;
  const summary = isSummary(peers) ? peers : null;
  const values = isSummary(peers) ? [] : peers;
  const known = values.filter((v): v is PeerValue & { value: number } => v.value !== null && Number.isFinite(v.value));
  const stats = summary ? summary.five : fiveNumbers(known.map((v) => v.value));
  const scale = rate ? null : countScale(Math.max(0, stats?.max ?? 0), locale, metric.unit);
  const plot = (v: number) => (rate ? toPercent(v) : scaled(v, scale!.divisor));
  const text = (v: number) => (rate ? formatRate(v, locale) : formatCount(v, locale));

  const points: ScatterSeriesOption | null =
    summary || known.length > MAX_POINTS
      ? null
      : {
          type: 'scatter',
          name: metricName,
          yAxisIndex: 1,
          symbolSize: 8,
          itemStyle: { color: INK.point, opacity: 0.75, borderColor: '#FFFFFF', borderWidth: 0.5 },
          // Sorted first, so neighbours in value get offsets far apart and do not stack up.
          data: known
            .filter((v) => v.agency !== selected)
            .sort((a, b) => a.value - b.value)
            .map((v, i) => ({
              value: [plot(v.value), jitter(i)],
              tooltip: { formatter: `${escapeHtml(v.agency)}<br/>${escapeHtml(metricName)}${colon}${text(v.value)}` },
            })),
        };

  const series: (BoxplotSeriesOption | ScatterSeriesOption)[] = [];
  const notes = [L.peerN[locale](stats?.n ?? 0, values.length - known.length)];
  if (stats && stats.n >= MIN_FOR_BOX) {
    const q = L.quartiles;
    const five = [stats.min, stats.q1, stats.median, stats.q3, stats.max];
    const rows = (['min', 'q1', 'median', 'q3', 'max'] as const).map(
      (k, i) => `${q[k][locale]}${colon}${text(five[i])}`,
    );
    series.push({
      type: 'boxplot',
      name: metricName,
      yAxisIndex: 0,
      boxWidth: ['40%', '40%'],
      itemStyle: { color: INK.box, borderColor: '#4A5B70', opacity: 0.6 },
      tooltip: { formatter: [`<b>${escapeHtml(metricName)}</b> (n = ${stats.n})`, ...rows].join('<br/>') },
      data: [five.map(plot)],
    });
    notes.push(L.boxNote[locale]);
  } else if (known.length > 0) {
    notes.push(L.tooFewForBox[locale]);
  }
  if (points) series.push(points);
  else notes.push(L.tooManyForPoints[locale](MAX_POINTS));

  if (selected !== null) {
    const hit = summary
      ? summary.selectedValue === null
        ? undefined
        : { value: summary.selectedValue }
      : values.find((v) => v.agency === selected);
    if (!hit) notes.push(L.selectedMissing[locale](selected));
    else if (hit.value === null) notes.push(L.selectedNoData[locale](selected));
    else {
      const label = `${selected}${colon}${text(hit.value)}`;
      series.push({
        type: 'scatter',
        name: selected,
        yAxisIndex: 1,
        symbol: 'diamond',
        symbolSize: 18,
        z: 10,
        itemStyle: { color: INK.selected, borderColor: '#FFFFFF', borderWidth: 1 },
        // Beside the diamond, on the side with room: centred above it, a name near an end was cut off.
        label: {
          show: true,
          position: nearRightEnd(hit.value, stats, rate) ? 'left' : 'right',
          distance: 10,
          color: INK.selected,
          fontWeight: 'bold',
          fontSize: 12,
          formatter: label,
        },
        tooltip: { formatter: escapeHtml(label) },
        data: [[plot(hit.value), 0]],
      });
    }
  }

  return withCaption(
    {
      tooltip: { trigger: 'item', confine: true },
      grid: { ...GRID, top: 56, right: 40 },
      xAxis: rate ? percentAxis() : scale!.axis,
      yAxis: [
        { type: 'category', data: [metricName], show: false },
        { type: 'value', min: -1, max: 1, show: false },
      ],
      series,
    },
    { ...caption, notes: [...(caption.notes ?? []), ...notes] },
    locale,
  );
}

/** Whether a value lies in the right half of the axis: 0–100 % for a rate, else from 0 (or below) to the largest value. */
function nearRightEnd(value: number, stats: FiveNumbers | null, rate: boolean): boolean {
  const max = rate ? 1 : Math.max(value, stats?.max ?? value);
  const min = Math.min(0, value, stats?.min ?? value);
  return max > min && (value - min) / (max - min) > 0.5;
}

function isSummary(peers: readonly PeerValue[] | PeerSummaryInput): peers is PeerSummaryInput {
  return !Array.isArray(peers);
}
