/** The sub-regions of the chosen region with their totals; each name goes one level down. */
import Link from 'next/link';
import { viewSummary } from '@/lib/dashboard/view-summary';
import { childLevel } from '@/lib/dashboard/view-charts';
import { appDatabase } from '@/db/app-database';
import { formatCount, formatRate } from '@/lib/format/number';
import { pick } from '@/lib/format/locale';
import { regionChildren } from '@/lib/regions/tree';
import { hrefWith, type ViewState } from '@/lib/view-state/view-state';
import { REGION_TEXT } from '@/app/i18n/region-text';

export async function ChildrenTable({ state }: { state: ViewState }) {
  const t = pick(state.lang, REGION_TEXT);
  const level = childLevel(state.region);
  if (!level) return <p className="muted">{t.noChildren}</p>;
  const rows = await viewSummary(await appDatabase(), state, level);
  const byCode = new Map(rows.map((r) => [String(r.key), r]));
  const children = regionChildren(state.region ?? null).filter((c) => byCode.has(c.code));
  const c = t.columns;
  const n = (v: number | null | undefined) => formatCount(v ?? null, state.lang);
  return (
    <table className="data">
      <thead>
        <tr>
          <th>{c.region}</th><th className="num">{c.reports}</th><th className="num">{c.agencies}</th><th className="num">{c.appsNew}</th>
          <th className="num">{c.granted}</th><th className="num">{c.disclosureRate}</th><th className="num">{c.reviewTotal}</th><th className="num">{c.litigationTotal}</th>
        </tr>
      </thead>
      <tbody>
        {children.map((child) => {
          const r = byCode.get(child.code)!;
          return (
            <tr key={child.code}>
              <td><Link href={hrefWith('/region', state, { region: child.code })}>{child.name}</Link></td>
              <td className="num">{n(r.reports)}</td><td className="num">{n(r.agencies)}</td><td className="num">{n(r.sums.appsNew)}</td>
              <td className="num">{n(r.sums.granted)}</td><td className="num">{formatRate(r.rates.disclosureRate, state.lang)}</td>
              <td className="num">{n(r.sums.reviewTotal)}</td><td className="num">{n(r.sums.litigationTotal)}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
