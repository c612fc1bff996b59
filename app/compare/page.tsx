/** 对比 Compare: the central table, sorted and paged on the server, with a chart of the selected metric. */
import Link from 'next/link';
import { redirect } from 'next/navigation';
import { appDatabase } from '@/db/app-database';
import { PUBLIC_EXPORT_ROWS } from '@/lib/dashboard/compare-export';
import { loadComparePage } from '@/lib/dashboard/compare-view';
import { formatCount } from '@/lib/format/number';
import { pick } from '@/lib/format/locale';
import { COMMON_TEXT } from '@/lib/i18n/common-text';
import { COMPARE_TEXT } from '@/lib/i18n/compare-text';
import { hrefWith, parseViewState, serializeViewState, type SearchParams } from '@/lib/view-state/view-state';
import { BriefingButton } from '@/app/ui/briefing-button';
import { ChartPanel } from '@/app/ui/chart-panel';
import { DataTable } from '@/app/ui/data-table';
import { MetricPicker } from '@/app/ui/metric-picker';
import { Pager } from '@/app/ui/pager';
import { metadataFor } from '@/app/ui/page-metadata';
import { PageLanguage } from '@/app/ui/page-language';
import { ViewFilters } from '@/app/ui/view-filters';
import { WithCommands } from '@/app/ui/with-commands';
import { ColumnChooser } from './column-chooser';

export const dynamic = 'force-dynamic';
export const generateMetadata = metadataFor('compare');

export default async function ComparePage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const state = parseViewState(await searchParams);
  const t = pick(state.lang, COMPARE_TEXT);
  const common = pick(state.lang, COMMON_TEXT);
  const table = await loadComparePage(await appDatabase(), state);
  // A page past the end (a bookmark from when there were more rows) goes to the last page, not to an empty table.
  if (table.rows.length === 0 && table.total > 0)
    redirect(hrefWith('/compare', state, { page: Math.ceil(table.total / state.pageSize) }));
  const exportQuery = serializeViewState({ ...state, page: 1 });
  const exportHref = (format: string) => `/api/export?${exportQuery}${exportQuery ? '&' : ''}format=${format}`;
  return (
    <PageLanguage locale={state.lang}>
      <div className="page-head">
        <div>
          <h1>{t.title}</h1>
          <p>{t.intro}</p>
        </div>
        <div className="page-tools">
          <MetricPicker state={state} label={t.metric} />
          <BriefingButton view="compare" state={state} />
        </div>
      </div>
      <ViewFilters state={state} />
      <ChartPanel kind="top" state={state} metric={state.metric} height={460} topRows={table.topRows} />
      <div className="page-head" style={{ marginTop: 16 }}>
        <nav className="tabs" aria-label={t.rowsLabel}>
          {(['agency-year', 'agency'] as const).map((by) => (
            <Link
              key={by}
              href={hrefWith('/compare', state, { by })}
              className={state.by === by ? 'active' : undefined}
            >
              {t.by[by]}
            </Link>
          ))}
        </nav>
        <div className="chart-tools" style={{ alignItems: 'center' }}>
          <ColumnChooser state={state} chosen={table.chosen} labels={{ open: t.columns, reset: t.resetColumns }} />
          {table.total <= PUBLIC_EXPORT_ROWS && (
            <>
              <a className="button" href={exportHref('csv')} download data-export="csv">
                {common.export.csv}
              </a>
              <a className="button" href={exportHref('xlsx')} download data-export="xlsx">
                {common.export.xlsx}
              </a>
            </>
          )}
        </div>
      </div>
      {table.total > PUBLIC_EXPORT_ROWS && (
        <p className="muted" role="note" data-export-limit>
          <WithCommands
            text={t.exportTooLarge(formatCount(table.total, state.lang), formatCount(PUBLIC_EXPORT_ROWS, state.lang))}
          />
        </p>
      )}
      {/* An empty table says nothing more: the filter bar's notice says why the view is empty. */}
      {table.total === 0 ? null : (
        <>
          {table.columns.length > 10 && <p className="scroll-hint">{t.scrollHint}</p>}
          <DataTable
            columns={table.columns}
            rows={table.rows}
            locale={state.lang}
            sort={table.sort}
            state={state}
            path="/compare"
            caption={t.caption(formatCount(table.total, state.lang))}
          />
          <Pager state={state} path="/compare" total={table.total} />
        </>
      )}
    </PageLanguage>
  );
}
