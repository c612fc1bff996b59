/**
 * The region of an agency from its name ("江西省宜春市上高县科技局", "大冶市科技局", "鼓楼区教育局"), with
 * the report text as evidence for names that exist in several places or name no place. Never guesses:
 * an ambiguity the text does not settle comes back 'ambiguous' with every candidate.
 */
import { AGENCY_WORD_START, CENTRAL_END, CENTRAL_START, TOWNSHIP, ZONE_AFTER_PLACE, ZONE_WORDS } from './agency-words';
import { BY_CODE, type RegionRef, REGIONS, describeRegion, isInside, isListedZone, padCode } from './data';
import { countMentions, dominantRegion, pickByParents } from './mentions';
import { type NameHit, namesAt } from './names';

export interface RegionResolution {
  status: 'resolved' | 'ambiguous' | 'unresolved' | 'central';
  /** The region when resolved; null otherwise. */
  region: RegionRef | null;
  /** Ambiguous: every candidate (two or more); resolved: [region]; otherwise empty. */
  candidates: RegionRef[];
  /** The place words consumed from the name ("大冶市", "江西省宜春市上高县", "忻州"). */
  placeName: string | null;
  /** A development zone, high-tech zone or new area named in the name; `region` is the place it belongs to. */
  zone: string | null;
  /** One sentence saying how the region was found, or why not. */
  evidence: string;
}

interface Chain {
  steps: NameHit[];
  start: number;
  end: number;
}

/** The longest place name at `at` that lies inside `parents` (when given); short names only where `shortFits`. */
function placeAt(name: string, at: number, parents: RegionRef[] | null): NameHit | null {
  for (const hit of namesAt(name, at)) {
    const regions = parents ? hit.regions.filter((r) => parents.some((p) => isInside(r, p))) : hit.regions;
    if (regions.length === 0) continue;
    const end = at + hit.word.length;
    // 中国(上海)自由贸易试验区: a closing bracket may stand between the place and what follows.
    const rest = name.slice(end).replace(/^\)/, '');
    if (hit.short && !shortFits(name, end, rest, regions)) continue;
    return { ...hit, regions };
  }
  return null;
}

/**
 * A short name (浙江, 武汉) is a place only before an agency word, a zone (武汉东湖新技术开发区) or a
 * full place name inside it (浙江嘉兴市); 中山大学 and 吉林大学 name no place.
 */
function shortFits(name: string, end: number, rest: string, regions: RegionRef[]): boolean {
  if (AGENCY_WORD_START.test(rest)) return true;
  const zone = ZONE_AFTER_PLACE.exec(rest)?.[1];
  if (zone && !/大学|学院|公司|集团|医院/.test(zone)) return true;
  return placeAt(name, end, regions)?.short === false;
}

/** Place names in a row from `start`, each inside the one before (江西省 → 宜春市 → 上高县). */
function chainAt(name: string, start: number): Chain {
  const steps: NameHit[] = [];
  let end = start;
  for (let hit = placeAt(name, end, null); hit; hit = placeAt(name, end, hit.regions)) {
    steps.push(hit);
    end += hit.word.length;
  }
  return { steps, start, end };
}

function zoneOf(name: string, chain: Chain): string | null {
  const last = chain.steps[chain.steps.length - 1];
  if (last.regions.length === 1 && isListedZone(last.regions[0])) return last.word;
  const after = ZONE_AFTER_PLACE.exec(name.slice(chain.end).replace(/^\)/, ''));
  return after ? last.word + after[1] : null;
}

const placeList = (regions: RegionRef[]) => regions.map(describeRegion).join('; ');

