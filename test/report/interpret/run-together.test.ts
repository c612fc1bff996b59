import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
  anyReading,
  readRunTogether,
  readSumRow,
  table3RowRule,
  table4Prune,
  table4RowRule,
} from '../../../lib/report/interpret/run-together';

describe('readRunTogether', () => {
  test('the example from the format notes has exactly one reading', () => {
    const r = readRunTogether('801000081', 7, table3RowRule);
    expect(r.readings).toEqual([[80, 1, 0, 0, 0, 0, 81]]);
    expect(r.truncated).toBe(false);
  });

  test('all zeros decode as zeros', () => {
    expect(readRunTogether('0000000', 7, table3RowRule).readings).toEqual([[0, 0, 0, 0, 0, 0, 0]]);
  });

  test('two readings that both satisfy the row sum are both reported', () => {
    const r = readRunTogether('101080322', 7, table3RowRule);
    expect(r.readings).toEqual([
      [1, 0, 10, 8, 0, 3, 22],
      [10, 1, 0, 8, 0, 3, 22],
    ]);
  });

  test('no reading when the digits cannot satisfy the sum', () => {
    expect(readRunTogether('1000009', 7, table3RowRule).readings).toEqual([]);
  });

  test('numbers never have leading zeros', () => {
    expect(readRunTogether('102', 2, anyReading, undefined, 10).readings).toEqual([[10, 2]]);
    expect(readRunTogether('0102', 2, anyReading, undefined, 10).readings).toEqual([[0, 102]]);
  });

  test('table 4: fifteen zeros, and a group with a two-digit total', () => {
    expect(readRunTogether('000000000000000', 15, table4RowRule, table4Prune).readings).toEqual([
      new Array(15).fill(0),
    ]);
    const r = readRunTogether('5311100000000000', 15, table4RowRule, table4Prune);
    expect(r.readings).toEqual([[5, 3, 1, 1, 10, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]]);
  });

  test("the fast cut of one table-3 row gives the general search's readings, in its order", () => {
    const general = (d: string) => readRunTogether(d, 7, (n) => table3RowRule(n), undefined, 50);
    // Rows of seven numbers whose total holds, written together, and random digits that mostly do not.
    // Large numbers too (the search gives up a cut whose digits cannot reach the total), and texts with other
    // characters, which `Number` reads (the bound on what digits can add up to does not hold for them).
    const row = (max: number) =>
      fc
        .array(fc.integer({ min: 0, max }), { minLength: 6, maxLength: 6 })
        .map((n) => [...n, n.reduce((a, b) => a + b, 0)].join(''));
    const digits = fc.oneof(
      row(300),
      row(5_000),
      fc.stringMatching(/^[0-9]{7,16}$/),
      fc.stringMatching(/^[0-9e.]{7,12}$/),
      fc.stringMatching(/^[0-9e.-]{7,12}$/),
    );
    fc.assert(
      fc.property(digits, (d) => {
        const all = general(d);
        // The general search tries every cut (no sums to stop it): past its step limit it has not seen them all.
        fc.pre(!all.truncated);
        expect(readSumRow(d, 6, 50).readings).toEqual(all.readings);
      }),
      { numRuns: 600 },
    );
  });

  test('a row of large numbers is cut within a budget its digits alone would have spent (shared by a report)', () => {
    // 30 digits: trying every cut of the first six numbers took 49,060 steps; cuts whose digits cannot add up to
    // the total are given up at once now (11,420 steps), so a report's shared budget reaches its other rows.
    const digits = [32357, 11429, 1163, 1784, 2585, 1870, 51188].join('');
    const budget = { steps: 20_000 };
    const r = readSumRow(digits, 6, 2, budget);
    expect(r.truncated).toBe(false);
    expect(r.readings).toEqual([[32357, 11429, 1163, 1784, 2585, 1870, 51188]]);
  });

  test('a remembered cut spends the steps its search took, and a budget short of them stops as the search would', () => {
    // So a report reads the same whatever was parsed before it in the process (a shared budget, issue 21).
    const digits = [32357, 11429, 1163, 1784, 2585, 1870, 51188].join('');
    const first = { steps: 200_000 };
    const read = readSumRow(digits, 6, 2, first);
    const spent = 200_000 - first.steps;
    expect(spent).toBeGreaterThan(1_000);
    const again = { steps: 200_000 };
    expect(readSumRow(digits, 6, 2, again)).toBe(read);
    expect(200_000 - again.steps).toBe(spent);
    const short = readSumRow(digits, 6, 2, { steps: spent - 1 });
    expect(short).not.toBe(read);
    expect(short.truncated).toBe(true);
  });

  test('every cut, read digit by digit, is the cut `Number` reads from the slice (texts with other characters too)', () => {
    // The searches build each part from its digits' values; a text holding anything but ASCII digits
    // keeps `Number` of each slice. Both must give what slicing gives, in the same order.
    const sliced = (d: string, count: number): number[][] => {
      const out: number[][] = [];
      const visit = (at: number, parts: number[]) => {
        const left = count - parts.length;
        const rest = d.length - at;
        if (left === 0) {
          if (rest === 0) out.push(parts.slice());
          return;
        }
        if (rest < left || rest > left * 7) return;
        const longest = d[at] === '0' ? 1 : Math.min(7, rest - (left - 1));
        for (let len = 1; len <= longest; len++) visit(at + len, [...parts, Number(d.slice(at, at + len))]);
      };
      visit(0, []);
      return out;
    };
    const text = fc.oneof(fc.stringMatching(/^[0-9]{1,12}$/), fc.stringMatching(/^[0-9e. x]{1,10}$/));
    fc.assert(
      fc.property(text, fc.integer({ min: 1, max: 5 }), (d, count) => {
        expect(readRunTogether(d, count, anyReading, undefined, 100_000).readings).toEqual(sliced(d, count));
      }),
      { numRuns: 600 },
    );
    expect(readRunTogether('1e3', 1, anyReading).readings).toEqual([[1000]]);
  });
});
