import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { SumSet, vector } from '../../../lib/report/order/sum-set';

/**
 * The sets keep each vector once, and a set made from a finished set's arrays (large ones are reused:
 * sum-set.ts) holds only what was added to it. Checked against a Set of the vectors' texts, over rounds of
 * sets made, filled and released, large enough to be given arrays back, from few enough vectors that
 * each round meets the sums of the round before.
 */
describe('SumSet', () => {
  test('holds each sum once, and nothing a released set held', () => {
    const width = 3;
    const sumOf = (a: number[], d: number[], by: number) => a.map((x, k) => x + by * d[k]);
    const round = fc.record({
      linear: fc.boolean(),
      adds: fc.array(
        fc.tuple(
          fc.array(fc.integer({ min: 0, max: 6 }), { minLength: width, maxLength: width }),
          fc.array(fc.integer({ min: 0, max: 6 }), { minLength: width, maxLength: width }),
          fc.constantFrom(1, -1),
        ),
        { minLength: 0, maxLength: 2500 },
      ),
      probes: fc.array(fc.array(fc.integer({ min: -6, max: 12 }), { minLength: width, maxLength: width }), {
        maxLength: 50,
      }),
    });
    fc.assert(
      // One size for every round of a run, so each set after the first is made from its predecessor's arrays.
      fc.property(
        fc.integer({ min: 1, max: 3000 }),
        fc.array(round, { minLength: 2, maxLength: 4 }),
        (expected, rounds) => {
          for (const r of rounds) {
            const set = new SumSet(width, r.linear, expected);
            // A second set alive beside it, holding one sum the rounds never make: sharing an array would show.
            const twin = new SumSet(width, r.linear, expected);
            const far = vector([999, 999, 999]);
            const none = vector([0, 0, 0]);
            twin.addSum(far, none, 1);
            const seen = new Set<string>();
            const order: string[] = [];
            for (const [a, d, by] of r.adds) {
              const key = sumOf(a, d, by).join(',');
              expect(set.hasSum(vector(a), vector(d), by)).toBe(seen.has(key));
              set.addSum(vector(a), vector(d), by);
              if (!seen.has(key)) order.push(key);
              seen.add(key);
            }
            expect(set.size).toBe(seen.size);
            // States come back in the order they were first added.
            for (let s = 0; s < set.size; s++) expect([...set.state(s).values].join(',')).toBe(order[s]);
            const zero = vector(new Array(width).fill(0));
            for (const p of r.probes) expect(set.hasSum(vector(p), zero, 1)).toBe(seen.has(p.join(',')));
            expect(twin.size).toBe(1);
            expect(twin.hasSum(far, none, 1)).toBe(true);
            for (const [a, d, by] of r.adds) expect(twin.hasSum(vector(a), vector(d), by)).toBe(false);
            twin.release();
            set.release();
            // Released twice, as a careless caller might: nothing may be handed out to two sets.
            set.release();
          }
        },
      ),
      { numRuns: 60 },
    );
  });
});
