/** 机构 Agency: every year of one agency, its tables in the form's layout traced to the source, findings, peers. */
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { appDatabase } from '@/db/app-database';
import { loadAgencyPage } from '@/lib/dashboard/agency-page';
import { formatDate } from '@/lib/format/date';
import { pick } from '@/lib/format/locale';
import { AGENCY_TEXT } from '@/lib/i18n/agency-text';
import { COMMON_TEXT } from '@/lib/i18n/common-text';
import { parseAgencyId } from '@/lib/view-state/agency-id';
import { hrefWith, parseViewState, type SearchParams } from '@/lib/view-state/view-state';
import { BriefingButton } from '@/app/ui/briefing-button';
import { ChartPanel } from '@/app/ui/chart-panel';
import { MetricPicker } from '@/app/ui/metric-picker';
import { metadataFor } from '@/app/ui/page-metadata';
import { PageLanguage } from '@/app/ui/page-language';
import { CopyComparison } from './copy-comparison';
import { FindingsList } from './findings-list';
import { PeerPosition } from './peer-position';
import { ReportScore } from './report-score';
import { SourceView } from './source-view';
import { TemplateTables } from './template-tables';
import { YearChanges } from './year-changes';

export const dynamic = 'force-dynamic';
export const generateMetadata = metadataFor('agency');

export default async function AgencyPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<SearchParams>;
}) {
  const id = parseAgencyId((await params).id);
  if (id === undefined) notFound();
  const query = await searchParams;
  const state = parseViewState(query);
  const data = await loadAgencyPage(await appDatabase(), id, state);
  if (!data) notFound();
  const { agency, reports, current } = data;
  const t = pick(state.lang, AGENCY_TEXT);
  const colon = pick(state.lang, COMMON_TEXT).colon;
  const path = `/agency/${id}`;
  const cell =
    typeof query.cell === 'string' && Object.hasOwn(data.document?.report.provenance ?? {}, query.cell)
      ? query.cell
      : undefined;
  const yearState = current ? { ...state, yearFrom: current.year, yearTo: current.year } : state;
  const cellHref = (p: string) =>
    `${hrefWith(path, yearState)}${hrefWith(path, yearState).includes('?') ? '&' : '?'}cell=${encodeURIComponent(p)}#source`;
  const provenance = data.document?.report.provenance ?? {};
  const region = data.regionWords;

  return (
    <PageLanguage locale={state.lang}>
      <div className="page-head">
        <div>
          <h1>
            <span translate="no">{agency.name}</span>{' '}
            {current?.synthetic && <span className="pill synthetic">{t.synthetic}</span>}
          </h1>
          <p>
            {t.region}
            {colon}
            {region || t.unresolved} · {t.type}
            {colon}
            {data.typeName}
            {agency.level ? ` · ${t.level}${colon}${t.levels[agency.level] ?? agency.level}` : ''}
          </p>
        </div>
        <div className="page-tools">
          <MetricPicker state={yearState} label={t.metric} />
          {current && <BriefingButton view="agency" state={yearState} agencyId={id} />}
        </div>
      </div>
      <nav className="tabs" aria-label={t.years}>
        {reports.map((r) => (
          <Link
            key={r.year}
            href={hrefWith(path, { ...state, yearFrom: r.year, yearTo: r.year })}
            className={r.year === current?.year ? 'active' : undefined}
          >
            {r.year}
            {r.errorCount > 0 ? ' ⚠' : ''}
          </Link>
        ))}
      </nav>
      {current && data.document && (
        <>
          <p className="muted">
            {t.template(current.template)} · {t.file}
            {colon}
            <span translate="no">{current.fileName.split(/[\\/]/).pop()}</span> ({current.format}) · {t.imported}
            {colon}
            {formatDate(current.importedAt, state.lang)}
          </p>
          <p className="muted" data-published>
            {data.published?.traced ? (
              <Link href={cellHref('source.published')}>{data.published.words}</Link>
            ) : (
              data.published?.words
            )}
          </p>
          <ReportScore scores={data.scores} currentYear={current.year} path={path} state={state} />
          <div className="grid-2">
            <ChartPanel kind="agency-trend" state={yearState} agencyId={id} metric={state.metric} height={360} />
            <ChartPanel
              kind="peers"
              state={yearState}
              agencyId={id}
              year={current.year}
              metric={state.metric}
              height={360}
            />
          </div>
          <div className="grid-2">
            <section className="panel">
              <h2>{t.changesTitle}</h2>
              <YearChanges year={current.year} changes={data.changes} locale={state.lang} />
            </section>
            <section className="panel">
              <h2>{t.peersTitle}</h2>
              <PeerPosition agencyId={id} typeId={agency.typeId} year={current.year} state={yearState} />
              <h2 style={{ marginTop: 16 }}>{t.findingsTitle}</h2>
              <FindingsList
                findings={data.findings}
                locale={state.lang}
                cellHref={cellHref}
                hasCell={(p) => Object.hasOwn(provenance, p)}
              />
            </section>
          </div>
          <div className="grid-2">
            <ChartPanel kind="agency-outcomes" state={yearState} agencyId={id} definition="granted" height={360} />
            <ChartPanel
              kind="agency-review"
              state={yearState}
              agencyId={id}
              year={current.year}
              definition="reviewTotal"
              height={360}
            />
          </div>
          <CopyComparison
            reportId={current.reportId}
            previousReportId={data.previous?.reportId ?? null}
            locale={state.lang}
          />
          <section className="panel" style={{ marginBottom: 16 }}>
            <h2>{t.tablesTitle}</h2>
            <p className="muted" style={{ marginTop: 0 }}>
              {t.tablesIntro}
            </p>
            <TemplateTables report={data.document.report} locale={state.lang} cellHref={cellHref} highlighted={cell} />
          </section>
          <SourceView
            text={data.text}
            span={cell ? provenance[cell] : undefined}
            fileName={current.fileName.split(/[\\/]/).pop() ?? current.fileName}
            format={current.format}
            locale={state.lang}
          />
        </>
      )}
    </PageLanguage>
  );
}
