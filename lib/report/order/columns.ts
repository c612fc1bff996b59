/**
 * The column rules of table 3 (一 + 二 = （七）+ 四; （一）…（六）= （七）, in each of the seven
 * columns) applied to the order reading: they choose among a row's several readings (only a choice
 * that every solution of the table shares is kept), and they are the test a reading by order must pass.
 */
import type { Table3Key } from '../types';

export type Values = Partial<Record<Table3Key, (number | null)[]>>;

export interface Equation {
  left: Table3Key[];
  right: Table3Key[];
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
    const v = values[k]?.[c];
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

/** States a choice may keep (distinct partial sums); past it the choice is not made. */
const MAX_STATES = 4_096;

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
  const none = choices.map(() => null);
  const chosen = new Set(choices.flatMap((c) => c.keys));
  // The equation-columns every term of which is known (fixed) or chosen: the only ones that can judge.
  const dims: { eq: Equation; c: number }[] = [];
  for (const eq of equations) {
    for (let c = 0; c < columns; c++) {
      const known = [...eq.left, ...eq.right].every((k) => chosen.has(k) || (fixed[k]?.[c] ?? null) !== null);
      if (known) dims.push({ eq, c });
    }
  }
  const sign = (eq: Equation, key: Table3Key) => (eq.left.includes(key) ? 1 : 0) - (eq.right.includes(key) ? 1 : 0);
  const offset = dims.map(({ eq, c }) => {
    let s = 0;
    for (const k of [...eq.left, ...eq.right]) if (!chosen.has(k)) s += sign(eq, k) * (fixed[k]![c] as number);
    return s;
  });
  const fullStep = choices.map((ch) =>
    ch.readings.map((reading) =>
      dims.map(({ eq, c }) => ch.keys.reduce((s, k, i) => s + sign(eq, k) * reading[i][c], 0)),
    ),
  );
  // A dimension no choice varies in only shifts the sums: it is settled once, not carried along.
  const varies = dims.map((_, d) => fullStep.some((readings) => readings.some((r) => r[d] !== readings[0][d])));
  for (let d = 0; d < dims.length; d++) {
    if (varies[d]) continue;
    const total = offset[d] + fullStep.reduce((s, readings) => s + readings[0][d], 0);
    if (total !== 0) return none;
  }
  const keep = (v: number[]) => v.filter((_, d) => varies[d]);
  const step = fullStep.map((readings) => readings.map(keep));
  offset.splice(0, offset.length, ...keep(offset));
  if (choices.length === 1) {
    // One choice: a reading fits when it alone brings every sum to its target.
    const fits = step[0].map((d) => d.every((x, i) => x + offset[i] === 0));
    return [fits.filter(Boolean).length === 1 ? fits.indexOf(true) : null];
  }

  const forward: SumSet[] = [new SumSet().with(offset)];
  for (let i = 0; i < choices.length; i++) {
    const next = new SumSet();
    for (const s of forward[i].values) for (const d of step[i]) next.with(added(s, d, 1));
    if (next.size > MAX_STATES) return none;
    forward.push(next);
  }
  const zero = offset.map(() => 0);
  if (!forward[choices.length].has(zero)) return none;
  const backward: SumSet[] = new Array(choices.length + 1);
  backward[choices.length] = new SumSet().with(zero);
  for (let i = choices.length - 1; i >= 0; i--) {
    const prev = new SumSet();
    for (const t of backward[i + 1].values)
      for (const d of step[i]) {
        const s = added(t, d, -1);
        if (forward[i].has(s)) prev.with(s);
      }
    backward[i] = prev;
  }
  return choices.map((_, i) => {
    const used = step[i].map((d) => forward[i].values.some((s) => backward[i + 1].has(added(s, d, 1))));
    return used.filter(Boolean).length === 1 ? used.indexOf(true) : null;
  });
}

/** a + by·b, element by element. */
function added(a: number[], b: number[], by: number): number[] {
  const out = new Array<number>(a.length);
  for (let i = 0; i < a.length; i++) out[i] = a[i] + by * b[i];
  return out;
}

/**
 * A set of partial-sum vectors (small integers), each kept once: found by a hash of its numbers, then
 * compared in full, so no key string is built for a state.
 */
class SumSet {
  readonly values: number[][] = [];
  private readonly buckets = new Map<number, number[][]>();

  get size(): number {
    return this.values.length;
  }

  has(v: number[]): boolean {
    const bucket = this.buckets.get(hashOf(v));
    return !!bucket?.some((w) => sameNumbers(v, w));
  }

  with(v: number[]): this {
    const h = hashOf(v);
    const bucket = this.buckets.get(h);
    if (!bucket) this.buckets.set(h, [v]);
    else if (bucket.some((w) => sameNumbers(v, w))) return this;
    else bucket.push(v);
    this.values.push(v);
    return this;
  }
}

function hashOf(v: number[]): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < v.length; i++) h = Math.imul(h ^ (v[i] | 0), 0x01000193);
  return h | 0;
}

function sameNumbers(a: number[], b: number[]): boolean {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}
