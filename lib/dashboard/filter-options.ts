/** What the filter bar offers, read from the data: the region cascade, the years present, the agency types present. */
import type { Db } from '../../db/client';
import { listPresentTypes } from '../../db/queries/list-present-types';
import { listYears } from '../../db/queries/list-years';
import { agencyTypeName } from '../agencies/agency-type';
import { filtersOf } from '../view-state/filters';
import { regionSelects, type RegionSelects } from '../view-state/region-options';
import type { ViewState } from '../view-state/view-state';

export interface FilterOptions {
  regions: RegionSelects;
  years: number[];
  types: { id: string; label: string; count: number }[];
}

export async function loadFilterOptions(db: Db, state: ViewState): Promise<FilterOptions> {
  const [years, types] = await Promise.all([
    listYears(db, { synthetic: state.synthetic }),
    // Every type present under the other filters, so choosing one type does not hide the others.
    listPresentTypes(db, { ...filtersOf(state), typeIds: undefined }),
  ]);
  return {
    regions: regionSelects(state.region),
    // Years asked for in the URL stay in the list, so the box shows them (not 不限) while the notice says none has reports.
    years: [...new Set([...years, ...[state.yearFrom, state.yearTo].filter((y): y is number => y !== undefined)])].sort(
      (a, b) => a - b,
    ),
    types: types
      .filter((t) => t.typeId)
      .map((t) => ({ id: t.typeId!, label: agencyTypeName(t.typeId, state.lang), count: t.agencies })),
  };
}
