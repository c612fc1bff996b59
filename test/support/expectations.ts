/**
 * Finds the seed reports and form fixtures and loads their hand-checked expectations
 * (test/fixtures/golden/README.md and test/fixtures/forms/README.md describe the format).
 */
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join, basename, extname } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  APPLICANT_COLUMNS,
  SUMMARY_KEYS,
  TABLE4_COLUMNS,
  TABLE4_GROUPS,
  type Finding,
  type Summary,
  type Table2,
  type Table3,
  type Table4,
  type TemplateVersion,
} from '../../lib/report/types';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const SEEDS_DIR = join(ROOT, 'db/samples');
export const GOLDEN_DIR = join(ROOT, 'test/fixtures/golden');
export const FORMS_DIR = join(ROOT, 'test/fixtures/forms');

export interface FindingExpectation {
  rule: string;
  where?: string;
}
export interface NarrativeValue {
  channel: string;
  value: number;
  unit: string;
}

export interface Expectation {
  /** Test name: the seed id or the fixture file name. */
  id: string;
  kind: 'seed' | 'form';
  path: string;
  fileName: string;
  agency?: string | null;
  year?: number | null;
  template?: TemplateVersion | null;
  encoding?: string;
  table2?: Table2;
  table3?: Table3;
  table4?: Table4;
  summary?: Summary;
  narrativeValues?: NarrativeValue[];
  requiredFindings: FindingExpectation[];
  forbiddenFindings: FindingExpectation[];
}

type Raw = Partial<Expectation> & { sameTablesAs?: string; sameFindingsAs?: string; notes?: string };

const readJson = (path: string): Raw => JSON.parse(readFileSync(path, 'utf8')) as Raw;
const goldenPath = (seedId: string) => join(GOLDEN_DIR, `${seedId}.json`);

function build(id: string, kind: Expectation['kind'], path: string, raw: Raw): Expectation {
  const tables = raw.sameTablesAs ? readJson(goldenPath(raw.sameTablesAs)) : {};
  const findings = raw.sameFindingsAs ? readJson(goldenPath(raw.sameFindingsAs)) : {};
  return {
    id,
    kind,
    path,
    fileName: basename(path),
    agency: raw.agency,
    year: raw.year,
    template: raw.template,
    encoding: raw.encoding,
    table2: raw.table2 ?? tables.table2,
    table3: raw.table3 ?? tables.table3,
    table4: raw.table4 ?? tables.table4,
    summary: raw.summary ?? tables.summary,
    narrativeValues: raw.narrativeValues,
    requiredFindings: [...(findings.requiredFindings ?? []), ...(raw.requiredFindings ?? [])],
    forbiddenFindings: [...(findings.forbiddenFindings ?? []), ...(raw.forbiddenFindings ?? [])],
  };
}

/** Every seed in db/samples, with its golden; a seed without a golden throws. */
export function seedExpectations(): Expectation[] {
  return readdirSync(SEEDS_DIR)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => {
      const id = basename(f, '.txt');
      const golden = goldenPath(id);
      if (!existsSync(golden)) throw new Error(`seed ${f} has no golden at ${golden}`);
      return build(id, 'seed', join(SEEDS_DIR, f), readJson(golden));
    });
}

/** Every fixture in test/fixtures/forms, with `<name without extension>.expected.json`. */
export function formExpectations(): Expectation[] {
  return readdirSync(FORMS_DIR)
    .filter((f) => !f.endsWith('.expected.json') && f !== 'README.md')
    .sort()
    .map((f) => {
      const exp = join(FORMS_DIR, `${basename(f, extname(f))}.expected.json`);
      if (!existsSync(exp)) throw new Error(`fixture ${f} has no expectation at ${exp}`);
      return build(f, 'form', join(FORMS_DIR, f), readJson(exp));
    });
}

export const readBytes = (e: Expectation) => new Uint8Array(readFileSync(e.path));

/** Required findings match exactly on where, and on rule or one of its `|`-separated alternatives. */
export const hasFinding = (findings: Finding[], x: FindingExpectation) =>
  findings.some((f) => x.rule.split('|').includes(f.rule) && (x.where === undefined || f.where === x.where));

/** A forbidden finding's `where` is a scope: the path itself or anything below it; no `where` = anywhere. */
export const violatesForbidden = (findings: Finding[], x: FindingExpectation) =>
  findings.filter((f) => f.rule === x.rule && (x.where === undefined || within(f.where, x.where)));

export const within = (path: string, scope: string) => path === scope || path.startsWith(`${scope}.`);

export const narrativeKey = (n: NarrativeValue) => `${n.channel}|${n.value}|${n.unit}`;

export const normalizeEncoding = (s: string) => s.toLowerCase().replace(/[^a-z0-9]/g, '');

// --- The template's row sets, and checks that a hand-written expectation is well-formed. ---

