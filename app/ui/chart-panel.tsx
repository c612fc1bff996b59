/**
 * A titled panel holding one chart of the catalog, with PNG/SVG export and a link to the metric's definition.
 * A view with no reports draws no panel: an empty axis frame says nothing the notice under the filter bar
 * (lib/dashboard/view-notice.ts, the one place that decides a view is empty) does not say better.
 */
import { appDatabase } from '@/db/app-database';
import { buildChart, chartHref, type ChartKind, type ChartRequest } from '@/lib/dashboard/chart-catalog';
import { definitionHref } from '@/lib/dashboard/metrics-view';
import { loadViewNotice } from '@/lib/dashboard/view-notice';
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
  /** Where a click on a data item goes, by its code (the tile map's provinces). */
  links?: Readonly<Record<string, string>>;
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
  links,
}: ChartPanelProps) {
  const db = await appDatabase();
  // An agency's charts are about the agency, whose page exists only when it has reports; the view's charts ask.
  if (agencyId === undefined && (await loadViewNotice(db, state)) !== null) return null;
  const chart = await buildChart(db, { kind, state, agencyId, year, topRows });
  if (!chart) return null;
  const text = pick(state.lang, COMMON_TEXT).export;
  const anchor = metric ?? definition;
  return (
    <section className="panel" data-chart={kind}>
      <EChart
        option={chart.option}
        height={height}
        label={chart.title}
        subject={chart.subject}
        exportHref={chartHref(serializeViewState(state), kind, { agencyId, year })}
        exportLabels={{ png: text.png, svg: text.svg }}
        definitionHref={anchor ? definitionHref(anchor, state.lang) : undefined}
        definitionLabel={text.definition}
        links={links}
      />
    </section>
  );
}
