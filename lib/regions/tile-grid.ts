/**
 * The 34 provincial units as a tile grid: one square each, at about where it lies (north at the top), and no
 * boundary drawn. A map published in China must follow the approved standard map (boundaries, the South China
 * Sea islands); a grid of equal squares draws no boundary at all, so it claims none. Rows run north to south,
 * columns west to east; the grid is TILE_COLUMNS wide and TILE_ROWS high, and some cells stay empty.
 */
import { PROVINCE_ENGLISH } from './province-english';

export interface ProvinceTile {
  /** The six-digit code, as lib/regions and the rollups use it ('330000'). */
  code: string;
  /** The short name a tile has room for (浙江, 内蒙古, 香港). */
  zh: string;
  /** The standard English name (Zhejiang, Inner Mongolia, Hong Kong). */
  en: string;
  row: number;
  column: number;
}

export const TILE_ROWS = 8;
export const TILE_COLUMNS = 7;

/** [code prefix, short name, row, column]: 黑龙江 top right, 新疆 and 西藏 left, 台湾 right of 福建, 港澳 under 广东, 海南 at the bottom. */
const LAYOUT: readonly (readonly [string, string, number, number])[] = [
  ['23', '黑龙江', 0, 6],
  ['15', '内蒙古', 1, 3],
  ['11', '北京', 1, 4],
  ['21', '辽宁', 1, 5],
  ['22', '吉林', 1, 6],
  ['65', '新疆', 2, 0],
  ['62', '甘肃', 2, 1],
  ['64', '宁夏', 2, 2],
  ['14', '山西', 2, 3],
  ['13', '河北', 2, 4],
  ['12', '天津', 2, 5],
  ['54', '西藏', 3, 0],
  ['63', '青海', 3, 1],
  ['61', '陕西', 3, 2],
  ['41', '河南', 3, 3],
  ['37', '山东', 3, 4],
  ['51', '四川', 4, 1],
  ['50', '重庆', 4, 2],
  ['42', '湖北', 4, 3],
  ['34', '安徽', 4, 4],
  ['32', '江苏', 4, 5],
  ['31', '上海', 4, 6],
  ['53', '云南', 5, 1],
  ['52', '贵州', 5, 2],
  ['43', '湖南', 5, 3],
  ['36', '江西', 5, 4],
  ['33', '浙江', 5, 5],
  ['45', '广西', 6, 2],
  ['44', '广东', 6, 3],
  ['35', '福建', 6, 4],
  ['71', '台湾', 6, 5],
  ['46', '海南', 7, 2],
  ['82', '澳门', 7, 3],
  ['81', '香港', 7, 4],
];

export const PROVINCE_TILES: readonly ProvinceTile[] = LAYOUT.map(([prefix, zh, row, column]) => ({
  code: `${prefix}0000`,
  zh,
  en: PROVINCE_ENGLISH[prefix],
  row,
  column,
}));
