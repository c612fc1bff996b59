/**
 * Which places a report's text names, and how often: the evidence for names the agency name alone does
 * not settle (鼓楼区 ×4; 泗溪镇人民政府, whose county is not in its name).
 */
import { BY_CODE, type RegionRef, REGIONS, isNameOfItsCity, ownName, parentCode, pathOf } from './data';
import { shortName } from './names';

/**
 * Names looked for in text: full names of three characters or more (two-character ones such as 城区,
 * 南县 hide inside other words), and short province names (浙江, 宁夏). Short city names are left out:
 * 长治 is in 长治久安, 安康 is a word.
 */
const TEXT_NAMES = new Map<string, RegionRef[]>();
for (const r of REGIONS) {
  if (isNameOfItsCity(r)) continue;
  const names = [ownName(r)];
  if (r.level === 'province') names.push(shortName(r.province)!);
  for (const name of names) {
    if (name.length < 3 && !(r.level === 'province' && name.length === 2)) continue;
    TEXT_NAMES.set(name, [...(TEXT_NAMES.get(name) ?? []), r]);
  }
}
const textKey = (s: string, at: number) => s.charCodeAt(at) * 65536 + s.charCodeAt(at + 1);
const TEXT_INDEX = new Map<number, string[]>();
for (const name of TEXT_NAMES.keys()) {
  const key = textKey(name, 0);
  TEXT_INDEX.set(key, [...(TEXT_INDEX.get(key) ?? []), name]);
}
for (const names of TEXT_INDEX.values()) names.sort((a, b) => b.length - a.length);

/**
 * Mentions per region code: each region's own, and `within`, its own plus everything inside it. A name
 * shared by several places (鼓楼区) counts for each of them, but once in `total`.
 */
export interface Mentions {
  own: Map<string, number>;
  within: Map<string, number>;
  total: number;
}

const bump = (m: Map<string, number>, code: string, n: number) => m.set(code, (m.get(code) ?? 0) + n);

/** One pass over the text, longest name first at each position, mentions never overlapping. */
export function countMentions(text: string): Mentions {
  const own = new Map<string, number>();
  let total = 0;
  for (let i = 0; i < text.length - 1; i++) {
    const names = TEXT_INDEX.get(textKey(text, i));
    if (!names) continue;
    const name = names.find((n) => text.startsWith(n, i));
    if (!name) continue;
    for (const r of TEXT_NAMES.get(name)!) bump(own, r.code, 1);
    total += 1;
    i += name.length - 1;
  }
  const within = new Map<string, number>();
  for (const [code, n] of own) for (const c of pathOf(BY_CODE.get(code)!)) bump(within, c, n);
  return { own, within, total };
}

/** The region above `r` that tells it apart from same-named places: its prefecture, else its province. */
const PARENT_LEVELS = (r: RegionRef) =>
  [parentCode(r), `${r.code.slice(0, 2)}0000`].filter((c, i, all): c is string => !!c && all.indexOf(c) === i);

export interface Pick {
  winner: RegionRef | null;
  /** The parent whose mentions decided, and how many it had against the best other candidate's. */
  by: { parent: RegionRef; count: number; runnerUp: number } | null;
}

/**
 * Among same-named places, the one whose prefecture the text names more than any other candidate's;
 * on a tie, the one whose province it names more. No winner when the text names none of them.
 */
export function pickByParents(candidates: RegionRef[], mentions: Mentions): Pick {
  const levels = candidates.map(PARENT_LEVELS);
  for (let depth = 0; depth < 2; depth++) {
    const scores = levels.map((codes) => mentions.within.get(codes[Math.min(depth, codes.length - 1)]) ?? 0);
    const best = Math.max(...scores);
    const leaders = scores.filter((s) => s === best).length;
    if (best === 0 || leaders > 1) continue;
    const i = scores.indexOf(best);
    const runnerUp = Math.max(...scores.filter((_, j) => j !== i));
    // The candidates' own name is in the text for every one of them, so only parents count.
    const parent = BY_CODE.get(levels[i][Math.min(depth, levels[i].length - 1)])!;
    const self = mentions.own.get(candidates[i].code) ?? 0;
    return { winner: candidates[i], by: { parent, count: best - self, runnerUp: runnerUp - self } };
  }
  return { winner: null, by: null };
}

/**
 * The region a text is about, for names without a place: from the province down, each step taken only
 * when one child holds more than half of its parent's mentions. Stops at the last level that is clear.
 */
export function dominantRegion(mentions: Mentions): { region: RegionRef; count: number } | null {
  let region: RegionRef | null = null;
  let pool = mentions.total;
  for (;;) {
    let best: RegionRef | null = null;
    let bestCount = 0;
    for (const [code, n] of mentions.within) {
      const r = BY_CODE.get(code)!;
      if (parentCode(r) !== (region?.code ?? null)) continue;
      if (n > bestCount) [best, bestCount] = [r, n];
    }
    if (!best || bestCount * 2 <= pool) break;
    region = best;
    pool = bestCount;
  }
  return region ? { region, count: pool } : null;
}
