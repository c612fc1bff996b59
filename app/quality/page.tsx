/** 数据质量 Data quality: every finding, filterable by rule, severity, region and year; coverage has its own tab (coverage/). */
import Link from 'next/link';
import { redirect } from 'next/navigation';
import { appDatabase } from '@/db/app-database';
import { loadQualityPage } from '@/lib/dashboard/quality-page';
import { formatCount } from '@/lib/format/number';
import { pick } from '@/lib/format/locale';
import { QUALITY_TEXT } from '@/lib/i18n/quality-text';
import { qualityFilters, qualityHref } from '@/lib/view-state/quality-filters';
import { hrefWith, parseViewState, type SearchParams } from '@/lib/view-state/view-state';
import { FindingDetails } from '@/app/ui/finding-details';
import { PageLanguage } from '@/app/ui/page-language';
import { metadataFor } from '@/app/ui/page-metadata';
import { WithCommands } from '@/app/ui/with-commands';
import { Pager } from '@/app/ui/pager';
import { ViewFilters } from '@/app/ui/view-filters';
import { QualityTabs } from './quality-tabs';

export const dynamic = 'force-dynamic';
export const generateMetadata = metadataFor('quality');

export default async function QualityPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const params = await searchParams;
  const state = parseViewState(params);
  const { rule, severity } = qualityFilters(params);
  const t = pick(state.lang, QUALITY_TEXT);
  const { counts, list, older, held, ruleName } = await loadQualityPage(await appDatabase(), state, {
    rule,
    severity,
  });
  const here = hrefWith('/quality', state);
  // A page past the end (a bookmark from when there were more findings) goes to the last page, as /compare does.
  if (list.rows.length === 0 && list.total > 0) {
    const href = qualityHref(here, { rule, severity });
    redirect(`${href}${href.includes('?') ? '&' : '?'}page=${Math.ceil(list.total / state.pageSize)}`);
  }
  const withRule = (extra: { rule?: string; severity?: typeof severity }) =>
    qualityHref(here, { rule, severity, ...extra });
  const c = t.columns;
  return (
    <PageLanguage locale={state.lang}>
      <div className="page-head">
        <div>
          <h1>{t.title}</h1>
          <p>{t.intro}</p>
        </div>
      </div>
      <ViewFilters state={state} />
      <QualityTabs state={state} active="findings" />
      {older.reports > 0 && (
        <p className="banner" role="status">
          <WithCommands
            text={t.olderParser(formatCount(older.reports, state.lang), older.versions.join(', '), older.current)}
          />
        </p>
      )}
      <nav className="tabs" aria-label={t.severity}>
        <Link href={withRule({ severity: undefined })} className={!severity ? 'active' : undefined}>
          {t.allSeverities}
        </Link>
        {(['error', 'warning', 'info'] as const).map((s) => (
          <Link key={s} href={withRule({ severity: s })} className={severity === s ? 'active' : undefined}>
            {t.severities[s]}
          </Link>
        ))}
        {rule && (
          <Link href={withRule({ rule: undefined })} title={rule}>
            ✕ {ruleName}
          </Link>
        )}
      </nav>
      <div style={{ display: 'grid', gap: 16 }}>
        {held.total > 0 && (
          <section className="panel" aria-labelledby="held-title">
            <h2 id="held-title">{t.heldTitle(formatCount(held.total, state.lang))}</h2>
            <p>
              <WithCommands text={t.heldIntro} />
            </p>
            <div className="table-wrap" style={{ maxHeight: 400 }}>
              <table className="data">
                <thead>
                  <tr>
                    <th className="num">{t.heldColumns.id}</th>
                    <th>{t.heldColumns.file}</th>
                    <th>{t.heldColumns.readAs}</th>
                    <th>{t.heldColumns.inForce}</th>
                  </tr>
                </thead>
                <tbody>
                  {held.rows.map((h) => (
                    <tr key={h.reportId}>
                      <td className="num">{h.reportId}</td>
                      <td style={{ whiteSpace: 'normal' }} translate="no">
                        {h.fileName}
                      </td>
                      <td>
                        {h.agency} {h.year}
                      </td>
                      <td>
                        {h.inForce === null ? (
                          t.heldNoneInForce
                        ) : (
                          <Link href={`/agency/${h.agencyId}?year=${h.year}${state.lang === 'en' ? '&lang=en' : ''}`}>
                            {t.heldInForce(h.agency, h.year)}
                          </Link>
                        )}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </section>
        )}
        <section className="panel">
          <h2>{t.countsTitle}</h2>
          <table className="data">
            <thead>
              <tr>
                <th>{c.rule}</th>
                <th>{c.severity}</th>
                <th className="num">{c.count}</th>
              </tr>
            </thead>
            <tbody>
              {counts.map((k) => (
                <tr key={`${k.rule}-${k.severity}`}>
                  {/* The rule in words; its id stays beside it, small, for reporting a problem. */}
                  <td style={{ whiteSpace: 'normal', minWidth: 260 }}>
                    <Link href={withRule({ rule: k.rule })} title={k.rule}>
                      {k.meaning || k.rule}
                    </Link>{' '}
                    <code className="muted rule-id" style={{ fontSize: 11 }}>
                      {k.rule}
                    </code>
                  </td>
                  <td className={`sev-${k.severity}`}>{t.severities[k.severity]}</td>
                  <td className="num">{formatCount(k.count, state.lang)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
        <section className="panel">
          <h2>
            {t.listTitle}
            {rule ? ` · ${ruleName}` : ''}
          </h2>
          {list.total === 0 ? (
            <p className="muted">{t.none}</p>
          ) : (
            <>
              <div className="table-wrap" style={{ maxHeight: 600 }}>
                <table className="data">
                  <thead>
                    <tr>
                      <th>{c.agency}</th>
                      <th>{c.year}</th>
                      <th>{c.region}</th>
                      <th>{c.severity}</th>
                      <th>{c.where}</th>
                      <th>{c.message}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {list.rows.map((f) => (
                      <tr key={f.id}>
                        <td>
                          <Link
                            href={`/agency/${f.agencyId}?year=${f.year}${state.lang === 'en' ? '&lang=en' : ''}&cell=${encodeURIComponent(f.path)}#source`}
                            translate="no"
                          >
                            {f.agency}
                          </Link>
                        </td>
                        <td>{f.year}</td>
                        <td>{f.regionWords ?? '—'}</td>
                        <td className={`sev-${f.severity}`}>{t.severities[f.severity]}</td>
                        <td style={{ whiteSpace: 'normal', minWidth: 200 }} title={f.path}>
                          {f.place ?? <code>{f.path}</code>}
                        </td>
                        <td style={{ whiteSpace: 'normal', minWidth: 320 }}>
                          <div>{f.meaning || f.message}</div>
                          <FindingDetails rule={f.rule} path={f.path} message={f.message} locale={state.lang} />
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
              <Pager
                state={state}
                path="/quality"
                total={list.total}
                extra={qualityHref('', { rule, severity }).replace(/^\?/, '')}
              />
            </>
          )}
        </section>
      </div>
    </PageLanguage>
  );
}
