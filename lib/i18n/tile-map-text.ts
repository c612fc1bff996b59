/**
 * The words of the province tile map (lib/charts/tile-map.ts) and of the ranked list beside it
 * (app/ui/region-map.tsx): title, caption notes, tooltip, the list's heading, and why a city has no map.
 */

/** The level whose regions the list ranks: the provinces, or the cities or counties under the chosen region. */
export type RankedLevel = 'province' | 'city' | 'county';

const ZH = {
  title: (metric: string) => `各省份${metric}（方块示意图）`,
  /** A caption line: what a square is, and that it claims no boundary. */
  layoutNote: '每个方块代表一个省级行政区，位置仅示意大致方位，不表示边界和面积。',
  noDataTiles: (n: number) => `灰色方块：无数据（${n} 个）。`,
  /** A tile's tooltip when the province has no value. */
  noData: '无数据',
  /** Under the map on the page. */
  clickHint: '点击方块进入该省份的地区页。',
  listHeading: { province: '各省份排名', city: '各市排名', county: '各区县排名' } as Record<RankedLevel, string>,
  /** After the ranked items: those with no value, named. */
  noDataList: (names: string) => `无数据：${names}`,
  listSeparator: '、',
  /** Why a province (or a city) has a ranked list and no map. */
  noMapBelow: '市、区县没有公认的方块排布，按地理摆放会误导，这里只按数值排名。',
};
export type TileMapText = typeof ZH;

const EN: TileMapText = {
  title: (metric: string) => `${metric} by province (tile grid)`,
  layoutNote: 'Each square is one provincial-level unit, placed about where it lies; squares show no boundary or area.',
  noDataTiles: (n: number) => `Grey squares: no data (${n}).`,
  noData: 'No data',
  clickHint: "Click a square to open that province's region page.",
  listHeading: { province: 'Provinces ranked', city: 'Cities ranked', county: 'Counties ranked' },
  noDataList: (names: string) => `No data: ${names}`,
  listSeparator: ', ',
  noMapBelow:
    'Cities and counties have no agreed tile layout, and a made-up one would mislead: here they are ranked by value only.',
};

export const TILE_MAP_TEXT = { zh: ZH, en: EN };
