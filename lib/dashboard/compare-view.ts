/** The compare table for a view state: its columns, one page of rows (or all of them, for an export). */
import type { Db } from '../../db/client';
import { listCompareRows } from '../../db/queries/list-compare-rows';
import { chosenMetrics, compareColumns } from '../table/compare-columns';
import { compareTableRow } from '../table/compare-rows';
import type { TableColumn, TableRow } from '../table/table-spec';
import { filtersOf } from '../view-state/filters';
import { serializeViewState, type ViewState } from '../view-state/view-state';

export interface CompareTable {
  columns: TableColumn[];
  rows: TableRow[];
  total: number;
  sort: { id: string; desc: boolean };
}

/** Without a sort chosen, the table ranks by the selected metric, largest first. */
export function effectiveSort(state: ViewState): { id: string; desc: boolean } {
  return state.sort ?? { id: state.metric, desc: true };
}

export async function loadCompareTable(db: Db, state: ViewState, page: { offset: number; limit: number }): Promise<CompareTable> {
  const columns = compareColumns(chosenMetrics(state.columns), state.by, state.lang);
  const sort = effectiveSort(state);
  const { rows, total } = await listCompareRows(db, filtersOf(state), { by: state.by, sort, ...page });
  const linkQuery = serializeViewState({ ...state, sort: undefined, page: 1, columns: [], by: 'agency-year', region: undefined, types: [], template: undefined, yearFrom: undefined, yearTo: undefined });
  return { columns, rows: rows.map((r) => compareTableRow(r, columns, state.lang, linkQuery)), total, sort };
}
