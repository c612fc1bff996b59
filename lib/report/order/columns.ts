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
  const side = (keys: Table3Key[]) => {
    let s = 0;
    for (const k of keys) {
      const v = values[k]?.[c];
      if (v === null || v === undefined) return null;
      s += v;
    }
    return s;
  };
  const l = side(eq.left);
  const r = side(eq.right);
  if (l === null || r === null) return 'open';
  return l === r ? 'holds' : 'fails';
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
  // Partial sums are small integers: up to two of them make one number key (no string to build).
  // Every partial sum stays within ±(|offset| + the largest steps); below 2^24 two of them fit one double.
  const reach =
    Math.max(0, ...offset.map(Math.abs)) + step.reduce((s, rs) => s + Math.max(0, ...rs.flat().map(Math.abs)), 0);
  const small = offset.length <= 2 && reach < 2 ** 24;
  const key = small ? (v: number[]) => (v[0] ?? 0) * 2 ** 26 + (v[1] ?? 0) : (v: number[]) => v.join(',');
  const add = (a: number[], b: number[], by = 1) => a.map((x, i) => x + by * b[i]);

  const forward: Map<string | number, number[]>[] = [new Map([[key(offset), offset]])];
  for (let i = 0; i < choices.length; i++) {
    const next = new Map<string | number, number[]>();
    for (const s of forward[i].values())
      for (const d of step[i]) {
        const t = add(s, d);
        next.set(key(t), t);
      }
    if (next.size > MAX_STATES) return none;
    forward.push(next);
  }
  const zero = offset.map(() => 0);
  if (!forward[choices.length].has(key(zero))) return none;
  const backward: Map<string | number, number[]>[] = new Array(choices.length + 1);
  backward[choices.length] = new Map([[key(zero), zero]]);
  for (let i = choices.length - 1; i >= 0; i--) {
    const prev = new Map<string | number, number[]>();
    for (const t of backward[i + 1].values())
      for (const d of step[i]) {
        const s = add(t, d, -1);
        if (forward[i].has(key(s))) prev.set(key(s), s);
      }
    backward[i] = prev;
  }
  return choices.map((_, i) => {
    const used = step[i].map((d) => [...forward[i].values()].some((s) => backward[i + 1].has(key(add(s, d)))));
    return used.filter(Boolean).length === 1 ? used.indexOf(true) : null;
  });
}
