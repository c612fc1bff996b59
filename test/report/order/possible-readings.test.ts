/**
 * Dropping readings one sum at a time (possible-readings.ts) must never drop one a solution uses, and the
 * column rules' choice made after it must be the choice every combination tried one by one gives.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { chooseByColumns, type Choice, type Equation } from '../../../lib/report/order/columns';
import { possibleReadings } from '../../../lib/report/order/possible-readings';
import { onlyCombination } from '../../../lib/report/order/search-readings';
import type { Table3Key } from '../../../lib/report/types';

/** Every combination of one reading per choice (index lists). */
function combinations(counts: readonly number[]): number[][] {
  let out: number[][] = [[]];
  for (const n of counts) out = out.flatMap((c) => Array.from({ length: n }, (_, r) => [...c, r]));
  return out;
}

const problem = fc
  .record({ width: fc.integer({ min: 1, max: 3 }), choices: fc.integer({ min: 1, max: 5 }) })
  .chain(({ width, choices }) =>
    fc.record({
      offset: fc.array(fc.integer({ min: -6, max: 6 }), { minLength: width, maxLength: width }),
      step: fc.array(
        fc.array(fc.array(fc.integer({ min: -3, max: 3 }), { minLength: width, maxLength: width }), {
          minLength: 1,
          maxLength: 4,
        }),
        { minLength: choices, maxLength: choices },
      ),
    }),
  );

describe('possibleReadings', () => {
  test('keeps every reading some solution uses, and finds none only when no combination fits', () => {
    fc.assert(
      fc.property(problem, ({ offset, step }) => {
        const solutions = combinations(step.map((s) => s.length)).filter((combo) =>
          offset.every((o, d) => combo.reduce((sum, r, i) => sum + step[i][r][d], o) === 0),
        );
        const alive = possibleReadings(offset, step);
        if (alive === null) {
          expect(solutions).toEqual([]);
          return;
        }
        for (const combo of solutions) combo.forEach((r, i) => expect(alive[i]).toContain(r));
        alive.forEach((kept, i) => {
          expect([...kept].sort((a, b) => a - b)).toEqual(kept);
          for (const r of kept) expect(r).toBeLessThan(step[i].length);
        });
      }),
      { numRuns: 1_000 },
    );
  });

  test('a table too large to look at whole keeps every reading of its solution (the work allowed runs out)', () => {
    // 15 rows of 12 readings, 14 sums, values spread wide: more partial sums than the work allowed lets it follow.
    let seed = 7;
    const random = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
    const step = Array.from({ length: 15 }, () =>
      Array.from({ length: 12 }, () => Array.from({ length: 14 }, () => Math.floor(random() * 200) - 100)),
    );
    const solution = step.map(() => Math.floor(random() * 12));
    const offset = Array.from({ length: 14 }, (_, d) => -solution.reduce((sum, r, i) => sum + step[i][r][d], 0));
    const alive = possibleReadings(offset, step);
    expect(alive).not.toBeNull();
    solution.forEach((r, i) => expect(alive![i]).toContain(r));
  });

  test('one sum alone can settle a choice: the reading no partner can balance is dropped', () => {
    // 5 + a + b = 0 with a ∈ {-5, 1}, b ∈ {0, 7}: only (-5, 0) fits.
    expect(
      possibleReadings(
        [5],
        [
          [[-5], [1]],
          [[0], [7]],
        ],
      ),
    ).toEqual([[0], [0]]);
    expect(possibleReadings([5], [[[1]], [[0], [7]]])).toBeNull();
  });
});

/** 一 + 二 = （七）+ 四 and 予以公开 = （七）, in two columns. */
const EQUATIONS: Equation[] = [
  { left: ['newReceived', 'carriedOver'], right: ['total', 'carriedForward'] },
  { left: ['granted'], right: ['total'] },
];
const KEYS: Table3Key[] = ['newReceived', 'carriedOver', 'total', 'carriedForward', 'granted'];
const COLUMNS = 2;

/** A table of the five rows, some of them read several ways (each reading two columns). */
const table = fc
  .record({
    fixed: fc.array(fc.array(fc.integer({ min: 0, max: 6 }), { minLength: COLUMNS, maxLength: COLUMNS }), {
      minLength: KEYS.length,
      maxLength: KEYS.length,
    }),
    chosen: fc.subarray(KEYS, { minLength: 1 }),
  })
  .chain(({ fixed, chosen }) =>
    fc.record({
      fixed: fc.constant(fixed),
      chosen: fc.constant(chosen),
      readings: fc.array(
        fc.array(fc.array(fc.integer({ min: 0, max: 6 }), { minLength: COLUMNS, maxLength: COLUMNS }), {
          minLength: 1,
          maxLength: 4,
        }),
        { minLength: chosen.length, maxLength: chosen.length },
      ),
    }),
  );

describe('onlyCombination', () => {
  test('one reading left for each choice is the solution only when it meets every sum', () => {
    const step = [
      [
        [2, 1],
        [5, 0],
      ],
      [
        [3, 4],
        [1, 1],
      ],
    ];
    // Readings 1 and 0: 5 + 3 = 8 and 0 + 4 = 4 meet both sums; left unchecked, a second sum that misses.
    expect(onlyCombination([-8, -4], step, [[1], [0]], [null, null])).toEqual([1, 0]);
    expect(onlyCombination([-8, -5], step, [[1], [0]], [null, null])).toEqual([null, null]);
  });
});

describe('chooseByColumns after dropping readings', () => {
  test('chooses exactly what trying every combination chooses: the reading all solutions share', () => {
    fc.assert(
      fc.property(table, ({ fixed, chosen, readings }) => {
        const known = new Map<Table3Key, number[]>();
        KEYS.forEach((k, i) => {
          if (!chosen.includes(k)) known.set(k, fixed[i]);
        });
        const choices: Choice[] = chosen.map((k, i) => ({ keys: [k], readings: readings[i].map((r) => [r]) }));
        const solutions = combinations(readings.map((r) => r.length)).filter((combo) => {
          const values = new Map(known);
          chosen.forEach((k, i) => values.set(k, readings[i][combo[i]]));
          const side = (keys: Table3Key[], c: number) => keys.reduce((s, k) => s + values.get(k)![c], 0);
          return EQUATIONS.every((eq) =>
            Array.from({ length: COLUMNS }, (_, c) => c).every((c) => side(eq.left, c) === side(eq.right, c)),
          );
        });
        const expected = chosen.map((_, i) => {
          const used = new Set(solutions.map((combo) => combo[i]));
          return used.size === 1 ? [...used][0] : null;
        });
        expect(chooseByColumns(known, choices, EQUATIONS, COLUMNS)).toEqual(expected);
      }),
      { numRuns: 1_000 },
    );
  });
});
