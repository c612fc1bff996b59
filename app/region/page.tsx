/** 地区 Region: a province, city or county at a glance — totals, trends, sub-regions ranked, its agencies. */
import Link from 'next/link';
import { appDatabase } from '@/db/app-database';
import { loadRegionPage, REGION_AGENCIES_HIDDEN } from '@/lib/dashboard/region-page';
import { pick } from '@/lib/format/locale';
import { REGION_TEXT } from '@/lib/i18n/region-text';
import { hrefWith, parseViewState, type SearchParams } from '@/lib/view-state/view-state';
import { HeadlineCards } from '@/app/overview/headline-cards';
import { BriefingButton } from '@/app/ui/briefing-button';
import { ChartPanel } from '@/app/ui/chart-panel';
import { DataTable } from '@/app/ui/data-table';
import { MetricPicker } from '@/app/ui/metric-picker';
import { PageLanguage } from '@/app/ui/page-language';
import { metadataFor } from '@/app/ui/page-metadata';
import { RegionMap } from '@/app/ui/region-map';
import { ViewFilters } from '@/app/ui/view-filters';
import { ChildrenTable } from './children-table';

export const dynamic = 'force-dynamic';
export const generateMetadata = metadataFor('region');

export default async function RegionPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const state = parseViewState(await searchParams);
  const t = pick(state.lang, REGION_TEXT);
  const { place, trail, agencies } = await loadRegionPage(await appDatabase(), state);
  return (
    <PageLanguage locale={state.lang}>
      <div className="page-head">
        <div>
          <h1>{t.title(place)}</h1>
          <p>
            <Link href={hrefWith('/region', state, { region: undefined })}>{t.nation}</Link>
            {trail.map((r) => (
              <span key={r.code}>
                {' '}
                › <Link href={hrefWith('/region', state, { region: r.code })}>{r.name}</Link>
              </span>
            ))}
            {' · '}
            {t.intro}
          </p>
        </div>
        <div className="page-tools">
          <MetricPicker state={state} label={t.metric} />
          <BriefingButton view="region" state={state} />
        </div>
      </div>
      <ViewFilters state={state} />
      <HeadlineCards state={state} />
      <RegionMap state={state} />
      <div className="grid-2">
        <ChartPanel kind="ranking" state={state} metric={state.metric} height={520} />
        <ChartPanel kind="trend" state={state} metric={state.metric} height={520} />
      </div>
      <div className="grid-2">
        <section className="panel">
          <h2>{t.childrenTitle}</h2>
          <ChildrenTable state={state} />
        </section>
        <section className="panel">
          <div className="panel-head">
            <h2>{t.agenciesTitle}</h2>
            <Link href={hrefWith('/compare', state, { sort: { id: state.metric, desc: true } })}>{t.allAgencies}</Link>
          </div>
          <DataTable
            columns={agencies.columns.filter((c) => !REGION_AGENCIES_HIDDEN.includes(c.id))}
            rows={agencies.rows}
            locale={state.lang}
            state={state}
            path="/compare"
            caption=""
          />
        </section>
      </div>
    </PageLanguage>
  );
}
