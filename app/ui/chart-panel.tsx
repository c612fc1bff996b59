/** A titled panel holding one chart of the catalog, with PNG/SVG export and a link to the metric's definition. */
import { appDatabase } from '@/db/app-database';
import { buildChart, chartHref, type ChartKind, type ChartRequest } from '@/lib/dashboard/chart-catalog';
import { definitionHref } from '@/lib/dashboard/metrics-view';
import { pick } from '@/lib/format/locale';
import { COMMON_TEXT } from '@/lib/i18n/common-text';
import { serializeViewState, type ViewState } from '@/lib/view-state/view-state';
import { EChart } from './echart';

export interface ChartPanelProps {
  kind: ChartKind;
  state: ViewState;
  agencyId?: number;
  year?: number;
  height?: number;
  /** The metric whose definition the panel links to. */
  metric?: ViewState['metric'];
  /** A definition anchor for charts about a group of metrics (outcomes, reasons). */
  definition?: string;
  /** The top chart's rows, read already by the compare table. */
  topRows?: ChartRequest['topRows'];
}

export async function ChartPanel({
  kind,
  state,
  agencyId,
  year,
  height = 420,
  metric,
  definition,
  topRows,
}: ChartPanelProps) {
  const chart = await buildChart(await appDatabase(), { kind, state, agencyId, year, topRows });
  if (!chart) return null;
  const text = pick(state.lang, COMMON_TEXT).export;
  const anchor = metric ?? definition;
  return (
    <section className="panel" data-chart={kind}>
      <EChart
        option={chart.option}
        height={height}
        label={chart.title}
        exportHref={chartHref(serializeViewState(state), kind, { agencyId, year })}
        exportLabels={{ png: text.png, svg: text.svg }}
        definitionHref={anchor ? definitionHref(anchor, state.lang) : undefined}
        definitionLabel={text.definition}
      />
    </section>
  );
}
