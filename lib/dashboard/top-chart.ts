/** The compare page's chart: the agencies with the largest value of the selected metric under the filters. */
import type { Db } from '../../db/client';
import { type CompareRow, listCompareRows } from '../../db/queries/list-compare-rows';
import { rankedBarOption } from '../charts';
import { metricById } from '../metrics/dictionary';
import type { CountMetricId, RateId } from '../metrics/types';
import { filtersOf } from '../view-state/filters';
import type { ViewState } from '../view-state/view-state';
import { viewCaption } from './caption';
import type { BuiltChart } from './view-charts';

export const TOP_N = 15;

const TITLE = {
  zh: (metric: string) => `${metric}：前 ${TOP_N} 名`,
  en: (metric: string) => `${metric}: top ${TOP_N}`,
};

/** `listed`: the rows, if the compare table has read them already (its `topRows`). */
export async function topAgenciesChart(db: Db, state: ViewState, listed?: CompareRow[]): Promise<BuiltChart> {
  const rows = listed ?? (await listCompareRows(db, filtersOf(state), { by: state.by, sort: { id: state.metric, desc: true }, offset: 0, limit: TOP_N })).rows;
  const metric = metricById(state.metric);
  const items = rows.map((r) => ({
    code: r.key,
    name: r.year !== null ? `${r.agency}（${r.year}）` : r.agency,
    value: (state.metric in r.metrics ? r.metrics[state.metric as CountMetricId] : r.rates[state.metric as RateId]) ?? null,
  }));
  const title = TITLE[state.lang](state.lang === 'zh' ? metric.zh : metric.en);
  return { title, option: rankedBarOption(items, metric, state.lang, await viewCaption(db, state, title)) };
}
