/** The compare table for a view state: its columns, one page of rows (or all of them, for an export). */
import type { Db } from '../../db/client';
import { type CompareRow, listCompareRows } from '../../db/queries/list-compare-rows';
import { chosenMetrics, compareColumns } from './table/compare-columns';
import type { MetricId } from '../metrics/types';
import { compareTableRow } from './table/compare-rows';
import type { TableColumn, TableRow } from './table/table-spec';
import { filtersOf, withoutFilters } from '../view-state/filters';
import { serializeViewState, type ViewState } from '../view-state/view-state';
import { TOP_N } from './top-chart';

export interface CompareTable {
  columns: TableColumn[];
  rows: TableRow[];
  total: number;
  sort: { id: string; desc: boolean };
  /**
   * The top chart's rows when this page already holds them — the first page, ranked by the chart's metric,
   * largest first (the default): the page's first TOP_N rows, so the chart does not read them again.
   */
  topRows?: CompareRow[];
}

/** Without a sort chosen, the table ranks by the selected metric, largest first. */
export function effectiveSort(state: ViewState): { id: string; desc: boolean } {
  return state.sort ?? { id: state.metric, desc: true };
}

export async function loadCompareTable(
  db: Db,
  state: ViewState,
  page: { offset: number; limit: number },
): Promise<CompareTable> {
  const columns = compareColumns(chosenMetrics(state.columns), state.by, state.lang);
  const sort = effectiveSort(state);
  const { rows, total } = await listCompareRows(db, filtersOf(state), { by: state.by, sort, ...page });
  const linkQuery = serializeViewState({
    ...withoutFilters(state),
    sort: undefined,
    page: 1,
    columns: [],
    by: 'agency-year',
  });
  const holdsTop =
    page.offset === 0 && sort.id === state.metric && sort.desc && (rows.length >= TOP_N || rows.length === total);
  return {
    columns,
    rows: rows.map((r) => compareTableRow(r, columns, state.lang, linkQuery)),
    total,
    sort,
    topRows: holdsTop ? rows.slice(0, TOP_N) : undefined,
  };
}

/** The compare page: the table's page the view asks for, and the metric columns chosen (the default set if none). */
export async function loadComparePage(db: Db, state: ViewState): Promise<CompareTable & { chosen: MetricId[] }> {
  const table = await loadCompareTable(db, state, { offset: (state.page - 1) * state.pageSize, limit: state.pageSize });
  return { ...table, chosen: chosenMetrics(state.columns) };
}
