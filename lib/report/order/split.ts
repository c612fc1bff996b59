/**
 * Numbers of a stretch of the stream cut into a given count: a token that is one number stays whole,
 * a digit run that lost its boundaries is cut anywhere (no leading zeros, at most seven digits a
 * number), and each completed row must satisfy the row's rule. Every reading is returned up to a limit;
 * the caller uses one only when the form's arithmetic leaves exactly one.
 */
import { readSumRow } from '../interpret/run-together';
import { NUMBER_MARK, type NumberToken } from './stream';

export interface Part {
  value: number;
  /** Index of the token it was cut from (for provenance). */
  token: number;
}

export interface SplitResult {
  readings: Part[][];
  /** The search stopped at its limit: the readings found are not all there are. */
  truncated: boolean;
}

/** Steps a search may take; one budget can be shared by all the searches of a report. */
export interface Budget {
  steps: number;
}

const MAX_DIGITS = 7;
const NO_BREAKS: ReadonlySet<number> = new Set();
const MAX_STEPS = 20_000;

/**
 * `breaks` (optional) holds the indices of tokens with words before them: a row's numbers stand
 * together in every layout, so a row may not straddle words ("0 4 0 三、本年度办理 0 0 0 0" is not one row).
 */
export function splitTokens(
  tokens: NumberToken[],
  count: number,
  rowSize: number,
  rowRule: (row: number[]) => boolean,
  limit = 12,
  breaks: ReadonlySet<number> = NO_BREAKS,
  budget: Budget = { steps: MAX_STEPS },
): SplitResult {
  // The most numbers the tokens from i on can give.
  const most = new Int32Array(tokens.length + 1);
  for (let i = tokens.length - 1; i >= 0; i--) most[i] = most[i + 1] + (tokens[i].run ? tokens[i].run!.length : 1);
  const search: TokenSearch = {
    tokens,
    count,
    rowSize,
    rowRule,
    limit,
    breaks,
    budget,
    most,
    readings: [],
    parts: [],
    truncated: false,
  };
  if (count > 0) visitTokens(search, 0, 0);
  return { readings: search.readings, truncated: search.truncated };
}

/** The state of one `splitTokens` search (top-level functions, not closures: they are made per call). */
interface TokenSearch {
  tokens: NumberToken[];
  count: number;
  rowSize: number;
  rowRule: (row: number[]) => boolean;
  limit: number;
  breaks: ReadonlySet<number>;
  budget: Budget;
  most: Int32Array;
  readings: Part[][];
  parts: Part[];
  truncated: boolean;
}

/** Whether the row the parts just completed, if any, satisfies the row's rule. */
function rowHolds(s: TokenSearch): boolean {
  const { parts, rowSize } = s;
  if (parts.length % rowSize !== 0) return true;
  const row = parts.slice(parts.length - rowSize).map((p) => p.value);
  return s.rowRule(row);
}

/** Token i, from digit `at` of its run (0 for a whole token). Returns false to stop the search. */
function visitTokens(s: TokenSearch, i: number, at: number): boolean {
  if (--s.budget.steps < 0) {
    s.truncated = true;
    return false;
  }
  const { tokens, parts } = s;
  if (at === 0 && s.breaks.has(i) && parts.length % s.rowSize !== 0) return true;
  if (i === tokens.length) {
    if (parts.length === s.count) s.readings.push(parts.slice());
    return s.readings.length < s.limit;
  }
  const left = s.count - parts.length;
  const run = tokens[i].run;
  const restHere = run ? run.length - at : 1;
  // The fewest numbers the tokens after i can give is one each.
  if (left < tokens.length - (i + 1) + 1 || left > s.most[i + 1] + restHere) return true;
  if (!run) {
    const value = tokens[i].value;
    if (value === null) return true;
    parts.push({ value, token: i });
    const go = rowHolds(s) ? visitTokens(s, i + 1, 0) : true;
    parts.pop();
    return go;
  }
  const longest = run[at] === '0' ? 1 : Math.min(MAX_DIGITS, restHere);
  for (let len = 1; len <= longest; len++) {
    parts.push({ value: Number(run.slice(at, at + len)), token: i });
    const done = at + len === run.length;
    const go = rowHolds(s) ? (done ? visitTokens(s, i + 1, 0) : visitTokens(s, i, at + len)) : true;
    parts.pop();
    if (!go) return false;
  }
  return true;
}

/** Table 3's row rule: the six applicant columns add up to 总计. */
export const applicantSum = (n: number[]) => n[0] + n[1] + n[2] + n[3] + n[4] + n[5] === n[6];

/** Table 4's group rule: 维持 + 纠正 + 其他 + 尚未审结 = 总计. */
export const reviewSum = (n: number[]) => n[0] + n[1] + n[2] + n[3] === n[4];

export const noRule = () => true;

/**
 * The indices of tokens that have words (not just spaces or cell breaks) between them and the one
 * before, or that open a new row of a laid-out table.
 */
export function wordBreaks(text: string, tokens: NumberToken[]): Set<number> {
  const breaks = new Set<number>();
  for (let i = 1; i < tokens.length; i++) {
    if (tokens[i].rowStart || tokens[i].at !== tokens[i - 1].at + 1 || text[tokens[i - 1].at] !== NUMBER_MARK)
      breaks.add(i);
  }
  return breaks;
}

/** `readSumRow` (the layout reading's fast cut of one row's digits) with the parts this module returns. */
export function splitSumRow(
  digits: string,
  count: number,
  budget: Budget = { steps: MAX_STEPS },
  limit = 12,
): SplitResult {
  const { readings, truncated } = readSumRow(digits, count, limit, budget);
  return { readings: readings.map((r) => r.map((value) => ({ value, token: 0 }))), truncated };
}
