/** Per year, how many reports lack each key number: where the data has gaps. */
import Link from 'next/link';
import { appDatabase } from '@/db/app-database';
import { loadDataGaps } from '@/lib/dashboard/overview';
import { formatCount } from '@/lib/format/number';
import { pick } from '@/lib/format/locale';
import { OVERVIEW_TEXT } from '@/lib/i18n/overview-text';
import { hrefWith, type ViewState } from '@/lib/view-state/view-state';

export async function DataGapsTable({ state }: { state: ViewState }) {
  const { metrics, rows } = await loadDataGaps(await appDatabase(), state);
  const t = pick(state.lang, OVERVIEW_TEXT);
  const c = t.gapsColumns;
  const n = (v: number) => formatCount(v, state.lang);
  // An empty view says why in its notice; a table of headers would say nothing more.
  if (rows.length === 0) return null;
  return (
    <section className="panel">
      <div className="panel-head">
        <h2>{t.gapsTitle}</h2>
        <Link href={hrefWith('/quality', state, { sort: undefined, columns: [] })}>{t.seeQuality}</Link>
      </div>
      <p className="muted" style={{ marginTop: 0 }}>
        {t.gapsIntro}
      </p>
      <table className="data">
        <thead>
          <tr>
            <th>{c.year}</th>
            <th className="num">{c.reports}</th>
            <th className="num">{c.withErrors}</th>
            {metrics.map((id) => (
              <th key={id} className="num">
                {c[id]}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.year}>
              <td>{r.year}</td>
              <td className="num">{n(r.reports)}</td>
              <td className="num">{n(r.withErrors)}</td>
              {metrics.map((id) => (
                <td key={id} className="num">
                  {n(r.missing[id])}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
