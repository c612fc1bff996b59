/**
 * 报告评分 Report score on the agency page (issue 16): a small table of years × components, the total in bold, and
 * under every figure the evidence it rests on, in words; the headers link to the rules on /metrics.
 */
import Link from 'next/link';
import type { AgencyYearScore } from '@/lib/dashboard/agency-scores';
import { scoreHref } from '@/lib/dashboard/metrics-view';
import { pick } from '@/lib/format/locale';
import { SCORE_TEXT } from '@/lib/i18n/score-text';
import { hrefWith, type ViewState } from '@/lib/view-state/view-state';

const evidenceStyle = { fontSize: 12, lineHeight: 1.35, whiteSpace: 'normal', minWidth: 120, maxWidth: 220 } as const;
/** Figures and their evidence read down one left edge; the table takes the width it needs. */
const cellStyle = { verticalAlign: 'top', fontVariantNumeric: 'tabular-nums' } as const;

export function ReportScore({
  scores,
  currentYear,
  path,
  state,
}: {
  scores: AgencyYearScore[];
  currentYear: number | undefined;
  path: string;
  state: ViewState;
}) {
  if (scores.length === 0) return null;
  const t = pick(state.lang, SCORE_TEXT);
  const components = scores[0].words.components;
  return (
    <section className="panel" style={{ marginBottom: 16 }} aria-labelledby="report-score" data-score-section>
      <div className="panel-head">
        <h2 id="report-score">{t.title}</h2>
        <a href={scoreHref('score', state.lang)} style={{ fontSize: 12 }}>
          {t.agency.definitions}
        </a>
      </div>
      <p className="muted" style={{ margin: '0 0 6px', fontSize: 12 }}>
        {t.agency.intro}
      </p>
      <div className="table-wrap" style={{ width: 'fit-content', maxWidth: '100%' }}>
        <table className="data" style={{ width: 'auto' }}>
          <thead>
            <tr>
              <th>{t.agency.year}</th>
              <th>
                <a href={scoreHref('score', state.lang)}>{t.total}</a>
              </th>
              {components.map((c) => (
                <th key={c.id} data-score-header={c.id}>
                  <a href={scoreHref(c.id, state.lang)}>{t.withWeight(c.name, c.weight)}</a>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {scores.map((s) => {
              const current = s.year === currentYear;
              return (
                <tr key={s.year} data-score-year={s.year} aria-current={current ? 'true' : undefined}>
                  <td style={{ verticalAlign: 'top', fontWeight: current ? 600 : undefined }}>
                    {current ? (
                      s.year
                    ) : (
                      <Link href={hrefWith(path, { ...state, yearFrom: s.year, yearTo: s.year })}>{s.year}</Link>
                    )}
                  </td>
                  <td style={cellStyle} data-score-total>
                    <strong style={{ fontSize: 15 }}>{s.words.total}</strong>
                    <div className="muted" style={evidenceStyle} data-evidence>
                      {s.words.counted}
                    </div>
                  </td>
                  {s.words.components.map((c) => (
                    <td key={c.id} style={cellStyle} data-score-component={c.id} title={c.detail ?? undefined}>
                      <span className={c.known ? undefined : 'muted'}>{c.points}</span>
                      <div className="muted" style={evidenceStyle} data-evidence>
                        {c.evidence}
                      </div>
                    </td>
                  ))}
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </section>
  );
}
