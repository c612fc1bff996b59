/**
 * One agency's reports over consecutive years, consistent with each other the way real ones mostly are:
 * what one year carries forward the next carries over, documents in force follow from last year's
 * count, and the number of applications keeps to the agency's own scale from year to year.
 * Table 2's other rows and the narrative come from randomContent; table 3 and table 4 are drawn here
 * because they depend on the agency's history and volume.
 */
import type { ApplicantRow, Table3, Table3Key, Table4 } from '../report/types';
import { APPLICANTS, templateForYear, zeroRow, type ReportContent } from './content';
import type { PlannedAgency } from './corpus-agencies';
import { outcomeKeys } from './labels';
import { randInt, splitCount, type Rng } from './prng';
import { OUTCOME_WEIGHTS, randomContent } from './random';

/** Applications an ordinary county bureau gets in a typical year (the median of the agency medians). */
const BASE_MEDIAN = 8;
/** Spread between agencies of the same kind (log scale) and of one agency between years. */
const AGENCY_SIGMA = 1.4;
const YEAR_SIGMA = 0.35;
const MAX_APPLICATIONS = 50_000;

/** Organisation columns after 自然人: commercial, research, social, legal, other. */
const ORGANISATION_WEIGHTS = [60, 5, 10, 15, 10];

/** Cases per application: review is rare, litigation rarer. */
const TABLE4_RATES = { review: 0.01, litigationDirect: 0.005, litigationAfterReview: 0.002 } as const;

/** A standard normal draw (Box–Muller). */
function normal(rng: Rng): number {
  return Math.sqrt(-2 * Math.log(1 - rng())) * Math.cos(2 * Math.PI * rng());
}

/** A Poisson draw: Knuth's method for small means, the normal approximation for large ones. */
function poisson(rng: Rng, mean: number): number {
  if (mean > 30) return Math.max(0, Math.round(mean + Math.sqrt(mean) * normal(rng)));
  const limit = Math.exp(-mean);
  let k = 0;
  for (let p = rng(); p > limit; p *= rng()) k++;
  return k;
}

/** What stays the same for one agency across its years. */
interface Traits {
  medianApplications: number;
  naturalShare: number;
  outcomeWeights: Record<string, number>;
  /** Most agencies carry over exactly what they carried forward; some do not, some years. */
  carryConsistent: boolean;
  forwardChance: number;
  docsPerYear: number;
  makesRegulations: boolean;
}

function traitsOf(agency: PlannedAgency, rng: Rng): Traits {
  const outcomeWeights: Record<string, number> = {};
  for (const [k, w] of Object.entries(OUTCOME_WEIGHTS)) outcomeWeights[k] = (w ?? 1) * (0.2 + 1.8 * rng());
  return {
    medianApplications: BASE_MEDIAN * agency.volume * Math.exp(AGENCY_SIGMA * normal(rng)),
    naturalShare: 0.6 + 0.38 * rng(),
    outcomeWeights,
    carryConsistent: rng() < 0.92,
    forwardChance: 0.1 + 0.4 * rng(),
    docsPerYear: Math.max(0.2, 3 * Math.exp(0.9 * normal(rng)) * (agency.level === 'township' ? 0.3 : 1)),
    // Only province and city governments (and their general offices, which publish for them) make 规章.
    makesRegulations:
      (agency.level === 'province' || agency.level === 'city') && ['government', 'gov-office'].includes(agency.typeId),
  };
}

/** The running state one year hands to the next. */
interface History {
  carriedForward: ApplicantRow | null;
  /** 对外公开总数量 (2019 form) and 现行有效件数 (2021 form) of 规章 and 规范性文件. */
  published: { regulations: number; normativeDocs: number };
  inForce: { regulations: number; normativeDocs: number };
}

function newApplications(t: Traits, rng: Rng): number {
  const n = Math.round(t.medianApplications * Math.exp(YEAR_SIGMA * normal(rng)));
  return Math.min(MAX_APPLICATIONS, n);
}

