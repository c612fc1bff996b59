/**
 * Random but realistic report content: skewed application counts, and tables that obey the
 * template's arithmetic (see consistencyErrors) unless blanks are asked for.
 */
import {
  TABLE4_GROUPS,
  type ApplicantRow,
  type Table2,
  type Table3,
  type Table3Key,
  type Table4,
  type TemplateVersion,
} from '../report/types';
import { randomAgency } from './agencies';
import { APPLICANTS, templateForYear, zeroRow, type NarrativeItem, type ReportContent } from './content';
import { outcomeKeys } from './labels';
import { pick, randInt, shuffle, skewedCount, splitCount, type Rng } from './prng';

export interface RandomContentOptions {
  year?: number;
  /** Forces the template; the year then defaults to one that uses it. */
  template?: TemplateVersion;
  agency?: string;
  /** Probability that the report leaves some cells blank (null): the 总计 column or a table 2 cell. */
  blanks?: number;
}

/** Applications per year before the agency's volume factor: mostly 0–5, now and then thousands. */
function newApplications(rng: Rng, volume: number): number {
  const u = rng();
  const base =
    u < 0.45
      ? 0
      : u < 0.75
        ? randInt(rng, 1, 5)
        : u < 0.9
          ? randInt(rng, 6, 30)
          : u < 0.97
            ? randInt(rng, 31, 300)
            : u < 0.995
              ? randInt(rng, 301, 3000)
              : randInt(rng, 3001, 20000);
  return base === 0 ? 0 : Math.min(50000, Math.max(1, Math.round(base * volume)));
}

const APPLICANT_WEIGHTS = [0, 60, 5, 10, 15, 10]; // natural is drawn first; then the organisations

/** How often each outcome row is chosen, relative to the others (shared by the corpus' year-to-year plans). */
export const OUTCOME_WEIGHTS: Partial<Record<Table3Key, number>> = {
  granted: 40,
  partial: 8,
  deniedStateSecret: 0.3,
  deniedLawForbidden: 0.5,
  deniedSafetyStability: 0.3,
  deniedThirdParty: 1,
  deniedInternalAffairs: 1,
  deniedProcessInfo: 1.5,
  deniedEnforcementFile: 0.5,
  deniedInquiry: 1,
  unableNotHeld: 20,
  unableNeedsCreation: 4,
  unableUnclear: 2,
  rejectedComplaint: 3,
  rejectedRepeated: 3,
  rejectedPublication: 0.5,
  rejectedExcessive: 0.5,
  rejectedConfirmation: 0.5,
  other: 4,
  otherOverdueCorrection: 2,
  otherUnpaidFee: 0.3,
  otherMisc: 3,
};

function withTotal(row: ApplicantRow): ApplicantRow {
  row.total = APPLICANTS.reduce((a, c) => a + (row[c] ?? 0), 0);
  return row;
}

function randomTable3(rng: Rng, template: TemplateVersion, volume: number, firstYear: boolean): Table3 {
  const n = newApplications(rng, volume);
  const natural = Math.round(n * (0.6 + 0.4 * rng()));
  const orgs = splitCount(rng, n - natural, APPLICANT_WEIGHTS.slice(1));
  const newReceived = zeroRow();
  APPLICANTS.forEach((c, i) => (newReceived[c] = i === 0 ? natural : orgs[i - 1]));
  const carriedOver = zeroRow();
  const carriedForward = zeroRow();
  const outcomes = outcomeKeys(template);
  const rows = Object.fromEntries(outcomes.map((k) => [k, zeroRow()])) as Record<Table3Key, ApplicantRow>;
  // One mix of outcomes per agency, so a report's columns look alike.
  const weights = outcomes.map((k) => (OUTCOME_WEIGHTS[k] ?? 1) * (0.2 + 1.8 * rng()));
  for (const c of APPLICANTS) {
    const fresh = newReceived[c] ?? 0;
    const carried = !firstYear && fresh > 0 && rng() < 0.25 ? randInt(rng, 0, Math.ceil(fresh * 0.1)) : 0;
    const available = fresh + carried;
    const forward = available > 0 && rng() < 0.3 ? randInt(rng, 0, Math.floor(available * 0.15)) : 0;
    carriedOver[c] = carried;
    carriedForward[c] = forward;
    splitCount(rng, available - forward, weights).forEach((v, i) => (rows[outcomes[i]][c] = v));
  }
  const total = zeroRow();
  for (const c of APPLICANTS) total[c] = outcomes.reduce((a, k) => a + (rows[k][c] ?? 0), 0);
  const table: Table3 = { newReceived, carriedOver };
  Object.assign(table, rows, { total, carriedForward });
  for (const row of Object.values(table)) if (row) withTotal(row);
  return table;
}

