/**
 * The column rules of table 3 (一 + 二 = （七）+ 四; （一）…（六）= （七）, in each of the seven
 * columns) applied to the order reading: they choose among a row's several readings (only a choice
 * that every solution of the table shares is kept), and they are the test a reading by order must pass.
 */
import { outcomeRows } from '../summary';
import type { Table3Key, TemplateVersion } from '../types';
import { searchReadings } from './search-readings';

/** The rows' values by key (a Map: an object keyed by thirty rows falls into V8's slow dictionary mode). */
export type Values = ReadonlyMap<Table3Key, readonly (number | null)[]>;

export interface Equation {
  left: Table3Key[];
  right: Table3Key[];
}

/** The column rules of each template's form, made once (the search keeps per-equation data by identity). */
const EQUATIONS = new Map<TemplateVersion, Equation[]>();

export function equationsOf(template: TemplateVersion): Equation[] {
  let equations = EQUATIONS.get(template);
  if (!equations) {
    equations = table3Equations(outcomeRows({}, template));
    EQUATIONS.set(template, equations);
  }
  return equations;
}

export function table3Equations(outcomes: Table3Key[]): Equation[] {
  return [
    { left: ['newReceived', 'carriedOver'], right: ['total', 'carriedForward'] },
    { left: outcomes, right: ['total'] },
  ];
}

/** 'holds' / 'fails' in column c, or 'open' when a term is unknown. */
export function evaluate(values: Values, eq: Equation, c: number): 'holds' | 'fails' | 'open' {
  const l = sideSum(values, eq.left, c);
  const r = sideSum(values, eq.right, c);
  if (l === null || r === null) return 'open';
  return l === r ? 'holds' : 'fails';
}

/** One side of an equation in column c; null when a term is unknown. */
function sideSum(values: Values, keys: Table3Key[], c: number): number | null {
  let s = 0;
  for (const k of keys) {
    const v = values.get(k)?.[c];
    if (v === null || v === undefined) return null;
    s += v;
  }
  return s;
}

/** True when the equation can be evaluated and holds in every one of the columns. */
export function holdsEverywhere(values: Values, eq: Equation, columns: number): boolean {
  for (let c = 0; c < columns; c++) if (evaluate(values, eq, c) !== 'holds') return false;
  return true;
}

export interface Choice {
  keys: Table3Key[];
  /** Each reading gives the rows `keys` their values. */
  readings: number[][][];
}

/**
 * For each choice, the one reading all solutions share (index), or null when the solutions differ, no
 * reading fits, or there are too many combinations to follow.
 *
 * The equations are sums, so a combination is followed by its partial sums alone: forward, the sums
 * reachable after each choice; backward, the sums from which every equation can still be met. A reading
 * belongs to some solution exactly when it leads from a forward sum to a backward one.
 */
export function chooseByColumns(
  fixed: Values,
  choices: Choice[],
  equations: Equation[],
  columns: number,
): (number | null)[] {
  // Plain loops and arrays filled by push throughout: an array made by map or filter has another map in V8's
  // optimized code than in its builtin, and each map new to this function threw its optimized code away (it was
  // compiled 11 times over 3,000 fresh run-together reports, 3 since: issue 21).
  const none: null[] = [];
  for (let i = 0; i < choices.length; i++) none.push(null);
  const chosen = new Set<Table3Key>();
  for (const c of choices) for (const k of c.keys) chosen.add(k);
  // The equation-columns every term of which is known (fixed) or chosen: the only ones that can judge.
  const dims: { eq: Equation; c: number }[] = [];
  for (const eq of equations) {
    const { terms } = termsOf(eq);
    for (let c = 0; c < columns; c++) {
      let known = true;
      for (let t = 0; t < terms.length && known; t++)
        known = chosen.has(terms[t]) || (fixed.get(terms[t])?.[c] ?? null) !== null;
      if (known) dims.push({ eq, c });
    }
  }
  // No sum can judge: every reading fits, so only a choice of one reading is made (and the arrays below are
  // never empty, which is another map again).
  if (dims.length === 0) {
    const ones: (number | null)[] = [];
    for (const c of choices) ones.push(c.readings.length === 1 ? 0 : null);
    return ones;
  }
  const fullOffset: number[] = [];
  for (const { eq, c } of dims) {
    const { terms, signs } = termsOf(eq);
    let s = 0;
    for (let t = 0; t < terms.length; t++)
      if (!chosen.has(terms[t])) s += signs[t] * (fixed.get(terms[t])![c] as number);
    fullOffset.push(s);
  }
  const fullStep: number[][][] = [];
  for (const ch of choices) {
    // Each dimension's sign for each of the choice's keys, looked up once (not per reading).
    const keySigns: number[][] = [];
    for (const { eq } of dims) {
      const signs: number[] = [];
      for (const k of ch.keys) signs.push(signOf(eq, k));
      keySigns.push(signs);
    }
    const readings: number[][] = [];
    for (const reading of ch.readings) {
      const sums: number[] = [];
      for (let d = 0; d < dims.length; d++) {
        const signs = keySigns[d];
        const c = dims[d].c;
        let s = 0;
        for (let i = 0; i < signs.length; i++) s = s + signs[i] * reading[i][c];
        sums.push(s);
      }
      readings.push(sums);
    }
    fullStep.push(readings);
  }
  // A dimension no choice varies in only shifts the sums: it is settled once, not carried along.
  const varies: boolean[] = [];
  for (let d = 0; d < dims.length; d++) {
    let differs = false;
    for (const readings of fullStep) for (const r of readings) if (r[d] !== readings[0][d]) differs = true;
    varies.push(differs);
  }
  for (let d = 0; d < dims.length; d++) {
    if (varies[d]) continue;
    let sum = 0;
    for (const readings of fullStep) sum = sum + readings[0][d];
    if (fullOffset[d] + sum !== 0) return none;
  }
  const keep = (v: number[]): number[] => {
    const kept: number[] = [];
    for (let d = 0; d < v.length; d++) if (varies[d]) kept.push(v[d]);
    return kept;
  };
  const step: number[][][] = [];
  for (const readings of fullStep) {
    const kept: number[][] = [];
    for (const r of readings) kept.push(keep(r));
    step.push(kept);
  }
  const offset = keep(fullOffset);
  if (choices.length === 1) {
    // One choice: a reading fits when it alone brings every sum to its target.
    let fit = -1;
    for (let r = 0; r < step[0].length; r++) {
      let fits = true;
      for (let i = 0; i < offset.length; i++) if (step[0][r][i] + offset[i] !== 0) fits = false;
      if (!fits) continue;
      if (fit >= 0) return [null];
      fit = r;
    }
    return [fit >= 0 ? fit : null];
  }

  return searchReadings(offset, step, none);
}

/** +1 for a key on the left of the equation, -1 on the right (0 on both sides or none). */
function signOf(eq: Equation, key: Table3Key): number {
  return (eq.left.includes(key) ? 1 : 0) - (eq.right.includes(key) ? 1 : 0);
}

/** An equation's terms (left, then right) and the sign of each, made once per equation, not per search. */
const TERMS = new WeakMap<Equation, { terms: Table3Key[]; signs: number[] }>();

function termsOf(eq: Equation): { terms: Table3Key[]; signs: number[] } {
  let known = TERMS.get(eq);
  if (!known) {
    const terms = [...eq.left, ...eq.right];
    known = { terms, signs: terms.map((k) => signOf(eq, k)) };
    TERMS.set(eq, known);
  }
  return known;
}
