/** The filter bar with its options read from the data: the years present and the agency types present. */
import { appDatabase } from '@/db/app-database';
import { loadFilterOptions } from '@/lib/dashboard/filter-options';
import { loadDataSources } from '@/lib/dashboard/data-sources';
import { loadViewNotice } from '@/lib/dashboard/view-notice';
import { pick } from '@/lib/format/locale';
import { COMMON_TEXT } from '@/lib/i18n/common-text';
import type { ViewState } from '@/lib/view-state/view-state';
import { DataSourceSwitch } from './data-source-switch';
import { FilterBar } from './filter-bar';
import { WithCommands } from './with-commands';

export async function ViewFilters({ state }: { state: ViewState }) {
  const db = await appDatabase();
  const [options, notice, sources] = await Promise.all([
    loadFilterOptions(db, state),
    loadViewNotice(db, state),
    loadDataSources(db),
  ]);
  return (
    <>
      {sources.real > 0 && sources.synthetic > 0 && <DataSourceSwitch state={state} counts={sources} />}
      {state.synthetic && (
        <div className="banner" role="status">
          {pick(state.lang, COMMON_TEXT).syntheticBanner}
        </div>
      )}
      <FilterBar state={state} options={options} />
      {notice && (
        <p className="banner" role="status" data-view-notice>
          <WithCommands text={notice} />
        </p>
      )}
    </>
  );
}
