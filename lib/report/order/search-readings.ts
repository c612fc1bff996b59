/**
 * The search of chooseByColumns (columns.ts) over the combinations of the readings, in a file of its own: readings
 * that fit no solution of one sum are dropped first (possible-readings.ts), then the combinations of those left
 * are followed by their partial sums. V8 optimizes it apart from the preparation in columns.ts, so a shape new
 * to one part no longer throws away the compiled code of both.
 */
import { possibleReadings } from './possible-readings';
import { isSmallIntegers, SumSet, type Vector, vector } from './sum-set';

/** States a choice may keep (distinct partial sums); past it the choice is not made. */
const MAX_STATES = 4_096;

/** For each choice, the reading every solution shares (its index), or null: see chooseByColumns. */
export function searchReadings(offset: number[], step: number[][][], none: null[]): (number | null)[] {
  // Sums of whole numbers well inside the doubles' exact range can carry their hashes along (see SumSet).
  const linear = isSmallIntegers(offset, step);
  if (!linear) return searchCombinations(offset, step, none, false);
  // Readings that fit no solution of one sum alone are dropped first (possible-readings.ts); the search then
  // follows the combinations of those left, and says which reading of the whole list each choice keeps.
  const alive = possibleReadings(offset, step);
  if (alive === null) return none;
  let single = true;
  for (const kept of alive) if (kept.length !== 1) single = false;
  if (single) return onlyCombination(offset, step, alive, none);
  const reduced: number[][][] = [];
  for (let i = 0; i < step.length; i++) {
    const readings: number[][] = [];
    for (const r of alive[i]) readings.push(step[i][r]);
    reduced.push(readings);
  }
  const picked = searchCombinations(offset, reduced, none, true);
  const chosen: (number | null)[] = [];
  for (let i = 0; i < picked.length; i++) {
    const p = picked[i];
    chosen.push(p === null ? null : alive[i][p]);
  }
  return chosen;
}

/**
 * One reading left for each choice: the only combination any solution can be, and the solution when it meets
 * every sum — which must be checked, as dropping readings may stop before going round until none drops (its
 * rounds and work are bounded), so a sum may not have been looked at since the last reading went. When it
 * misses one, nothing fits at all.
 */
export function onlyCombination(
  offset: readonly number[],
  step: readonly (readonly (readonly number[])[])[],
  alive: readonly (readonly number[])[],
  none: null[],
): (number | null)[] {
  for (let d = 0; d < offset.length; d++) {
    let sum = offset[d];
    for (let i = 0; i < step.length; i++) sum += step[i][alive[i][0]][d];
    if (sum !== 0) return none;
  }
  const only: (number | null)[] = [];
  for (const kept of alive) only.push(kept[0]);
  return only;
}

/** The search over every combination of the readings given (see chooseByColumns). */
function searchCombinations(offset: number[], step: number[][][], none: null[], linear: boolean): (number | null)[] {
  const choices = step.length;
  const width = offset.length;
  const steps: Vector[][] = [];
  for (const readings of step) {
    const vectors: Vector[] = [];
    for (const d of readings) vectors.push(vector(d));
    steps.push(vectors);
  }
  const zeros: number[] = [];
  for (let i = 0; i < width; i++) zeros.push(0);
  const zero = vector(zeros);
  // Every set made is given back when the search ends (their large arrays serve the next one: sum-set.ts).
  const made: SumSet[] = [];
  const make = (expected?: number) => {
    const set = new SumSet(width, linear, expected);
    made.push(set);
    return set;
  };
  try {
    const forward: SumSet[] = [make()];
    forward[0].addSum(zero, vector(offset), 1);
    for (let i = 0; i < choices; i++) {
      const here = forward[i];
      // At most one state per (state, reading), and past the cap the search stops.
      const next = make(Math.min(here.size * steps[i].length, MAX_STATES + 1));
      // The set only grows: once past the cap, the rest of the step cannot bring it back.
      for (let s = 0; s < here.size && next.size <= MAX_STATES; s++) {
        const state = here.state(s);
        for (const d of steps[i]) next.addSum(state, d, 1);
      }
      if (next.size > MAX_STATES) return none;
      forward.push(next);
    }
    if (!forward[choices].hasSum(zero, zero, 0)) return none;
    const backward: SumSet[] = new Array(choices + 1);
    backward[choices] = make();
    backward[choices].addSum(zero, zero, 0);
    for (let i = choices - 1; i >= 0; i--) {
      const after = backward[i + 1];
      // Each state it keeps is one of forward[i]'s.
      const prev = make(Math.min(after.size * steps[i].length, forward[i].size));
      for (let t = 0; t < after.size; t++) {
        const state = after.state(t);
        for (const d of steps[i]) if (forward[i].hasSum(state, d, -1)) prev.addSum(state, d, -1);
      }
      backward[i] = prev;
    }
    const picked: (number | null)[] = [];
    for (let i = 0; i < choices; i++) {
      let used = -1;
      for (let r = 0; r < steps[i].length; r++) {
        if (!leadsThrough(forward[i], backward[i + 1], steps[i][r], linear)) continue;
        if (used >= 0) {
          used = -2;
          break;
        }
        used = r;
      }
      picked.push(used >= 0 ? used : null);
    }
    return picked;
  } finally {
    for (const set of made) set.release();
  }
}

/**
 * Whether the reading d leads from a forward sum s to a backward one t (s + d = t). With whole
 * numbers that is t - d being a forward sum, and the backward set (the few solutions) is walked;
 * otherwise s + d is looked up for every s, as rounding could tell the two tests apart.
 */
function leadsThrough(from: SumSet, into: SumSet, d: Vector, linear: boolean): boolean {
  if (linear) {
    for (let t = 0; t < into.size; t++) if (from.hasSum(into.state(t), d, -1)) return true;
    return false;
  }
  for (let s = 0; s < from.size; s++) if (into.hasSum(from.state(s), d, 1)) return true;
  return false;
}