function table3For(t: Traits, h: History, template: ReportContent['template'], rng: Rng): Table3 {
  const n = newApplications(t, rng);
  const natural = Math.round(n * t.naturalShare);
  const orgs = splitCount(rng, n - natural, ORGANISATION_WEIGHTS);
  const newReceived = zeroRow();
  APPLICANTS.forEach((c, i) => (newReceived[c] = i === 0 ? natural : orgs[i - 1]));
  const carriedOver = zeroRow();
  const carriedForward = zeroRow();
  const outcomes = outcomeKeys(template);
  const rows = Object.fromEntries(outcomes.map((k) => [k, zeroRow()])) as Record<Table3Key, ApplicantRow>;
  const weights = outcomes.map((k) => t.outcomeWeights[k] * (0.7 + 0.6 * rng()));
  const fresh = (c: (typeof APPLICANTS)[number]) => newReceived[c] ?? 0;
  for (const c of APPLICANTS) {
    const carried =
      h.carriedForward && (t.carryConsistent || rng() < 0.5)
        ? (h.carriedForward[c] ?? 0)
        : fresh(c) > 0 && rng() < 0.25
          ? randInt(rng, 0, Math.ceil(fresh(c) * 0.1))
          : 0;
    const available = fresh(c) + carried;
    const forward = available > 0 && rng() < t.forwardChance ? randInt(rng, 0, Math.floor(available * 0.15)) : 0;
    carriedOver[c] = carried;
    carriedForward[c] = forward;
    splitCount(rng, available - forward, weights).forEach((v, i) => (rows[outcomes[i]][c] = v));
  }
  const total = zeroRow();
  for (const c of APPLICANTS) total[c] = outcomes.reduce((a, k) => a + (rows[k][c] ?? 0), 0);
  const table: Table3 = { newReceived, carriedOver, ...(rows as Table3), total, carriedForward };
  for (const row of Object.values(table)) if (row) row.total = APPLICANTS.reduce((a, c) => a + (row[c] ?? 0), 0);
  return table;
}

function table4For(applications: number, rng: Rng): Table4 {
  const t4 = {} as Table4;
  for (const [group, rate] of Object.entries(TABLE4_RATES) as [keyof Table4, number][]) {
    const cases = poisson(rng, applications * rate);
    const [upheld, corrected, other, pending] = splitCount(rng, cases, [60, 10, 15, 15]);
    t4[group] = { upheld, corrected, other, pending, total: cases };
  }
  return t4;
}

/** 规章 and 规范性文件 rows that continue last year's counts. */
function documentRows(t: Traits, h: History, template: ReportContent['template'], rng: Rng): ReportContent['table2'] {
  const out: ReportContent['table2'] = {};
  for (const key of ['regulations', 'normativeDocs'] as const) {
    const made = key === 'regulations' ? (t.makesRegulations ? poisson(rng, 1.5) : 0) : poisson(rng, t.docsPerYear);
    if (template === '2019') {
      const published = made - (rng() < 0.2 ? randInt(rng, 0, made) : 0);
      h.published[key] += published;
      out[key] = [made, published, h.published[key]];
    } else {
      const repealed = rng() < 0.3 ? randInt(rng, 0, Math.min(h.inForce[key], 5)) : 0;
      h.inForce[key] += made - repealed;
      out[key] = [made, repealed, h.inForce[key]];
    }
  }
  return out;
}

/** The agency's reports for `years` (consecutive, ascending), consistent and without defects. */
export function agencyYears(agency: PlannedAgency, years: number[], rng: Rng): ReportContent[] {
  const traits = traitsOf(agency, rng);
  const stock = () => Math.round(traits.docsPerYear * randInt(rng, 2, 10));
  const history: History = {
    carriedForward: null,
    published: { regulations: traits.makesRegulations ? randInt(rng, 5, 60) : 0, normativeDocs: stock() },
    inForce: { regulations: traits.makesRegulations ? randInt(rng, 5, 60) : 0, normativeDocs: stock() },
  };
  return years.map((year) => {
    const template = templateForYear(year);
    // Table 2's licensing, penalty, fee and procurement rows and the narrative as randomContent draws them.
    const drawn = randomContent(rng, { agency: agency.name, year, template });
    const table3 = table3For(traits, history, template, rng);
    history.carriedForward = { ...table3.carriedForward! };
    return {
      ...drawn,
      table2: { ...drawn.table2, ...documentRows(traits, history, template, rng) },
      table3,
      table4: table4For(table3.newReceived?.total ?? 0, rng),
    };
  });
}
