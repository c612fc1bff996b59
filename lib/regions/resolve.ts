/**
 * Region of an agency from its name ("江西省宜春市上高县科技局", "大冶市科技局", "鼓楼区教育局"), with the
 * report text as a tie-breaker for names that exist in several places. Never guesses: an ambiguity that
 * the text does not settle comes back as 'ambiguous' with every candidate.
 */
import { BY_CODE, BY_NAME, type RegionRef, REGIONS, ownName, shortName } from './data';

export interface RegionResolution {
  status: 'resolved' | 'ambiguous' | 'unresolved' | 'central';
  region: RegionRef | null;
  candidates: RegionRef[];
  placeName: string | null;
  zone: string | null;
  evidence: string;
}

const SHORT = new Map<string, RegionRef[]>();
for (const r of REGIONS) {
  if (r.level === 'county') continue;
  const s = shortName(ownName(r));
  if (s && !BY_NAME.has(s)) SHORT.set(s, [...(SHORT.get(s) ?? []), r]);
}
const MAX_NAME = 12;
const ZONE = /^(.*?(?:经济技术开发区|经济开发区|高新技术产业开发区|高新技术开发区|高新区|工业园区|开发区|新区|综合实验区|试验区|保税区))/;
const CENTRAL = /^(国务院|国家|中国|中华人民共和国|中央)|^[^省市县区]{1,12}(部|总局|总署|委员会|银行|管理局)$/;

function isUnder(child: RegionRef, parent: RegionRef): boolean {
  if (parent.level === 'province') return child.code.slice(0, 2) === parent.code.slice(0, 2);
  if (parent.level === 'city') return child.code.slice(0, 4) === parent.code.slice(0, 4);
  return child.code === parent.code;
}

/** The place names at the start of an agency name, longest first, each narrowed by the ones before. */
function placeChain(name: string): { chain: RegionRef[][]; consumed: number } {
  const chain: RegionRef[][] = [];
  let at = 0;
  for (;;) {
    let found: RegionRef[] | null = null;
    let length = 0;
    for (let len = Math.min(MAX_NAME, name.length - at - 1); len >= 2; len--) {
      const word = name.slice(at, at + len);
      const hits = BY_NAME.get(word) ?? SHORT.get(word);
      if (!hits) continue;
      const parents = chain[chain.length - 1];
      const fitting = parents ? hits.filter((h) => parents.some((p) => isUnder(h, p) && h.code !== p.code)) : hits;
      if (fitting.length === 0) continue;
      found = fitting;
      length = len;
      break;
    }
    if (!found) return { chain, consumed: at };
    chain.push(found);
    at += length;
  }
}

function mentionScore(r: RegionRef, text: string): number {
  let score = 0;
  for (const name of [r.city, r.province]) {
    if (!name || name === r.county) continue;
    const s = shortName(name);
    score += text.split(name).length - 1;
    if (s && s.length >= 2) score += (text.split(s).length - 1) - (text.split(name).length - 1);
  }
  return score;
}

const describe = (r: RegionRef) => [r.province, r.city !== r.province ? r.city : null, r.county].filter(Boolean).join(' ');

export function resolveRegion(agencyName: string, text = ''): RegionResolution {
  const name = agencyName.replace(/\s+/g, '');
  const { chain, consumed } = placeChain(name);
  const placeName = consumed > 0 ? name.slice(0, consumed) : null;
  const zone = placeName ? (ZONE.exec(name.slice(consumed))?.[1] ? placeName + ZONE.exec(name.slice(consumed))![1] : null) : null;
  const base = { placeName, zone };
  if (chain.length === 0) {
    if (CENTRAL.test(name)) return { ...base, status: 'central', region: null, candidates: [], evidence: `${name} names no place: a central agency` };
    return { ...base, status: 'unresolved', region: null, candidates: [], evidence: `no province, city or county name at the start of ${name}` };
  }
  const candidates = chain[chain.length - 1];
  if (candidates.length === 1) {
    return { ...base, status: 'resolved', region: candidates[0], candidates, evidence: `name starts with ${placeName}` };
  }
  const scored = candidates.map((c) => ({ c, s: mentionScore(c, text) })).sort((a, b) => b.s - a.s);
  if (scored[0].s > 0 && scored[0].s > scored[1].s) {
    const r = scored[0].c;
    return { ...base, status: 'resolved', region: r, candidates: [r], evidence: `${placeName} exists in ${candidates.length} places; the text mentions ${describe(r)} most (${scored[0].s}×)` };
  }
  return { ...base, status: 'ambiguous', region: null, candidates, evidence: `${placeName} exists in ${candidates.length} places and the text does not tell which` };
}

export function regionByCode(code: string): RegionRef | null {
  return BY_CODE.get(code) ?? null;
}

export function listRegions(): RegionRef[] {
  return REGIONS;
}
