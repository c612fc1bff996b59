/**
 * Every region's name in English: the provinces by hand (province-english.ts), cities and counties romanised
 * with their suffix translated — 嘉兴市 Jiaxing, 上高县 Shanggao County, 恩施土家族苗族自治州 Enshi Tujia and Miao
 * Autonomous Prefecture, 苏州工业园区 Suzhou Industrial Park. A 市 says " City" only where the bare name would
 * be read as another place: a province (吉林市 Jilin City), its parent, or a place beside it.
 *
 * Computed one name at a time, when first asked, and kept: a page names a few dozen regions, and romanising
 * all ~3,300 at load would cost every page import (BENCHMARKS.md, 'English region names').
 */
import { BY_CODE, childrenOf, isListedZone, ownName, parentCode, type RegionRef } from './data';
import { namesAt, shortName } from './names';
import { BANNER, BANNER_WORDS, NAME_SPELLINGS, PEOPLES, SUFFIXES, ZONES } from './place-words';
import { PROVINCE_ENGLISH } from './province-english';
import { romanizeWord } from './romanize';

const AUTONOMOUS = /^(.*?)(自治州|自治县|自治旗)$/;
const PROVINCE_NAMES = new Set(Object.values(PROVINCE_ENGLISH));

const bareMemo = new Map<string, string>();
const fullMemo = new Map<string, string>();

/** The region's own name in English ("Jiaxing", "Shanggao County", "Jilin City"). */
export function englishName(r: RegionRef): string {
  let name = fullMemo.get(r.code);
  if (name === undefined) {
    name = bareEnglish(r) + (needsCity(r) ? ' City' : '');
    fullMemo.set(r.code, name);
  }
  return name;
}

/** A 市 whose bare name is also a province's, its parent's or a neighbour's English name. */
function needsCity(r: RegionRef): boolean {
  const own = ownName(r);
  if (r.level === 'province' || !own.endsWith('市') || own in NAME_SPELLINGS) return false;
  const bare = bareEnglish(r);
  if (PROVINCE_NAMES.has(bare)) return true;
  const parent = parentCode(r);
  if (parent && bareEnglish(BY_CODE.get(parent)!) === bare) return true;
  return childrenOf(parent).some((s) => s.code !== r.code && bareEnglish(s) === bare);
}

/** The name without the " City" a clash may add. */
function bareEnglish(r: RegionRef): string {
  let name = bareMemo.get(r.code);
  if (name === undefined) {
    name = r.level === 'province' ? provinceEnglish(r) : placeEnglish(r);
    bareMemo.set(r.code, name);
  }
  return name;
}

function provinceEnglish(r: RegionRef): string {
  return PROVINCE_ENGLISH[r.code.slice(0, 2)] ?? romanizeWord(shortName(r.province) ?? r.province);
}

function placeEnglish(r: RegionRef): string {
  const own = ownName(r);
  const spelled = NAME_SPELLINGS[own];
  if (spelled) return spelled;
  if (isListedZone(r)) return zoneEnglish(own);
  const autonomous = AUTONOMOUS.exec(own);
  if (autonomous) return autonomousEnglish(autonomous[1], autonomous[2]);
  const banner = BANNER.exec(own);
  if (banner) {
    const [, place, wing, side, united] = banner;
    return [romanizeWord(place), ...[wing, side, united].map((w) => (w ? BANNER_WORDS[w] : '')), 'Banner']
      .filter(Boolean)
      .join(' ');
  }
  for (const [suffix, english] of SUFFIXES) {
    if (own.length > suffix.length && own.endsWith(suffix))
      return [romanizeWord(own.slice(0, -suffix.length)), english].filter(Boolean).join(' ');
  }
  return romanizeWord(own);
}

/** 恩施土家族苗族 + 自治州: the place, then its peoples ("Tujia and Miao"); 东乡族自治县 has no place of its own. */
function autonomousEnglish(body: string, suffix: string): string {
  const kind = SUFFIXES.find(([s]) => s === suffix)![1];
  for (let at = 0; at < body.length; at++) {
    const peoples = peoplesIn(body.slice(at));
    if (!peoples) continue;
    return [placeWithWing(body.slice(0, at)), listed(peoples), kind].filter(Boolean).join(' ');
  }
  return [romanizeWord(body), kind].join(' ');
}

/** 喀喇沁左翼: the place, then its wing ("Kalaqin Left Wing"). */
function placeWithWing(place: string): string {
  const wing = /(左翼|右翼)$/.exec(place)?.[1];
  return wing ? `${romanizeWord(place.slice(0, -wing.length))} ${BANNER_WORDS[wing]}` : romanizeWord(place);
}

/** The text as a run of peoples' names, or null when it is not one. */
function peoplesIn(text: string): string[] | null {
  const found: string[] = [];
  for (let at = 0; at < text.length; ) {
    const word = Object.keys(PEOPLES)
      .filter((p) => text.startsWith(p, at))
      .sort((a, b) => b.length - a.length)[0];
    if (!word) return null;
    found.push(PEOPLES[word]);
    at += word.length;
  }
  return found.length ? found : null;
}

const listed = (words: string[]) =>
  words.length < 3 ? words.join(' and ') : `${words.slice(0, -1).join(', ')} and ${words.at(-1)}`;

/** 河北唐山芦台经济开发区: the places it names in English (Hebei Tangshan), the rest romanised, then the kind of zone. */
function zoneEnglish(own: string): string {
  const zone = ZONES.find(([word]) => own.length > word.length && own.endsWith(word));
  const prefix = zone ? own.slice(0, -zone[0].length) : own;
  const words: string[] = [];
  let pending = '';
  for (let at = 0; at < prefix.length; ) {
    const hit = namesAt(prefix, at)[0];
    if (!hit) {
      pending += prefix[at++];
      continue;
    }
    if (pending) words.push(romanizeWord(pending));
    pending = '';
    // A short name is said short (阿拉善, not Alashan League); a province by its English name (内蒙古).
    const region = hit.regions[0];
    words.push(hit.short && region.level !== 'province' ? romanizeWord(hit.word) : bareEnglish(region));
    at += hit.word.length;
  }
  if (pending) words.push(romanizeWord(pending));
  return [...words, zone?.[1]].filter(Boolean).join(' ');
}
