/**
 * 数据质量 · 评分排名 Score rankings (issue 16): for the view's last year with reports, its sub-regions by mean report
 * score with their on-time rates and 95 % intervals, and its agencies by score with the four components — ranks only
 * where there are enough reports to mean something.
 */
import { appDatabase } from '@/db/app-database';
import { scoreHref } from '@/lib/dashboard/metrics-view';
import { loadScorePage } from '@/lib/dashboard/score-page';
import { pick } from '@/lib/format/locale';
import { QUALITY_TEXT } from '@/lib/i18n/quality-text';
import { SCORE_TEXT } from '@/lib/i18n/score-text';
import { parseViewState, type SearchParams } from '@/lib/view-state/view-state';
import { PageLanguage } from '@/app/ui/page-language';
import { metadataFor } from '@/app/ui/page-metadata';
import { ViewFilters } from '@/app/ui/view-filters';
import { QualityTabs } from '../quality-tabs';
import { AgencyScoreTable, RegionScoreTable } from './score-tables';

export const dynamic = 'force-dynamic';
export const generateMetadata = metadataFor('quality');

export default async function ScorePage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const state = parseViewState(await searchParams);
  const t = pick(state.lang, SCORE_TEXT).rankings;
  const quality = pick(state.lang, QUALITY_TEXT);
  const view = await loadScorePage(await appDatabase(), state);
  return (
    <PageLanguage locale={state.lang}>
      <div className="page-head">
        <div>
          <h1>{quality.title}</h1>
          <p>
            {t.intro} <a href={scoreHref('score', state.lang)}>{t.definitions}</a>
          </p>
        </div>
      </div>
      <ViewFilters state={state} />
      <QualityTabs state={state} active="score" />
      {view === null ? (
        <p className="muted">{t.noYear}</p>
      ) : (
        <div style={{ display: 'grid', gap: 16 }}>
          <p style={{ margin: 0, fontSize: 15 }} data-score-year={view.year}>
            <strong>{t.year(view.year, view.chosen)}</strong>
          </p>
          {view.regions && <RegionScoreTable state={state} view={view} />}
          <AgencyScoreTable state={state} view={view} />
        </div>
      )}
    </PageLanguage>
  );
}
