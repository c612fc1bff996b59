import { describe, expect, test } from 'vitest';
import { applicantSum, reviewSum, splitTokens, wordBreaks } from '../../../lib/report/order/split';
import type { NumberToken } from '../../../lib/report/order/stream';

const run = (digits: string, at = 0): NumberToken => ({
  raw: digits,
  run: digits.length > 1 ? digits : null,
  value: Number(digits),
  joined: true,
  rowStart: false,
  offset: 0,
  length: digits.length,
  at,
});
const cell = (n: number, at = 0): NumberToken => ({
  raw: String(n),
  run: null,
  value: n,
  joined: false,
  rowStart: false,
  offset: 0,
  length: 1,
  at,
});
const values = (tokens: NumberToken[], count: number, size: number, rule = applicantSum) =>
  splitTokens(tokens, count, size, rule).readings.map((r) => r.map((p) => p.value));

describe('cutting digits that ran together', () => {
  test('the row sum leaves one reading (Pingtan 新收: 64/0/0/2/0/4/70)', () => {
    expect(values([run('640020470')], 7, 7)).toEqual([[64, 0, 0, 2, 0, 4, 70]]);
  });

  test('the row sum can leave two: the caller must let the columns choose', () => {
    expect(values([run('220000325')], 7, 7)).toEqual([
      [2, 20, 0, 0, 0, 3, 25],
      [22, 0, 0, 0, 0, 3, 25],
    ]);
  });

  test('table 4: each 总计 equals its four cells in exactly one way', () => {
    expect(values([run('10203120001200000')], 15, 5, reviewSum)).toEqual([
      [1, 0, 2, 0, 3, 12, 0, 0, 0, 12, 0, 0, 0, 0, 0],
    ]);
  });

  test('separate tokens stay separate numbers ("500000 5")', () => {
    expect(values([run('500000'), cell(5)], 7, 7)).toEqual([[5, 0, 0, 0, 0, 0, 5]]);
  });

  test('a row may not straddle words: "0 4 0 | 三、本年度办理 | 0 0 0 0" is not one row', () => {
    const tokens = [cell(0, 0), cell(4, 1), cell(0, 2), cell(0, 10), cell(0, 11), cell(0, 12), cell(0, 13)];
    const text = `###${'x'.repeat(7)}####`;
    const breaks = wordBreaks(text, tokens);
    expect([...breaks]).toEqual([3]);
    expect(splitTokens(tokens, 7, 7, () => true, 12, breaks).readings).toEqual([]);
    expect(splitTokens(tokens, 7, 7, () => true).readings).toHaveLength(1);
  });

  test('a search that would run long stops and says so', () => {
    const r = splitTokens([run('1'.repeat(40))], 7, 7, () => false, 12, undefined, { steps: 100 });
    expect(r.truncated).toBe(true);
    expect(r.readings).toEqual([]);
  });
});
