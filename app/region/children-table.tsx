/** The sub-regions of the chosen region with their totals; each name goes one level down. */
import Link from 'next/link';
import { appDatabase } from '@/db/app-database';
import { loadRegionChildren } from '@/lib/dashboard/region-page';
import { formatCount } from '@/lib/format/number';
import { rateWithBase } from '@/lib/format/rate-base';
import { pick } from '@/lib/format/locale';
import { REGION_TEXT } from '@/lib/i18n/region-text';
import { hrefWith, type ViewState } from '@/lib/view-state/view-state';
import { RateLegend, RateText } from '@/app/ui/rate-text';

export async function ChildrenTable({ state }: { state: ViewState }) {
  const t = pick(state.lang, REGION_TEXT);
  const children = await loadRegionChildren(await appDatabase(), state);
  if (!children) return <p className="muted">{t.noChildren}</p>;
  if (children.length === 0) return <p className="muted">{t.noChildReports}</p>;
  const c = t.columns;
  const n = (v: number | null | undefined) => formatCount(v ?? null, state.lang);
  const rates = children.map((r) => rateWithBase(r.rates.disclosureRate, r.bases.disclosureRate, state.lang));
  return (
    <>
      <table className="data">
        <thead>
          <tr>
            <th>{c.region}</th>
            <th className="num">{c.reports}</th>
            <th className="num">{c.agencies}</th>
            <th className="num">{c.appsNew}</th>
            <th className="num">{c.granted}</th>
            <th className="num">{c.disclosureRate}</th>
            <th className="num">{c.reviewTotal}</th>
            <th className="num">{c.litigationTotal}</th>
          </tr>
        </thead>
        <tbody>
          {children.map((r, i) => (
            <tr key={r.code}>
              <td>
                <Link href={hrefWith('/region', state, { region: r.code })}>{r.name}</Link>
              </td>
              <td className="num">{n(r.reports)}</td>
              <td className="num">{n(r.agencies)}</td>
              <td className="num">{n(r.sums.appsNew)}</td>
              <td className="num">{n(r.sums.granted)}</td>
              <td className="num">
                <RateText value={rates[i]} />
              </td>
              <td className="num">{n(r.sums.reviewTotal)}</td>
              <td className="num">{n(r.sums.litigationTotal)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <RateLegend shown={rates} locale={state.lang} />
    </>
  );
}
