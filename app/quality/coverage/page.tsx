/**
 * 数据质量 · 覆盖与及时性 Coverage and timeliness (issue 16): which agencies published which years, on time or late,
 * and what is missing — per sub-region with the completeness rate, per year, and agency by agency in a matrix.
 */
import { redirect } from 'next/navigation';
import { appDatabase } from '@/db/app-database';
import { PUBLIC_EXPORT_ROWS } from '@/lib/dashboard/compare-export';
import { loadCoverage } from '@/lib/dashboard/coverage-page';
import { pick } from '@/lib/format/locale';
import { formatCount } from '@/lib/format/number';
import { COMMON_TEXT } from '@/lib/i18n/common-text';
import { COVERAGE_TEXT } from '@/lib/i18n/coverage-text';
import { QUALITY_TEXT } from '@/lib/i18n/quality-text';
import { coverageQuery, coverageShow, withShow } from '@/lib/view-state/coverage-filters';
import { hrefWith, parseViewState, type SearchParams, serializeViewState } from '@/lib/view-state/view-state';
import { PageLanguage } from '@/app/ui/page-language';
import { metadataFor } from '@/app/ui/page-metadata';
import { Pager } from '@/app/ui/pager';
import { ViewFilters } from '@/app/ui/view-filters';
import { WithCommands } from '@/app/ui/with-commands';
import { QualityTabs } from '../quality-tabs';
import { CoverageMatrix, MatrixLegend, ShowTabs } from './coverage-matrix';
import { Headline, RegionCoverageTable, TimelinessTable } from './coverage-summary';

export const dynamic = 'force-dynamic';
export const generateMetadata = metadataFor('quality');

export default async function CoveragePage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const params = await searchParams;
  const state = parseViewState(params);
  const show = coverageShow(params);
  const t = pick(state.lang, COVERAGE_TEXT);
  const quality = pick(state.lang, QUALITY_TEXT);
  const common = pick(state.lang, COMMON_TEXT);
  const view = await loadCoverage(await appDatabase(), state, show);
  // A page past the end (a bookmark from when there were more agencies) goes to the last page.
  if (view.matrix.rows.length === 0 && view.matrix.total > 0) {
    const last = hrefWith('/quality/coverage', state, { page: Math.ceil(view.matrix.total / state.pageSize) });
    redirect(withShow(last, show));
  }
  const exportQuery = serializeViewState({ ...state, page: 1 });
  const exportHref = withShow(`/api/export/coverage?${exportQuery}${exportQuery ? '&' : ''}format=xlsx`, show);
  const years = view.years.length ? `${view.years[0]}–${view.years[view.years.length - 1]}` : '';
  return (
    <PageLanguage locale={state.lang}>
      <div className="page-head">
        <div>
          <h1>{quality.title}</h1>
          <p>{t.intro}</p>
        </div>
      </div>
      <ViewFilters state={state} />
      <QualityTabs state={state} active="coverage" />
      {view.years.length === 0 ? (
        <p className="muted">{t.noYears}</p>
      ) : (
        <div style={{ display: 'grid', gap: 16 }}>
          <p className="muted" style={{ margin: 0 }} data-coverage-scope>
            {t.scope(view.years.length > 1 ? years : String(view.years[0]))}{' '}
            {state.synthetic ? (
              t.list.synthetic
            ) : view.list ? (
              t.list.some(formatCount(view.list.entries, state.lang), formatCount(view.list.unanswered, state.lang))
            ) : (
              <WithCommands text={t.list.none} />
            )}
          </p>
          <Headline state={state} view={view} />
          <RegionCoverageTable state={state} view={view} show={show} />
          <TimelinessTable state={state} view={view} />
          <section className="panel" aria-labelledby="coverage-matrix">
            <div className="panel-head">
              <h2 id="coverage-matrix">{t.matrixTitle}</h2>
              {view.matrix.total > 0 && view.matrix.total <= PUBLIC_EXPORT_ROWS && (
                <a className="button" href={exportHref} download data-export="coverage-xlsx">
                  {common.export.xlsx}
                </a>
              )}
            </div>
            {view.agencies.stopped > 0 && view.latest !== null && (
              <p style={{ margin: '0 0 6px' }} data-coverage-stopped>
                <a href={withShow(hrefWith('/quality/coverage', state, { page: 1 }), 'stopped')}>
                  {t.stopped(formatCount(view.agencies.stopped, state.lang), view.latest)}
                </a>
              </p>
            )}
            <ShowTabs state={state} show={show} view={view} />
            <MatrixLegend state={state} withList={view.list !== null} />
            {view.matrix.total > PUBLIC_EXPORT_ROWS && (
              <p className="muted" role="note" data-export-limit>
                {t.exportTooLarge(
                  formatCount(view.matrix.total, state.lang),
                  formatCount(PUBLIC_EXPORT_ROWS, state.lang),
                )}
              </p>
            )}
            {view.matrix.total === 0 ? (
              <p className="muted">{t.none}</p>
            ) : (
              <>
                <CoverageMatrix state={state} view={view} />
                <Pager state={state} path="/quality/coverage" total={view.matrix.total} extra={coverageQuery(show)} />
              </>
            )}
          </section>
        </div>
      )}
    </PageLanguage>
  );
}
