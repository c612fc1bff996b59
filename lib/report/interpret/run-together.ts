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
  prune: Validate = () => true,
  limit = 2,
): RunTogetherResult {
  const readings: number[][] = [];
  const parts: number[] = [];
  let steps = 0;
  let truncated = false;

  const visit = (at: number): boolean => {
    if (++steps > MAX_STEPS) {
      truncated = true;
      return false;
    }
    const left = count - parts.length;
    const rest = digits.length - at;
    if (left === 0) {
      if (rest === 0 && validate(parts)) readings.push(parts.slice());
      return readings.length < limit;
    }
    if (rest < left || rest > left * MAX_DIGITS_PER_NUMBER) return true;
    const longest = digits[at] === '0' ? 1 : Math.min(MAX_DIGITS_PER_NUMBER, rest - (left - 1));
    for (let len = 1; len <= longest; len++) {
      parts.push(Number(digits.slice(at, at + len)));
      const go = prune(parts) ? visit(at + len) : true;
      parts.pop();
      if (!go) return false;
    }
    return true;
  };

  visit(0);
  return { readings, truncated };
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

/** Table 2 (2019 form, documents): 本年新公开数量 ≤ 对外公开总数量. */
export const table2DocumentsRule: Validate = (n) => n[1] <= n[2];

export const anyReading: Validate = () => true;