function fromChain(name: string, chain: Chain, text: string, branchOf: string | null): RegionResolution {
  const placeName = name.slice(chain.start, chain.end);
  const candidates = chain.steps[chain.steps.length - 1].regions;
  const word = chain.steps[chain.steps.length - 1].word;
  const base = { placeName, zone: zoneOf(name, chain) };
  if (candidates.length === 1) {
    const how = branchOf ? `name names ${placeName} after ${branchOf}` : `name starts with ${placeName}`;
    const short = chain.steps.find((s) => s.short);
    const note = short ? ` (${short.word} short for ${describeRegion(short.regions[0]).split(' ').pop()})` : '';
    return { ...base, status: 'resolved', region: candidates[0], candidates, evidence: how + note };
  }
  const pick = text ? pickByParents(candidates, countMentions(text)) : { winner: null, by: null };
  if (pick.winner && pick.by) {
    const { parent, count, runnerUp } = pick.by;
    const parentName = parent.level === 'province' ? parent.province : parent.city!;
    return {
      ...base,
      status: 'resolved',
      region: pick.winner,
      candidates: [pick.winner],
      evidence: `${word} exists in ${candidates.length} places; the text mentions ${parentName} (${count}×, the next candidate's ${runnerUp}×)`,
    };
  }
  const why = text ? 'the text does not tell which' : 'no text to tell which';
  return {
    ...base,
    status: 'ambiguous',
    region: null,
    candidates,
    evidence: `${word} exists in ${candidates.length} places (${placeList(candidates)}) and ${why}`,
  };
}

const ZONE_AT_START = new RegExp(`^([^局厅委办室府]{1,12}?(?:${ZONE_WORDS}))`);

/** A name without a place (泗溪镇人民政府, 雄安新区管理委员会, 科学技术局): the place the text is about. */
function fromText(name: string, text: string): RegionResolution {
  const zone = ZONE_AT_START.exec(name)?.[1] ?? null;
  const base = { placeName: null, zone, candidates: [] as RegionRef[] };
  const missing = TOWNSHIP.test(name)
    ? '(a township body) does not name its county'
    : zone
      ? '(a zone) names no region'
      : 'names no region';
  if (!text)
    return {
      ...base,
      status: 'unresolved',
      region: null,
      evidence: `${name} names no province, city or county, and there is no text to look in`,
    };
  const mentions = countMentions(text);
  const found = dominantRegion(mentions);
  if (!found) {
    return {
      ...base,
      status: 'unresolved',
      region: null,
      evidence: `${name} names no province, city or county, and the text names no place clearly (${mentions.total} place mentions)`,
    };
  }
  const { region, count } = found;
  return {
    ...base,
    status: 'resolved',
    region,
    candidates: [region],
    evidence: `${name} ${missing}; the text names places in ${describeRegion(region)} most (${count} of ${mentions.total} place mentions)`,
  };
}

export function resolveRegion(agencyName: string, text = ''): RegionResolution {
  const name = agencyName.replace(/\s+/g, '').replace(/（/g, '(').replace(/）/g, ')');
  const chain = chainAt(name, 0);
  if (chain.steps.length > 0) return fromChain(name, chain, text, null);
  const central = { status: 'central' as const, region: null, candidates: [], placeName: null, zone: null };
  if (CENTRAL_START.test(name)) {
    // 国家税务总局嘉兴市税务局, 中国人民银行嘉兴市中心支行: a national body's local branch.
    for (let at = 2; at < name.length - 1; at++) {
      const branch = chainAt(name, at);
      if (branch.steps.length > 0) return fromChain(name, branch, text, name.slice(0, at).replace(/\($/, ''));
    }
    return {
      ...central,
      evidence: `${name} starts with ${CENTRAL_START.exec(name)![0]} and names no place: a central agency`,
    };
  }
  if (CENTRAL_END.test(name))
    return {
      ...central,
      evidence: `${name} names no place and ends with ${CENTRAL_END.exec(name)![0]}: a central agency`,
    };
  return fromText(name, text);
}

/** A region by its code; two- and four-digit codes ("11", "1101") are padded. */
export function regionByCode(code: string): RegionRef | null {
  return BY_CODE.get(padCode(code)) ?? null;
}

/** All provinces, cities and counties (for the database's regions table). */
export function listRegions(): RegionRef[] {
  return REGIONS.slice();
}
