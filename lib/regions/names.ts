/**
 * Place names as agency names write them: full names (嘉兴市, 上高县, 宁夏回族自治区), the 州 form of
 * autonomous prefectures (恩施州), and short names of provinces and cities (浙江, 嘉兴), which the
 * resolver accepts only in safe positions.
 */
import { type RegionRef, REGIONS, isNameOfItsCity, ownName } from './data';

const ETHNIC =
  /蒙古|藏族|回族|彝族|苗族|土家族|哈尼族|傣族|壮族|布依族|朝鲜族|白族|哈萨克|柯尔克孜|傈僳族|景颇族|侗族|羌族|维吾尔/;

/** 浙江省 → 浙江, 宁夏回族自治区 → 宁夏, 嘉兴市 → 嘉兴, 恩施土家族苗族自治州 → 恩施, 阿克苏地区 → 阿克苏. */
export function shortName(name: string): string | null {
  let short: string | null = null;
  if (/自治[区州]$/.test(name)) {
    // The place part is at least two characters: 内蒙古自治区 keeps its 蒙古.
    const ethnic = ETHNIC.exec(name.slice(2));
    short = name.slice(0, ethnic ? ethnic.index + 2 : name.length - 3);
  } else {
    const m = /^(.+?)(?:省|市|特别行政区|地区|盟)$/.exec(name);
    short = m ? m[1] : null;
  }
  return short && short.length >= 2 ? short : null;
}

function add(map: Map<string, RegionRef[]>, name: string, r: RegionRef): void {
  const list = map.get(name);
  if (list) list.push(r);
  else map.set(name, [r]);
}

/** Every region under each full name (鼓楼区 → four counties), plus 恩施州-style prefecture names. */
export const FULL_NAMES = new Map<string, RegionRef[]>();
for (const r of REGIONS) if (!isNameOfItsCity(r)) add(FULL_NAMES, ownName(r), r);
for (const r of REGIONS) {
  if (r.level !== 'city' || !r.city!.endsWith('自治州')) continue;
  const short = shortName(r.city!);
  if (short && !FULL_NAMES.has(`${short}州`)) add(FULL_NAMES, `${short}州`, r);
}

/** Short names of provinces and cities that are not also someone's full name (吉林 → 吉林省 and 吉林市). */
export const SHORT_NAMES = new Map<string, RegionRef[]>();
for (const r of REGIONS) {
  if (r.level === 'county') continue;
  const short = shortName(ownName(r));
  if (short && !FULL_NAMES.has(short)) add(SHORT_NAMES, short, r);
}

/** Name lengths by first two characters, longest first, so a lookup tries only lengths that exist. */
const LENGTHS = new Map<string, number[]>();
for (const name of [...FULL_NAMES.keys(), ...SHORT_NAMES.keys()]) {
  const key = name.slice(0, 2);
  const lengths = LENGTHS.get(key) ?? [];
  if (!lengths.includes(name.length)) lengths.push(name.length);
  LENGTHS.set(key, lengths);
}
for (const lengths of LENGTHS.values()) lengths.sort((a, b) => b - a);

export interface NameHit {
  word: string;
  regions: RegionRef[];
  short: boolean;
}

/** Every place name starting at `at`, longest first. */
export function namesAt(text: string, at: number): NameHit[] {
  const lengths = LENGTHS.get(text.slice(at, at + 2));
  if (!lengths) return [];
  const hits: NameHit[] = [];
  for (const len of lengths) {
    if (at + len > text.length) continue;
    const word = text.slice(at, at + len);
    const full = FULL_NAMES.get(word);
    if (full) hits.push({ word, regions: full, short: false });
    else {
      const short = SHORT_NAMES.get(word);
      if (short) hits.push({ word, regions: short, short: true });
    }
  }
  return hits;
}
