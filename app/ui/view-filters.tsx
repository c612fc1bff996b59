/** The filter bar with its options read from the data: the years present and the agency types present. */
import { listPresentTypes } from '@/db/queries/list-present-types';
import { listYears } from '@/db/queries/list-years';
import { typeName } from '@/lib/dashboard/caption';
import { appDatabase } from '@/db/app-database';
import { filtersOf } from '@/lib/view-state/filters';
import { regionSelects } from '@/lib/view-state/region-options';
import type { ViewState } from '@/lib/view-state/view-state';
import { pick } from '@/lib/format/locale';
import { COMMON_TEXT } from '@/app/i18n/common-text';
import { FilterBar } from './filter-bar';

export async function ViewFilters({ state }: { state: ViewState }) {
  const db = await appDatabase();
  const [years, types] = await Promise.all([
    listYears(db, { synthetic: state.synthetic }),
    listPresentTypes(db, { ...filtersOf(state), typeIds: undefined }),
  ]);
  const options = {
    regions: regionSelects(state.region),
    years,
    types: types.filter((t) => t.typeId).map((t) => ({ id: t.typeId!, label: typeName(t.typeId, state.lang), count: t.agencies })),
  };
  return (
    <>
      {state.synthetic && <div className="banner" role="status">{pick(state.lang, COMMON_TEXT).syntheticBanner}</div>}
      <FilterBar state={state} options={options} />
    </>
  );
}
