/**
 * Quantiles for the peer box plot. Linear interpolation between order statistics (Hyndman & Fan
 * type 7: R's default, numpy's 'linear', Excel's QUARTILE.INC), so the figures can be checked by hand.
 */

/** The p-quantile (0 ≤ p ≤ 1) of numbers already sorted ascending; NaN for none. */
export function quantileSorted(sorted: readonly number[], p: number): number {
  return quantileAt(sorted.length, (i) => sorted[i], p);
}

/**
 * The p-quantile of n sorted values of which only some are at hand: `at(i)` gives the i-th smallest
 * (0-based). It asks for positions 0 and n − 1 and, for 0 < p < 1, ⌊(n − 1)p⌋ and the one after it, and
 * no others (db/queries/summarize-peers.ts fetches exactly those for the quartiles).
 */
export function quantileAt(n: number, at: (i: number) => number, p: number): number {
  if (n === 0) return Number.NaN;
  if (p <= 0) return at(0);
  if (p >= 1) return at(n - 1);
  const h = (n - 1) * p;
  const lo = Math.floor(h);
  const frac = h - lo;
  return frac === 0 ? at(lo) : at(lo) + frac * (at(lo + 1) - at(lo));
}

export interface FiveNumbers {
  /** How many values were known (nulls and non-finite values dropped). */
  n: number;
  min: number;
  q1: number;
  median: number;
  q3: number;
  max: number;
}

/** Minimum, quartiles and maximum of the known values; null when no value is known. */
export function fiveNumbers(values: readonly (number | null | undefined)[]): FiveNumbers | null {
  const known = values.filter((v): v is number => typeof v === 'number' && Number.isFinite(v)).sort((a, b) => a - b);
  return fiveNumbersAt(known.length, (i) => known[i]);
}

/** The five numbers of n sorted values read through `at` (see quantileAt); null for none. */
export function fiveNumbersAt(n: number, at: (i: number) => number): FiveNumbers | null {
  if (n === 0) return null;
  const [q1, median, q3] = QUARTILES.map((p) => quantileAt(n, at, p));
  return { n, min: at(0), q1, median, q3, max: at(n - 1) };
}

/** The quartile probabilities of the five numbers, for a query that fetches only the positions they read. */
export const QUARTILES = [0.25, 0.5, 0.75] as const;
