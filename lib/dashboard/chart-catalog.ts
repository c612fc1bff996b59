/**
 * Every chart the dashboard shows, by name, so a page and the image export route build a chart from the
 * same URL state through the same code: `/api/chart?chart=trend&region=330000&metric=granted&format=png`.
 */
import type { Db } from '../../db/client';
import type { CompareRow } from '../../db/queries/list-compare-rows';
import type { ViewState } from '../view-state/view-state';
import {
  agencyOutcomesChart,
  agencyReasonsChart,
  agencyReviewChart,
  agencyTrendChart,
  peersChart,
} from './agency-charts';
import { tileMapChart } from './region-map';
import { topAgenciesChart } from './top-chart';
import { outcomesChart, rankingChart, reasonsChart, reviewChart, trendChart, type BuiltChart } from './view-charts';

export const CHART_KINDS = [
  'trend',
  'outcomes',
  'reasons',
  'review',
  'ranking',
  'tile-map',
  'top',
  'agency-trend',
  'agency-outcomes',
  'agency-reasons',
  'agency-review',
  'peers',
] as const;
export type ChartKind = (typeof CHART_KINDS)[number];

export interface ChartRequest {
  kind: ChartKind;
  state: ViewState;
  /** For the agency charts. */
  agencyId?: number;
  /** For the one-year agency charts and the peer spread. */
  year?: number;
  /** For the top chart: its rows, when the compare table has read them (CompareTable.topRows). */
  topRows?: CompareRow[];
}

export function isChartKind(s: string | null): s is ChartKind {
  return s !== null && (CHART_KINDS as readonly string[]).includes(s);
}

/** The chart, or null when its subject does not exist (unknown agency, a year it did not report). */
export async function buildChart(db: Db, r: ChartRequest): Promise<BuiltChart | null> {
  const { state, agencyId: id, year } = r;
  switch (r.kind) {
    case 'trend':
      return trendChart(db, state);
    case 'outcomes':
      return outcomesChart(db, state);
    case 'reasons':
      return reasonsChart(db, state);
    case 'review':
      return reviewChart(db, state);
    case 'ranking':
      return rankingChart(db, state);
    case 'tile-map':
      return tileMapChart(db, state);
    case 'top':
      return topAgenciesChart(db, state, r.topRows);
    case 'agency-trend':
      return id ? agencyTrendChart(db, state, id) : null;
    case 'agency-outcomes':
      return id ? agencyOutcomesChart(db, state, id) : null;
    case 'agency-reasons':
      return id && year ? agencyReasonsChart(db, state, id, year) : null;
    case 'agency-review':
      return id && year ? agencyReviewChart(db, state, id, year) : null;
    case 'peers':
      return id && year ? peersChart(db, state, id, year) : null;
  }
}

/** The export route's link for a chart of a page: the page's own query plus what names the chart. */
export function chartHref(query: string, kind: ChartKind, extra: { agencyId?: number; year?: number } = {}): string {
  const q = new URLSearchParams(query);
  q.set('chart', kind);
  if (extra.agencyId) q.set('agency', String(extra.agencyId));
  if (extra.year) q.set('chartYear', String(extra.year));
  return `/api/chart?${q.toString()}`;
}
