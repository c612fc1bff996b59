/** 总览 Overview: headline numbers, trends, the outcome mix, reasons, review and litigation, data gaps. */
import { Suspense } from 'react';
import { pick } from '@/lib/format/locale';
import { parseViewState, type SearchParams } from '@/lib/view-state/view-state';
import { OVERVIEW_TEXT } from '@/lib/i18n/overview-text';
import { CoverageLine } from './overview/coverage-line';
import { DataGapsTable } from './overview/data-gaps-table';
import { BriefingButton } from './ui/briefing-button';
import { HeadlineCards } from './overview/headline-cards';
import { ChartPanel } from './ui/chart-panel';
import { MetricPicker } from './ui/metric-picker';
import { metadataFor } from './ui/page-metadata';
import { PageLanguage } from './ui/page-language';
import { RegionMap } from './ui/region-map';
import { ViewFilters } from './ui/view-filters';

export const dynamic = 'force-dynamic';
export const generateMetadata = metadataFor('overview');

export default async function OverviewPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const state = parseViewState(await searchParams);
  const t = pick(state.lang, OVERVIEW_TEXT);
  return (
    <PageLanguage locale={state.lang}>
      <div className="page-head">
        <div>
          <h1>{t.title}</h1>
          <p>{t.intro}</p>
          <CoverageLine state={state} />
        </div>
        <div className="page-tools">
          <MetricPicker state={state} label={t.metric} />
          <BriefingButton view="overview" state={state} />
        </div>
      </div>
      <ViewFilters state={state} />
      <Suspense fallback={<div className="cards" />}>
        <HeadlineCards state={state} />
      </Suspense>
      <div className="grid-2">
        <ChartPanel kind="trend" state={state} metric={state.metric} />
        <ChartPanel kind="outcomes" state={state} definition="granted" />
        <ChartPanel kind="reasons" state={state} definition="deniedStateSecret" height={520} />
        <ChartPanel kind="review" state={state} definition="reviewTotal" />
      </div>
      <RegionMap state={state} />
      <DataGapsTable state={state} />
    </PageLanguage>
  );
}
