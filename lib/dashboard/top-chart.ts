/** The compare page's chart: the agencies with the largest value of the selected metric under the filters. */
import type { Db } from '../../db/client';
import { type CompareRow, listCompareRows } from '../../db/queries/list-compare-rows';
import { rankedBarOption } from '../charts';
import { metricById } from '../metrics/dictionary';
import type { CountMetricId, RateId } from '../metrics/types';
import { filtersOf } from '../view-state/filters';
import type { ViewState } from '../view-state/view-state';
import { CHART_TITLES, CHART_WORDS } from '../i18n/chart-text';
import { metricName } from './table/metric-headers';
import { viewCaption } from './view-caption';
import type { BuiltChart } from './view-charts';

export const TOP_N = 15;

/** `listed`: the rows, if the compare table has read them already (its `topRows`). */
export async function topAgenciesChart(db: Db, state: ViewState, listed?: CompareRow[]): Promise<BuiltChart> {
  const rows =
    listed ??
    (
      await listCompareRows(db, filtersOf(state), {
        by: state.by,
        sort: { id: state.metric, desc: true },
        offset: 0,
        limit: TOP_N,
      })
    ).rows;
  const metric = metricById(state.metric);
  const items = rows.map((r) => ({
    code: r.key,
    name: r.year !== null ? CHART_WORDS.agencyYear[state.lang](r.agency, r.year) : r.agency,
    value:
      (state.metric in r.metrics ? r.metrics[state.metric as CountMetricId] : r.rates[state.metric as RateId]) ?? null,
    base: state.metric in r.bases ? r.bases[state.metric as RateId] : undefined,
  }));
  const title = CHART_TITLES.top[state.lang](metricName(state.metric, state.lang), TOP_N);
  const rowsAre = state.by === 'agency' ? 'agency' : 'agency-year';
  return { title, option: rankedBarOption(items, metric, state.lang, await viewCaption(db, state, title), rowsAre) };
}
