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

const MAX_LEAVES = 20_000;

/**
 * For each choice, the one reading all solutions share (index), or null when the solutions differ, no
 * reading fits, or there are too many combinations to try.
 */
export function chooseByColumns(fixed: Values, choices: Choice[], equations: Equation[], columns: number): (number | null)[] {
  const values: Values = { ...fixed };
  const used = choices.map(() => new Set<number>());
  let leaves = 0;
  let solutions = 0;
  const visit = (i: number): boolean => {
    if (i === choices.length) {
      if (++leaves > MAX_LEAVES) return false;
      for (const eq of equations) for (let c = 0; c < columns; c++) if (evaluate(values, eq, c) === 'fails') return true;
      solutions++;
      choices.forEach((ch, k) => used[k].add(chosen[k]));
      return true;
    }
    for (let r = 0; r < choices[i].readings.length; r++) {
      chosen[i] = r;
      choices[i].keys.forEach((key, k) => (values[key] = choices[i].readings[r][k]));
      if (!visit(i + 1)) return false;
    }
    return true;
  };
  const chosen: number[] = new Array(choices.length).fill(0);
  const complete = visit(0);
  if (!complete || solutions === 0) return choices.map(() => null);
  return used.map((set) => (set.size === 1 ? [...set][0] : null));
}