function randomTable4(rng: Rng, volume: number): Table4 {
  const active = rng() < Math.min(0.6, 0.15 * volume);
  const t4 = {} as Table4;
  for (const g of TABLE4_GROUPS) {
    const rare = g === 'review' ? 1 : 0.5;
    const draw = () => (active && rng() < 0.5 * rare ? skewedCount(rng, Math.ceil(4 * volume)) : 0);
    const r = { upheld: draw(), corrected: draw(), other: draw(), pending: draw(), total: 0 };
    r.total = r.upheld + r.corrected + r.other + r.pending;
    t4[g] = r;
  }
  return t4;
}

/** [previous count, change this year (may be negative), decisions] for a 2019-form item row. */
function itemRow(rng: Rng, maxItems: number, maxDecisions: number): number[] {
  const prev = skewedCount(rng, maxItems);
  return [prev, randInt(rng, -Math.min(prev, 15), 10), skewedCount(rng, maxDecisions)];
}

function randomTable2(rng: Rng, template: TemplateVersion, volume: number): Table2 {
  const made = skewedCount(rng, 30);
  const published = made - (rng() < 0.2 ? randInt(rng, 0, made) : 0);
  const regs = rng() < 0.05 ? randInt(rng, 1, 5) : 0;
  if (template === '2019') {
    const [feesPrev, feesChange] = itemRow(rng, 10, 0);
    const count = skewedCount(rng, 40);
    return {
      regulations: [regs, regs, regs + skewedCount(rng, 20)],
      normativeDocs: [made, published, published + skewedCount(rng, 200)],
      licensing: itemRow(rng, 80, Math.ceil(3000 * volume)),
      otherServices: itemRow(rng, 60, 2000),
      penalty: itemRow(rng, 300, Math.ceil(500 * volume)),
      coercion: itemRow(rng, 40, 100),
      fees: [feesPrev, feesChange],
      procurement: [count, count === 0 ? 0 : count * randInt(rng, 50, 5000) * 100],
    };
  }
  const feeAmount = rng() < 0.8 ? 0 : Math.round(rng() * 50000) / 100;
  return {
    regulations: [regs, rng() < 0.1 ? randInt(rng, 0, 3) : 0, regs + skewedCount(rng, 20)],
    normativeDocs: [made, rng() < 0.3 ? randInt(rng, 0, 5) : 0, made + skewedCount(rng, 200)],
    licensing: [skewedCount(rng, Math.ceil(3000 * volume))],
    penalty: [skewedCount(rng, Math.ceil(500 * volume))],
    coercion: [skewedCount(rng, 100)],
    fees: [feeAmount],
  };
}

const NARRATIVE_CHANNELS: readonly (readonly [string, readonly string[]])[] = [
  ['website', ['条']],
  ['wechat', ['条', '篇']],
  ['weibo', ['条', '篇']],
  ['total', ['条']],
  ['newMedia', ['条']],
  ['bulletin', ['条', '期']],
];

function randomNarrative(rng: Rng): NarrativeItem[] {
  const count = rng() < 0.1 ? 0 : randInt(rng, 1, 3);
  const channels = shuffle(rng, NARRATIVE_CHANNELS).slice(0, count);
  return channels.map(([channel, units]) => ({ channel, value: skewedCount(rng, 2000) + 1, unit: pick(rng, units) }));
}

/** Leaves the 总计 column of table 3, or one table 2 cell, blank as some reports do. */
function addBlanks(rng: Rng, c: ReportContent): void {
  if (rng() < 0.5) {
    for (const row of Object.values(c.table3)) if (row) row.total = null;
    return;
  }
  const rows = Object.values(c.table2).filter((r): r is (number | null)[] => !!r && r.length > 0);
  const row = pick(rng, rows);
  row[randInt(rng, 0, row.length - 1)] = null;
}

export function randomContent(rng: Rng, opts: RandomContentOptions = {}): ReportContent {
  const year =
    opts.year ??
    (opts.template === '2019'
      ? randInt(rng, 2019, 2020)
      : opts.template === '2021'
        ? randInt(rng, 2021, 2024)
        : randInt(rng, 2019, 2024));
  const template = opts.template ?? templateForYear(year);
  const drawn = randomAgency(rng);
  const content: ReportContent = {
    agency: opts.agency ?? drawn.name,
    year,
    template,
    table2: randomTable2(rng, template, drawn.volume),
    table3: randomTable3(rng, template, drawn.volume, year === 2019),
    table4: randomTable4(rng, drawn.volume),
    narrative: randomNarrative(rng),
  };
  if (opts.blanks && rng() < opts.blanks) addBlanks(rng, content);
  return content;
}
