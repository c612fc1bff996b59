/**
 * Numbers that ran together when cell boundaries were lost ("801000081" for 80,1,0,0,0,0,81).
 * Every way of cutting the digits into `count` numbers (no leading zeros) is tried; the arithmetic
 * rules of the row decide. A reading is used only when exactly one survives.
 */

export type Validate = (numbers: number[]) => boolean;

export interface RunTogetherResult {
  readings: number[][];
  /** True when the search stopped at its limit: the readings found are not all there are. */
  truncated: boolean;
}

const MAX_DIGITS_PER_NUMBER = 7;
const MAX_STEPS = 200_000;

export function readRunTogether(
  digits: string,
  count: number,
  validate: Validate,
  prune: Validate = anyReading,
  limit = 2,
): RunTogetherResult {
  if (validate === table3RowRule && count === 7) return readSumRow(digits, 6, limit);
  const search: RunSearch = {
    digits,
    codes: digitValues(digits),
    count,
    validate,
    prune,
    limit,
    readings: [],
    parts: [],
    steps: 0,
    truncated: false,
  };
  visitRun(search, 0);
  return { readings: search.readings, truncated: search.truncated };
}

/** The state of one `readRunTogether` search (top-level functions, not closures: they are made per call). */
interface RunSearch {
  digits: string;
  /** Each digit's value, or null when the text holds something else (then every part is read with `Number`). */
  codes: Uint8Array | null;
  count: number;
  validate: Validate;
  prune: Validate;
  limit: number;
  readings: number[][];
  parts: number[];
  steps: number;
  truncated: boolean;
}

/** Cuts from digit `at` on; false stops the search. */
function visitRun(s: RunSearch, at: number): boolean {
  if (++s.steps > MAX_STEPS) {
    s.truncated = true;
    return false;
  }
  const { digits, parts } = s;
  const left = s.count - parts.length;
  const rest = digits.length - at;
  if (left === 0) {
    if (rest === 0 && s.validate(parts)) s.readings.push(parts.slice());
    return s.readings.length < s.limit;
  }
  if (rest < left || rest > left * MAX_DIGITS_PER_NUMBER) return true;
  const longest = digits[at] === '0' ? 1 : Math.min(MAX_DIGITS_PER_NUMBER, rest - (left - 1));
  const { codes } = s;
  let value = 0;
  for (let len = 1; len <= longest; len++) {
    value = codes ? value * 10 + codes[at + len - 1] : Number(digits.slice(at, at + len));
    parts.push(value);
    const go = s.prune(parts) ? visitRun(s, at + len) : true;
    parts.pop();
    if (!go) return false;
  }
  return true;
}

/** Table 3: the six applicant columns add up to the 总计 column. */
export const table3RowRule: Validate = (n) => n[0] + n[1] + n[2] + n[3] + n[4] + n[5] === n[6];

/** Table 4: in each group of five, 维持 + 纠正 + 其他 + 尚未审结 = 总计. */
export const table4RowRule: Validate = (n) =>
  [0, 5, 10].every((g) => n[g] + n[g + 1] + n[g + 2] + n[g + 3] === n[g + 4]);

/** Prunes table-4 readings group by group as soon as a group of five is complete. */
export const table4Prune: Validate = (n) => n.length % 5 !== 0 || table4GroupHolds(n, n.length - 5);

function table4GroupHolds(n: number[], g: number): boolean {
  return n[g] + n[g + 1] + n[g + 2] + n[g + 3] === n[g + 4];
}

export const anyReading: Validate = () => true;

/**
 * The common case made fast: one row whose last number is the sum of the `count` before it
 * ("640020470" → 64,0,0,2,0,4 | 70). The total is tried at each length from the end and the rest cut
 * with the running sum never above it: the readings `readRunTogether` gives with `table3RowRule`, in
 * the same order, found in a few hundred steps instead of thousands.
 */
export function readSumRow(digits: string, count: number, limit = 2, budget = { steps: MAX_STEPS }): RunTogetherResult {
  // Both readings of a report, and the checks after them, cut the same rows: each cut is made once.
  // Kept by count, limit, then the digits themselves: no key string is built per lookup. A hit spends the
  // steps the search spent, and is no hit when the budget has fewer left (the search then stops short, as it
  // would have): what a report reads never depends on the reports parsed before it in the same process.
  const known = sumRowMemo.get(count)?.get(limit)?.get(digits);
  if (known && budget.steps >= known.steps) {
    budget.steps -= known.steps;
    return known.result;
  }
  const before = budget.steps;
  const result = searchSumRow(digits, count, limit, budget);
  if (!result.truncated) {
    if (memoSize > 4096) {
      sumRowMemo.clear();
      memoSize = 0;
    }
    const byCount = sumRowMemo.get(count) ?? sumRowMemo.set(count, new Map()).get(count)!;
    const byLimit = byCount.get(limit) ?? byCount.set(limit, new Map()).get(limit)!;
    if (!byLimit.has(digits)) memoSize++;
    byLimit.set(digits, { result, steps: before - budget.steps });
  }
  return result;
}