const COMMON_T3 = [
  'newReceived',
  'carriedOver',
  'granted',
  'partial',
  'deniedStateSecret',
  'deniedLawForbidden',
  'deniedSafetyStability',
  'deniedThirdParty',
  'deniedInternalAffairs',
  'deniedProcessInfo',
  'deniedEnforcementFile',
  'deniedInquiry',
  'unableNotHeld',
  'unableNeedsCreation',
  'unableUnclear',
  'rejectedComplaint',
  'rejectedRepeated',
  'rejectedPublication',
  'rejectedExcessive',
  'rejectedConfirmation',
];
export const TEMPLATE_T3_ROWS: Record<TemplateVersion, string[]> = {
  '2019': [...COMMON_T3, 'other', 'total', 'carriedForward'],
  '2021': [...COMMON_T3, 'otherOverdueCorrection', 'otherUnpaidFee', 'otherMisc', 'total', 'carriedForward'],
};
export const TEMPLATE_T2_WIDTHS: Record<TemplateVersion, Record<string, number>> = {
  '2019': {
    regulations: 3,
    normativeDocs: 3,
    licensing: 3,
    otherServices: 3,
    penalty: 3,
    coercion: 3,
    fees: 2,
    procurement: 2,
  },
  '2021': { regulations: 3, normativeDocs: 3, licensing: 1, penalty: 1, coercion: 1, fees: 1 },
};
/** Which table 3 rows each summary key adds up. */
export const SUMMARY_ROWS: Record<string, (t: TemplateVersion) => string[]> = {
  newReceived: () => ['newReceived'],
  carriedOver: () => ['carriedOver'],
  granted: () => ['granted'],
  partial: () => ['partial'],
  denied: () => COMMON_T3.filter((r) => r.startsWith('denied')),
  unable: () => COMMON_T3.filter((r) => r.startsWith('unable')),
  rejected: () => COMMON_T3.filter((r) => r.startsWith('rejected')),
  other: (t) => (t === '2019' ? ['other'] : ['otherOverdueCorrection', 'otherUnpaidFee', 'otherMisc']),
  total: () => ['total'],
  carriedForward: () => ['carriedForward'],
};

const isCell = (v: unknown) => v === null || typeof v === 'number';
const sameKeys = (o: object, keys: readonly string[]) =>
  Object.keys(o).length === keys.length && keys.every((k) => k in o);

/** Problems with an expectation's own shape and arithmetic (so a typo in a golden is caught before any parse). */
export function expectationProblems(e: Expectation): string[] {
  const p: string[] = [];
  const t = e.template;
  if (!t) return e.table3 || e.table2 ? ['tables given without a template'] : p;
  if (e.table2) {
    const widths = TEMPLATE_T2_WIDTHS[t];
    if (!sameKeys(e.table2, Object.keys(widths))) p.push(`table2 rows ≠ the ${t} form's`);
    for (const [k, v] of Object.entries(e.table2)) {
      if (!Array.isArray(v) || v.length !== widths[k] || !v.every(isCell)) p.push(`table2.${k} malformed`);
    }
  }
  if (e.table3) {
    if (!sameKeys(e.table3, TEMPLATE_T3_ROWS[t])) p.push(`table3 rows ≠ the ${t} form's`);
    for (const [k, row] of Object.entries(e.table3)) {
      if (!sameKeys(row, APPLICANT_COLUMNS) || !Object.values(row).every(isCell)) p.push(`table3.${k} malformed`);
    }
  }
  if (e.table4) {
    if (!sameKeys(e.table4, TABLE4_GROUPS)) p.push('table4 groups malformed');
    for (const g of TABLE4_GROUPS) {
      const row = e.table4[g];
      if (!row || !sameKeys(row, TABLE4_COLUMNS) || !Object.values(row).every(isCell)) p.push(`table4.${g} malformed`);
    }
  }
  if (e.summary && !sameKeys(e.summary, SUMMARY_KEYS)) p.push('summary keys malformed');
  if (e.summary && e.table3) p.push(...summaryProblems(e, t));
  return p;
}

/** The summary must equal the sum of its rows' written totals, or, where derived, of their applicant cells. */
function summaryProblems(e: Expectation, t: TemplateVersion): string[] {
  const p: string[] = [];
  for (const key of SUMMARY_KEYS) {
    const rows = SUMMARY_ROWS[key](t).map((r) => e.table3![r as keyof Table3]);
    if (rows.some((r) => !r)) {
      p.push(`summary.${key}: table3 lacks one of its rows`);
      continue;
    }
    const derived = e.requiredFindings.some((f) => f.rule === 'value.derived' && f.where === `summary.${key}`);
    const cells = derived
      ? rows.flatMap((r) => APPLICANT_COLUMNS.filter((c) => c !== 'total').map((c) => r![c]))
      : rows.map((r) => r!.total);
    const want = cells.some((c) => c === null) ? null : (cells as number[]).reduce((a, b) => a + b, 0);
    if (e.summary![key] !== want) p.push(`summary.${key} is ${e.summary![key]} but its rows give ${want}`);
  }
  return p;
}
