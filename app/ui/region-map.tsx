/**
 * Where, for the view's metric: the provinces as a tile map (a click on a tile opens that province's region
 * view) beside an ordered list of them by value, which a screen reader reads and a keyboard follows. Under a
 * province the cities get the ranked list alone and a line saying why there is no map (lib/dashboard/region-map.ts).
 */
import Link from 'next/link';
import { appDatabase } from '@/db/app-database';
import { loadRegionRanking, type RegionRanking } from '@/lib/dashboard/region-map';
import { loadViewNotice } from '@/lib/dashboard/view-notice';
import { pick } from '@/lib/format/locale';
import { formatCount } from '@/lib/format/number';
import { rateWithBase } from '@/lib/format/rate-base';
import { TILE_MAP_TEXT } from '@/lib/i18n/tile-map-text';
import { hrefWith, type ViewState } from '@/lib/view-state/view-state';
import { ChartPanel } from './chart-panel';
import { RateLegend, RateText } from './rate-text';

export async function RegionMap({ state }: { state: ViewState }) {
  const db = await appDatabase();
  if ((await loadViewNotice(db, state)) !== null) return null;
  const ranking = await loadRegionRanking(db, state);
  if (!ranking || ranking.ranked.length === 0) return null;
  const href = (code: string) => hrefWith('/region', state, { region: code });
  const links = Object.fromEntries(ranking.linkable.map((code) => [code, href(code)]));
  return (
    <div className={ranking.map ? 'map-row' : 'grid-2'} data-region-map={ranking.level}>
      {ranking.map && <ChartPanel kind="tile-map" state={state} metric={state.metric} height={460} links={links} />}
      <RankedList ranking={ranking} state={state} href={href} />
    </div>
  );
}

function RankedList({
  ranking,
  state,
  href,
}: {
  ranking: RegionRanking;
  state: ViewState;
  href: (code: string) => string;
}) {
  const t = pick(state.lang, TILE_MAP_TEXT);
  const linkable = new Set(ranking.linkable);
  const rates = ranking.ranked.map((r) => (ranking.rate ? rateWithBase(r.value, r.base, state.lang) : null));
  return (
    <section className="panel" data-ranked-list={ranking.level}>
      <h2>{t.listHeading[ranking.level]}</h2>
      <p className="muted" style={{ fontSize: 12, margin: '0 0 6px' }}>
        {ranking.map ? t.clickHint : t.noMapBelow}
      </p>
      <ol className="ranked-list">
        {ranking.ranked.map((r, i) => (
          <li key={r.code} value={r.rank}>
            {linkable.has(r.code) ? <Link href={href(r.code)}>{r.name}</Link> : r.name}{' '}
            <span className="value">
              {rates[i] ? (
                <RateText value={rates[i]} />
              ) : (
                `${formatCount(r.value, state.lang)}${ranking.unit ? ` ${ranking.unit}` : ''}`
              )}
            </span>
          </li>
        ))}
      </ol>
      {ranking.missing.length > 0 && (
        <p className="muted" style={{ fontSize: 12, margin: '6px 0 0' }}>
          {t.noDataList(ranking.missing.join(t.listSeparator))}
        </p>
      )}
      {ranking.rate && <RateLegend shown={rates.filter((r) => r !== null)} locale={state.lang} />}
    </section>
  );
}