/** Readings are never changed by their users, so a result can be handed out again, with the steps it took. */
const sumRowMemo = new Map<number, Map<number, Map<string, { result: RunTogetherResult; steps: number }>>>();
/** How many results the memo holds. */
let memoSize = 0;

function searchSumRow(digits: string, count: number, limit: number, budget: { steps: number }): RunTogetherResult {
  const search: SumSearch = {
    digits,
    codes: digitValues(digits),
    count,
    limit,
    budget,
    readings: [],
    parts: [],
    truncated: false,
  };
  // Shorter totals first, then sorted as the general search finds them (shorter first parts first).
  for (let len = 1; len <= Math.min(MAX_DIGITS_PER_NUMBER, digits.length - count); len++) {
    const start = digits.length - len;
    if ((len > 1 && digits[start] === '0') || (count === 0 && start !== 0) || start < count) continue;
    if (!cutSum(search, 0, start, Number(digits.slice(start)), 0)) break;
  }
  search.readings.sort(byDigitLengths);
  return { readings: search.readings, truncated: search.truncated };
}

interface SumSearch {
  digits: string;
  /** As in `RunSearch`. */
  codes: Uint8Array | null;
  count: number;
  limit: number;
  budget: { steps: number };
  readings: number[][];
  parts: number[];
  truncated: boolean;
}

/** Cuts digits [at, end) into the parts left, their sum never above `target`; false stops the search. */
function cutSum(s: SumSearch, at: number, end: number, target: number, sum: number): boolean {
  if (--s.budget.steps < 0) {
    s.truncated = true;
    return false;
  }
  const { digits, parts } = s;
  const left = s.count - parts.length;
  if (left === 0) {
    if (at === end && sum === target) s.readings.push([...parts, target]);
    return s.readings.length < s.limit;
  }
  const rest = end - at;
  if (rest < left || rest > left * MAX_DIGITS_PER_NUMBER) return true;
  const { codes } = s;
  // The last part is the rest of the digits, whole: no cut to try (the loop below would try every shorter
  // one and find each leaves digits over). Digits only: a text `Number` reads may stop the loop early ("5e-1").
  if (left === 1 && codes) return lastPart(s, codes, at, end, target, sum);
  // Digits cut into the parts left add up to at most one part as long as the others let it be and the others
  // a digit each (a part of l digits is below 10^l, and 10^l grows faster than l: concentrating the digits
  // gives the largest sum). Short of the target even so: no cut of these digits reaches it. With the last
  // part read whole, 4.25 million calls became 0.85 million on 3,000 fresh run-together reports (issue 21).
  // Only for digits (a text `Number` reads may hold more than its length says, "1e5").
  const widest = rest - left + 1;
  if (codes && widest <= MAX_DIGITS_PER_NUMBER && sum + POWERS_OF_TEN[widest] - 1 + 9 * (left - 1) < target)
    return true;
  const longest = digits[at] === '0' ? 1 : Math.min(MAX_DIGITS_PER_NUMBER, widest);
  let value = 0;
  for (let len = 1; len <= longest; len++) {
    value = codes ? value * 10 + codes[at + len - 1] : Number(digits.slice(at, at + len));
    if (sum + value > target) break;
    parts.push(value);
    const go = cutSum(s, at + len, end, target, sum + value);
    parts.pop();
    if (!go) return false;
  }
  return true;
}

const POWERS_OF_TEN = [1, 10, 100, 1_000, 10_000, 100_000, 1_000_000, 10_000_000];

/** The search's last part: digits [at, end) whole, a reading when it brings the sum to the target. */
function lastPart(s: SumSearch, codes: Uint8Array, at: number, end: number, target: number, sum: number): boolean {
  if (end - at > 1 && codes[at] === 0) return true;
  let value = 0;
  for (let i = at; i < end; i++) value = value * 10 + codes[i];
  if (sum + value !== target) return true;
  s.readings.push([...s.parts, value, target]);
  return s.readings.length < s.limit;
}

/**
 * The digits' values, so a search reads each part as it grows (value · 10 + next digit) instead of making
 * a string of it and parsing that at every step: the same numbers (at most 7 digits, exact), without a
 * string per step (the cut searches were ~10 % of a run-together parse; issue 21). Null when any character
 * is not an ASCII digit: those texts keep `Number` of each slice, whatever it makes of them.
 */
function digitValues(digits: string): Uint8Array | null {
  const codes = new Uint8Array(digits.length);
  for (let i = 0; i < digits.length; i++) {
    const d = digits.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return null;
    codes[i] = d;
  }
  return codes;
}

/** Readings ordered by the digit count of their numbers, first number first. */
function byDigitLengths(a: number[], b: number[]): number {
  for (let i = 0; i < a.length; i++) {
    const la = String(a[i]).length;
    const lb = String(b[i]).length;
    if (la !== lb) return la - lb;
  }
  return 0;
}
