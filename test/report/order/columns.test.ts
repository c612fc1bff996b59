import { describe, expect, test } from 'vitest';
import { table3Keys } from '../../../lib/report/interpret/table3';
import { chooseByColumns, type Equation } from '../../../lib/report/order/columns';
import type { Table3Key } from '../../../lib/report/types';

/** 一 + 二 = （七）+ 四, and 予以公开 = （七）: one column. */
const EQUATIONS: Equation[] = [
  { left: ['newReceived', 'carriedOver'], right: ['total', 'carriedForward'] },
  { left: ['granted'], right: ['total'] },
];

const fixed = (values: Partial<Record<Table3Key, number>>) =>
  new Map(Object.entries(values).map(([k, v]) => [k as Table3Key, [v]]));

describe('choosing among readings by the column sums', () => {
  test('the one combination that meets every sum is chosen', () => {
    const picked = chooseByColumns(
      fixed({ newReceived: 5, carriedOver: 0, granted: 5 }),
      [
        { keys: ['total'], readings: [[[3]], [[5]]] },
        { keys: ['carriedForward'], readings: [[[2]], [[0]]] },
      ],
      EQUATIONS,
      1,
    );
    expect(picked).toEqual([1, 1]);
  });

  test('no sum can judge (a term unknown in every equation): a choice of several readings is not made, one of one is', () => {
    const picked = chooseByColumns(
      fixed({ granted: 5 }),
      [
        { keys: ['total'], readings: [[[3]], [[5]]] },
        { keys: ['carriedForward'], readings: [[[2]]] },
      ],
      EQUATIONS.slice(0, 1),
      1,
    );
    expect(picked).toEqual([null, 0]);
  });

  test('when two combinations meet the sums, neither is chosen', () => {
    const picked = chooseByColumns(
      fixed({ newReceived: 5, carriedOver: 0 }),
      [
        { keys: ['total'], readings: [[[3]], [[5]]] },
        { keys: ['carriedForward'], readings: [[[2]], [[0]]] },
      ],
      EQUATIONS.slice(0, 1),
      1,
    );
    expect(picked).toEqual([null, null]);
  });

  test('numbers with decimals are followed as exactly as whole ones', () => {
    const picked = chooseByColumns(
      fixed({ newReceived: 2.5, carriedOver: 0.25, granted: 2.5 }),
      [
        { keys: ['total'], readings: [[[1.5]], [[2.5]]] },
        { keys: ['carriedForward'], readings: [[[0.25]], [[1.25]]] },
      ],
      EQUATIONS,
      1,
    );
    expect(picked).toEqual([1, 0]);
  });

  test('past 4,096 partial sums no choice is made, however few solutions there are', () => {
    // Row i reads -2^i or 2^i: every combination has its own sum, and only one sums to the total, +1, -2, +4, …
    // Within the bounds of what the rows left can add, every partial sum stays possible, so dropping readings
    // one sum at a time finds nothing to drop, and the search meets its limit.
    const rows = table3Keys('2021').filter((k) => k !== 'total');
    const solve = (n: number) =>
      chooseByColumns(
        fixed({ total: rows.slice(0, n).reduce((sum, _, i) => sum + (i % 2 === 0 ? 1 : -1) * 2 ** i, 0) }),
        rows.slice(0, n).map((key, i) => ({ keys: [key], readings: [[[-(2 ** i)]], [[2 ** i]]] })),
        [{ left: rows.slice(0, n), right: ['total'] }],
        1,
      );
    expect(solve(12)).toEqual(Array.from({ length: 12 }, (_, i) => (i % 2 === 0 ? 1 : 0)));
    expect(solve(13)).toEqual(new Array(13).fill(null));
  });

  test('a sum whose rows can only just reach it settles them, however many combinations there are', () => {
    // Row i reads 0 or 2^i and the total is 1: no row but the first can be 2^i and stay under it.
    const rows = table3Keys('2021').filter((k) => k !== 'total');
    const picked = chooseByColumns(
      fixed({ total: 1 }),
      rows.slice(0, 16).map((key, i) => ({ keys: [key], readings: [[[0]], [[2 ** i]]] })),
      [{ left: rows.slice(0, 16), right: ['total'] }],
      1,
    );
    expect(picked).toEqual([1, ...new Array(15).fill(0)]);
  });
});
