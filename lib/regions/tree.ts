/** The division tree for the region filter's cascade (province → city → county) and breadcrumbs. */
import type { LocalizedName } from '../format/locale';
import { BY_CODE, childrenOf, ownName, pathOf, type RegionRef } from './data';
import { englishName } from './english-names';

export interface RegionOption {
  code: string;
  /** The name at its own level in both languages (嘉兴市 / Jiaxing). */
  name: Required<LocalizedName>;
  level: RegionRef['level'];
}

const option = (r: RegionRef): RegionOption => ({
  code: r.code,
  name: {
    zh: ownName(r),
    // Romanised when first read (english-names.ts): a page in Chinese never loads pinyin.
    get en() {
      return englishName(r);
    },
  },
  level: r.level,
});

/** The regions directly under `code` (provinces for null), by code: a municipality's districts sit under it directly. */
export function regionChildren(code: string | null): RegionOption[] {
  return childrenOf(code).map(option);
}

/** From the province down to the region itself; empty for an unknown code. */
export function regionTrail(code: string): RegionOption[] {
  return BY_CODE.has(code) ? pathOf(BY_CODE.get(code)!).map((c) => option(BY_CODE.get(c)!)) : [];
}
