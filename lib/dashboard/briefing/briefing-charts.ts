/**
 * A briefing's charts: the view's charts from the chart catalog (the same options the page draws and /api/chart
 * exports), rendered on the server as PNG at twice their size, for print at about 230 dpi across the 16 cm of
 * an A4 page. A chart with nothing to draw for the view is left out.
 */
import type { Db } from '../../../db/client';
import { renderChartPng } from '../../charts/render-image';
import type { BriefingChart } from '../../export/briefing-docx';
import type { ViewState } from '../../view-state/view-state';
import { buildChart, type ChartKind } from '../chart-catalog';

/** Narrower than /api/chart's 960 px, so that the charts' 11 px captions still print at about 8 pt on 16 cm. */
const WIDTH = 720;
const SCALE = 2;
/** Each chart's height on its page, where the page gives it more than the default. */
const HEIGHTS: Partial<Record<ChartKind, number>> = { reasons: 520, ranking: 520, top: 460 };
const HEIGHT = 420;

export interface ChartAsked {
  kind: ChartKind;
  agencyId?: number;
  year?: number;
}

export async function briefingCharts(db: Db, state: ViewState, asked: readonly ChartAsked[]): Promise<BriefingChart[]> {
  const charts: BriefingChart[] = [];
  // One after another: each render holds a full-size bitmap, and the briefing is made off the server's thread.
  for (const a of asked) {
    const chart = await buildChart(db, { ...a, state });
    if (!chart) continue;
    const height = HEIGHTS[a.kind] ?? HEIGHT;
    const png = await renderChartPng(chart.option, { width: WIDTH, height, scale: SCALE });
    charts.push({ title: chart.title, png, width: WIDTH * SCALE, height: height * SCALE });
  }
  return charts;
}
