/**
 * Before the column rules' search (columns.ts) follows combinations of readings, each sum is looked at alone:
 * a reading that no combination can fit into one of the sums belongs to no solution of them all, and is
 * dropped. One sum's partial sums are plain numbers — a few dozen, where the search's vectors of every sum
 * together run into thousands — so this costs little, and on a damaged page it leaves the search a handful
 * of readings instead of giving up at its limit (issue 21: the searches that gave up were ~half the time of
 * the slowest crawler reports).
 *
 * Whole numbers only (the caller's `isSmallIntegers`): every sum is then exact.
 */

/** One sum's partial sums a step may hold; past it that sum is not used to drop readings. */
const MAX_SUMS = 2_048;
/** Rounds over the sums; each drops at least one reading, and a damaged page's table needs two or three. */
const MAX_ROUNDS = 6;
/**
 * Partial sums a call may make over all its sums and rounds, so a hostile table costs no more than the search's
 * own limit (~5 ms): a table made to defeat it keeps the readings the sums left so far, which is always sound.
 */
const MAX_WORK = 150_000;

/**
 * For each choice, the indexes of its readings some solution of every single sum can still use (in their
 * order), or null when one choice has none left: then no combination fits at all.
 *
 * `offset[d]`: sum d before any choice; `step[i][r][d]`: what reading r of choice i adds to it. A solution
 * brings every sum to 0.
 */
export function possibleReadings(offset: readonly number[], step: readonly (readonly number[])[][]): number[][] | null {
  const alive: number[][] = [];
  for (const readings of step) {
    const all: number[] = [];
    for (let r = 0; r < readings.length; r++) all.push(r);
    alive.push(all);
  }
  // A reading dropped for one sum may leave another sum without the partner it needed: go round until none drops
  // (a few rounds at most: what is left then is only fewer readings to drop, and the search still judges them all).
  const work = { left: MAX_WORK };
  for (let round = 0, changed = true; changed && round < MAX_ROUNDS; round++) {
    changed = false;
    for (let d = 0; d < offset.length && work.left > 0; d++) {
      const dropped = dropForSum(offset[d], step, alive, d, work);
      if (dropped === null) return null;
      if (dropped) changed = true;
    }
  }
  return alive;
}

/**
 * Drops from `alive` the readings that fit in no solution of sum d; true when any was dropped, null when a
 * choice is left with none (or the sum cannot be met at all); false, dropping nothing, past the work allowed.
 */
function dropForSum(
  start: number,
  step: readonly (readonly number[])[][],
  alive: number[][],
  d: number,
  work: { left: number },
): boolean | null {
  const choices = step.length;
  // low[i], high[i]: the least and the most the choices from i on can still add (0 past the last).
  const low: number[] = [];
  const high: number[] = [];
  for (let i = 0; i <= choices; i++) {
    low.push(0);
    high.push(0);
  }
  for (let i = choices - 1; i >= 0; i--) {
    let least = Number.POSITIVE_INFINITY;
    let most = Number.NEGATIVE_INFINITY;
    for (const r of alive[i]) {
      const v = step[i][r][d];
      if (v < least) least = v;
      if (v > most) most = v;
    }
    low[i] = low[i + 1] + least;
    high[i] = high[i + 1] + most;
  }
  if (start + low[0] > 0 || start + high[0] < 0) return null;
  // forward[i]: the sums reachable before choice i from which the choices left can still reach 0.
  const forward: Set<number>[] = [new Set([start])];
  for (let i = 0; i < choices; i++) {
    const next = new Set<number>();
    const least = low[i + 1];
    const most = high[i + 1];
    work.left -= forward[i].size * alive[i].length;
    if (work.left < 0) return false;
    for (const s of forward[i]) {
      for (const r of alive[i]) {
        const sum = s + step[i][r][d];
        if (sum + least <= 0 && sum + most >= 0) next.add(sum);
      }
      if (next.size > MAX_SUMS) return false;
    }
    forward.push(next);
  }
  if (!forward[choices].has(0)) return null;
  let dropped = false;
  // after: the sums before choice i + 1 from which the rest can still bring this sum to 0.
  let after = new Set<number>([0]);
  for (let i = choices - 1; i >= 0; i--) {
    const before = new Set<number>();
    const kept: number[] = [];
    for (const r of alive[i]) {
      const v = step[i][r][d];
      let fits = false;
      for (const t of after)
        if (forward[i].has(t - v)) {
          fits = true;
          before.add(t - v);
        }
      if (fits) kept.push(r);
    }
    if (kept.length === 0) return null;
    if (kept.length < alive[i].length) {
      alive[i] = kept;
      dropped = true;
    }
    after = before;
  }
  return dropped;
}
