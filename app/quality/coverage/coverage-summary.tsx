/** The coverage tab's two summary tables: completeness per sub-region (with the total), and timeliness per year. */
import Link from 'next/link';
import type { CoverageView } from '@/lib/dashboard/coverage-page';
import { pick } from '@/lib/format/locale';
import { formatCount, formatRate, NO_VALUE } from '@/lib/format/number';
import { rateWithBase } from '@/lib/format/rate-base';
import { COVERAGE_TEXT } from '@/lib/i18n/coverage-text';
import { type CoverageShow, withShow } from '@/lib/view-state/coverage-filters';
import { hrefWith, type ViewState } from '@/lib/view-state/view-state';
import { RateLegend, RateText } from '@/app/ui/rate-text';

/** The whole view in two sentences: what was expected, present and missing; how timely the reports were. */
export function Headline({ state, view }: { state: ViewState; view: CoverageView }) {
  const t = pick(state.lang, COVERAGE_TEXT);
  const total = view.regions.at(-1)?.counts;
  if (!total) return null;
  const n = (v: number) => formatCount(v, state.lang);
  const years = view.years.length > 1 ? `${view.years[0]}–${view.years.at(-1)}` : String(view.years[0]);
  const rate = formatRate(total.expected ? total.present / total.expected : null, state.lang);
  return (
    <p style={{ margin: 0, fontSize: 15 }} data-coverage-headline>
      <strong>
        {t.headline(
          view.place,
          years,
          n(total.expected),
          n(total.present),
          rate,
          n(total.missingGap + total.missingList),
        )}
      </strong>{' '}
      {t.headlineTimely(n(total.present - total.late - total.undated), n(total.late), n(total.undated))}
    </p>
  );
}

/** Each sub-region links to the same view of it, with the matrix's row filter kept. */
export function RegionCoverageTable({
  state,
  view,
  show,
}: {
  state: ViewState;
  view: CoverageView;
  show: CoverageShow;
}) {
  const t = pick(state.lang, COVERAGE_TEXT);
  const c = t.regionColumns;
  const n = (v: number) => formatCount(v, state.lang);
  const withList = view.list !== null;
  const rates = view.regions.map((r) =>
    rateWithBase(r.counts.expected ? r.counts.present / r.counts.expected : null, r.counts.expected, state.lang),
  );
  return (
    <section className="panel" aria-labelledby="coverage-regions" data-coverage-regions>
      <h2 id="coverage-regions">{t.regionsTitle}</h2>
      <div className="table-wrap" style={{ maxHeight: 420 }}>
        <table className="data">
          <thead>
            <tr>
              <th>{c.region}</th>
              <th className="num">{c.expected}</th>
              <th className="num">{c.present}</th>
              <th className="num">{c.onTime}</th>
              <th className="num">{c.late}</th>
              <th className="num">{c.undated}</th>
              <th className="num">{c.missingGap}</th>
              {withList && <th className="num">{c.missingList}</th>}
              <th className="num">{c.completeness}</th>
            </tr>
          </thead>
          <tbody>
            {view.regions.map((r, i) => (
              <tr key={r.code ?? (r.total ? 'total' : 'own')} style={r.total ? { fontWeight: 600 } : undefined}>
                <td style={{ whiteSpace: 'normal', minWidth: 140 }}>
                  {r.code ? (
                    <Link href={withShow(hrefWith('/quality/coverage', state, { region: r.code }), show)}>
                      {r.name}
                    </Link>
                  ) : (
                    r.name
                  )}
                </td>
                <td className="num">{n(r.counts.expected)}</td>
                <td className="num">{n(r.counts.present)}</td>
                <td className="num">{n(r.counts.present - r.counts.late - r.counts.undated)}</td>
                <td className="num">{n(r.counts.late)}</td>
                <td className="num">{n(r.counts.undated)}</td>
                <td className="num">{n(r.counts.missingGap)}</td>
                {withList && <td className="num">{n(r.counts.missingList)}</td>}
                <td className="num" data-completeness>
                  <RateText value={rates[i]} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="muted" style={{ fontSize: 12, margin: '4px 0 0' }}>
        {t.completenessNote}
      </p>
      <RateLegend shown={rates} locale={state.lang} />
    </section>
  );
}

export function TimelinessTable({ state, view }: { state: ViewState; view: CoverageView }) {
  const t = pick(state.lang, COVERAGE_TEXT);
  const c = t.yearColumns;
  const n = (v: number) => formatCount(v, state.lang);
  const rates = view.timeliness.map((y) => rateWithBase(y.dated ? y.onTime / y.dated : null, y.dated, state.lang));
  return (
    <section className="panel" aria-labelledby="coverage-timeliness" data-coverage-timeliness>
      <h2 id="coverage-timeliness">{t.timelinessTitle}</h2>
      <p className="muted" style={{ fontSize: 12, marginTop: 0 }}>
        {t.timelinessNote}
      </p>
      <table className="data">
        <thead>
          <tr>
            <th>{c.year}</th>
            <th className="num">{c.reports}</th>
            <th className="num">{c.dated}</th>
            <th className="num">{c.onTime}</th>
            <th className="num">{c.late}</th>
            <th className="num">{c.onTimeRate}</th>
            <th className="num">{c.median}</th>
            <th className="num">{c.undated}</th>
          </tr>
        </thead>
        <tbody>
          {view.timeliness.map((y, i) => (
            <tr key={y.year}>
              <td>{y.year}</td>
              <td className="num">{n(y.present)}</td>
              <td className="num">{n(y.dated)}</td>
              <td className="num">{n(y.onTime)}</td>
              <td className="num">{n(y.late)}</td>
              <td className="num">
                <RateText value={rates[i]} />
              </td>
              <td className="num" data-median>
                {y.medianLate === null ? NO_VALUE : t.medianDays(formatCount(y.medianLate, state.lang))}
              </td>
              <td className="num">{n(y.undated)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="muted" style={{ fontSize: 12, margin: '4px 0 0' }}>
        {t.onTimeRateNote}
      </p>
    </section>
  );
}
