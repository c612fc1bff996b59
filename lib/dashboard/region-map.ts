/**
 * The "where" of a view: the provinces as a tile map (lib/charts/tile-map.ts) and, beside it, the regions one
 * level down ranked by the view's metric. Both read childValues (region-values.ts), the rollup summary the
 * ranking chart reads too. Below a province there is a ranked list and no map: cities have no agreed tile layout.
 */
import type { Db } from '../../db/client';
import { rankItems } from '../charts/ranked-bar';
import { tileMapOption } from '../charts/tile-map';
import { pick } from '../format/locale';
import { METRIC_TEXT } from '../i18n/metric-text';
import { TILE_MAP_TEXT } from '../i18n/tile-map-text';
import { isRate, metricById } from '../metrics/dictionary';
import { regionChildren } from '../regions/tree';
import { PROVINCE_TILES } from '../regions/tile-grid';
import type { ViewState } from '../view-state/view-state';
import { type ChildLevel, childValues } from './region-values';
import { metricName } from './table/metric-headers';
import type { BuiltChart } from './view-charts';
import { viewCaption } from './view-caption';

/** Every province's tile with the view's value; null unless the view is the whole country. */
async function provinceTiles(db: Db, state: ViewState) {
  const children = await childValues(db, state);
  if (children?.level !== 'province') return null;
  const byCode = new Map(children.items.map((i) => [i.code, i]));
  return PROVINCE_TILES.map((t) => ({
    code: t.code,
    name: t[state.lang],
    row: t.row,
    column: t.column,
    value: byCode.get(t.code)?.value ?? null,
    base: byCode.get(t.code)?.base,
  }));
}

export async function tileMapChart(db: Db, state: ViewState): Promise<BuiltChart | null> {
  const tiles = await provinceTiles(db, state);
  if (!tiles) return null;
  const title = TILE_MAP_TEXT[state.lang].title(metricName(state.metric, state.lang));
  return {
    title,
    option: tileMapOption(tiles, metricById(state.metric), state.lang, await viewCaption(db, state, title)),
  };
}

export interface RankedRegion {
  code: string;
  name: string;
  /** 1-based; equal values share a rank. */
  rank: number;
  value: number;
  /** For a rate, the count it rests on. */
  base?: number | null;
}

export interface RegionRanking {
  level: ChildLevel;
  /** The provinces, drawn as the tile map too. */
  map: boolean;
  rate: boolean;
  /** The metric's unit after a value, for amounts (元, 万元); empty for counts and rates. */
  unit: string;
  /** The regions with a value, largest first. */
  ranked: RankedRegion[];
  /** The names of the regions without one (for the provinces, every tile without data). */
  missing: string[];
  /** The regions a click may open: every region of the level that lib/regions knows, with data or not. */
  linkable: string[];
}

/**
 * Null when the chosen region has no level below it, and for the counties under a city: their values come
 * from a scan of report_metrics (the rollups stop at cities), which the overview does not pay for a list.
 */
export async function loadRegionRanking(db: Db, state: ViewState): Promise<RegionRanking | null> {
  const children = await childValues(db, state);
  if (!children || children.level === 'county') return null;
  const map = children.level === 'province';
  const known = regionChildren(state.region ?? null);
  const items = map ? (await provinceTiles(db, state))! : children.items;
  const ranked = rankItems(items);
  const withValue = new Set(ranked.filter((r) => r.rank !== null).map((r) => r.code));
  const metric = metricById(state.metric);
  return {
    level: children.level,
    map,
    rate: isRate(metric),
    unit: metric.unit === 'yuan' || metric.unit === '10k-yuan' ? pick(state.lang, METRIC_TEXT).units[metric.unit] : '',
    ranked: ranked.flatMap((r) =>
      r.rank === null || r.value === null
        ? []
        : [{ code: r.code, name: r.name, rank: r.rank, value: r.value, base: r.base }],
    ),
    missing: map
      ? ranked.filter((r) => !withValue.has(r.code)).map((r) => r.name)
      : known.filter((c) => !withValue.has(c.code)).map((c) => c.name[state.lang]),
    linkable: known.map((c) => c.code),
  };
}
