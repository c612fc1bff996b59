/** Charts of a filtered set of reports (overview and region pages): one query each, then a pure builder. */
import type { EChartsOption } from 'echarts';
import type { Db } from '../../db/client';
import { outcomeMixOption, rankedBarOption, reasonsOption, reviewLitigationOption, trendLineOption } from '../charts';
import { metricById } from '../metrics/dictionary';
import { regionByCode } from '../regions';
import { regionTrail } from '../regions/tree';
import type { ViewState } from '../view-state/view-state';
import { pick } from '../format/locale';
import { metricName } from './table/metric-headers';
import { CHART_TITLES, CHART_WORDS } from '../i18n/chart-text';
import { REGION_TEXT } from '../i18n/region-text';
import { viewCaption } from './view-caption';
import { viewSummary } from './view-summary';
import { outcomeRow, reasonValues, reviewLitigation } from './chart-data';
import { childValues, metricBase, metricValue } from './region-values';

export interface BuiltChart {
  option: EChartsOption;
  title: string;
  /** Who the chart is about when the title does not say (the agency), for the download's file name. */
  subject?: string;
}

export async function trendChart(db: Db, state: ViewState): Promise<BuiltChart> {
  const rows = await viewSummary(db, state, 'year');
  const title = CHART_TITLES.trend[state.lang](metricName(state.metric, state.lang));
  const series = [
    {
      name: CHART_WORDS.all[state.lang],
      points: rows.map((r) => ({
        year: Number(r.key),
        value: metricValue(r, state.metric),
        base: metricBase(r, state.metric),
      })),
    },
  ];
  return {
    title,
    option: trendLineOption(series, metricById(state.metric), state.lang, await viewCaption(db, state, title)),
  };
}

export async function outcomesChart(db: Db, state: ViewState): Promise<BuiltChart> {
  const rows = await viewSummary(db, state, 'year');
  const title = CHART_TITLES.outcomes[state.lang];
  const data = rows.map((r) => outcomeRow(CHART_WORDS.year[state.lang](r.key), r.sums));
  return { title, option: outcomeMixOption(data, state.lang, await viewCaption(db, state, title)) };
}

async function totals(db: Db, state: ViewState) {
  const [row] = await viewSummary(db, state, 'none');
  return row;
}

export async function reasonsChart(db: Db, state: ViewState): Promise<BuiltChart> {
  const row = await totals(db, state);
  const title = CHART_TITLES.reasons[state.lang];
  return {
    title,
    option: reasonsOption(row ? reasonValues(row.sums) : [], state.lang, await viewCaption(db, state, title)),
  };
}

export async function reviewChart(db: Db, state: ViewState): Promise<BuiltChart> {
  const row = await totals(db, state);
  const title = CHART_TITLES.review[state.lang];
  const empty = { upheld: null, corrected: null, other: null, pending: null };
  const data = row
    ? reviewLitigation(row.sums)
    : { review: empty, litigationDirect: empty, litigationAfterReview: empty };
  return { title, option: reviewLitigationOption(data, state.lang, await viewCaption(db, state, title)) };
}

export async function rankingChart(db: Db, state: ViewState): Promise<BuiltChart | null> {
  const children = await childValues(db, state);
  if (!children) return null;
  const items = children.items;
  const place = state.region
    ? (regionTrail(state.region).at(-1)?.name[state.lang] ?? regionByCode(state.region)?.code ?? '')
    : pick(state.lang, REGION_TEXT).nation;
  const title = CHART_TITLES.ranking[state.lang](metricName(state.metric, state.lang), place);
  return {
    title,
    option: rankedBarOption(items, metricById(state.metric), state.lang, await viewCaption(db, state, title)),
  };
}
