/** The score tab's two tables: sub-regions by mean score with their on-time rates, and agencies by score. */
import Link from 'next/link';
import { scoreHref } from '@/lib/dashboard/metrics-view';
import type { ScorePage } from '@/lib/dashboard/score-page';
import { formatDaysLate } from '@/lib/format/days-late';
import { pick } from '@/lib/format/locale';
import { formatCount, NO_VALUE } from '@/lib/format/number';
import { SCORE_TEXT } from '@/lib/i18n/score-text';
import type { ViewState } from '@/lib/view-state/view-state';

const note = { fontSize: 12, margin: '4px 0 0' } as const;

export function RegionScoreTable({ state, view }: { state: ViewState; view: ScorePage }) {
  const t = pick(state.lang, SCORE_TEXT).rankings;
  const c = t.regionColumns;
  const regions = view.regions ?? [];
  return (
    <section className="panel" aria-labelledby="score-regions" data-score-regions>
      <h2 id="score-regions">{t.regionsTitle}</h2>
      {regions.length === 0 ? (
        <p className="muted">{t.agenciesNone}</p>
      ) : (
        <div className="table-wrap" style={{ maxHeight: 460 }}>
          <table className="data">
            <thead>
              <tr>
                <th className="num">{c.rank}</th>
                <th>{c.region}</th>
                <th className="num">{c.reports}</th>
                <th className="num">
                  <a href={scoreHref('score', state.lang)}>{c.meanScore}</a>
                </th>
                <th className="num">{c.onTime}</th>
              </tr>
            </thead>
            <tbody>
              {regions.map((r) => (
                <tr key={r.code} data-region={r.code}>
                  <td className="num" data-rank>
                    {r.rank ?? <span title={t.notRanked(view.minRanked)}>{NO_VALUE}</span>}
                  </td>
                  <td style={{ whiteSpace: 'normal', minWidth: 120 }}>
                    <Link href={r.href}>{r.name}</Link>
                  </td>
                  <td className="num">{r.reports}</td>
                  <td className="num">
                    <strong>{r.meanScore}</strong>
                  </td>
                  <td className="num" data-on-time>
                    {r.onTime}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {regions.some((r) => r.rank === null) && (
        <p className="muted" style={note} data-rank-guard>
          {t.notRankedNote(view.minRanked)}
        </p>
      )}
      <p className="muted" style={note}>
        {t.onTimeNote}
      </p>
    </section>
  );
}

export function AgencyScoreTable({ state, view }: { state: ViewState; view: ScorePage }) {
  const s = pick(state.lang, SCORE_TEXT);
  const t = s.rankings;
  const c = t.agencyColumns;
  const { total, ranked, rows } = view.agencies;
  const n = (v: number) => formatCount(v, state.lang);
  return (
    <section className="panel" aria-labelledby="score-agencies" data-score-agencies>
      <div className="panel-head">
        <h2 id="score-agencies">{t.agenciesTitle}</h2>
        {total > 0 && (
          <Link className="button" href={view.compareHref} data-score-compare>
            {t.viewAll}
          </Link>
        )}
      </div>
      {total === 0 ? (
        <p className="muted">{t.agenciesNone}</p>
      ) : (
        <>
          <p className="muted" style={{ ...note, margin: '0 0 6px' }} data-agencies-note>
            {ranked ? t.agenciesShown(n(rows.length), n(total)) : t.agenciesNotRanked(n(total), view.minRanked)}
          </p>
          <div className="table-wrap" style={{ maxHeight: 560 }}>
            <table className="data">
              <thead>
                <tr>
                  {ranked && <th className="num">{c.rank}</th>}
                  <th>{c.agency}</th>
                  <th>{c.region}</th>
                  <th className="num">
                    <a href={scoreHref('score', state.lang)}>{c.score}</a>
                  </th>
                  {rows[0].parts.map((p) => (
                    <th key={p.id} className="num">
                      <a href={scoreHref(p.id, state.lang)}>{s.withWeight(s.components[p.id], view.weights[p.id])}</a>
                    </th>
                  ))}
                  <th className="num">{c.daysLate}</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((r) => (
                  <tr key={r.key}>
                    {ranked && (
                      <td className="num" data-rank>
                        {r.rank}
                      </td>
                    )}
                    <td style={{ whiteSpace: 'normal', minWidth: 160 }} translate="no">
                      <Link href={r.href}>{r.agency}</Link>
                    </td>
                    <td style={{ whiteSpace: 'normal', minWidth: 100 }}>{r.region}</td>
                    <td className="num" data-score>
                      <strong>{r.score}</strong>
                    </td>
                    {r.parts.map((p) => (
                      <td
                        key={p.id}
                        className={p.note ? 'num muted' : 'num'}
                        title={p.note ?? undefined}
                        data-component={p.id}
                      >
                        {p.points}
                      </td>
                    ))}
                    <td className="num">{formatDaysLate(r.daysLate, state.lang)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </section>
  );
}
