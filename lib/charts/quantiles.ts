/**
 * Quantiles for the peer box plot. Linear interpolation between order statistics (Hyndman & Fan
 * type 7: R's default, numpy's 'linear', Excel's QUARTILE.INC), so the figures can be checked by hand.
 */

/** The p-quantile (0 ≤ p ≤ 1) of numbers already sorted ascending; NaN for none. */
export function quantileSorted(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  if (p <= 0) return sorted[0];
  if (p >= 1) return sorted[sorted.length - 1];
  const h = (sorted.length - 1) * p;
  const lo = Math.floor(h);
  const frac = h - lo;
  return frac === 0 ? sorted[lo] : sorted[lo] + frac * (sorted[lo + 1] - sorted[lo]);
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
  if (known.length === 0) return null;
  return {
    n: known.length,
    min: known[0],
    q1: quantileSorted(known, 0.25),
    median: quantileSorted(known, 0.5),
    q3: quantileSorted(known, 0.75),
    max: known[known.length - 1],
  };
}
