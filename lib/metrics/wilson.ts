/**
 * The Wilson score interval of a proportion: where the true rate likely lies when it was measured on few
 * cases (3 of 3 granted is "100 %", but 44–100 % at 95 %). Unlike the normal approximation it stays inside
 * 0–1 and is honest at 0 and n.
 */

/** z for a two-sided 95 % interval. */
export const Z95 = 1.959963984540054;

export interface Interval {
  low: number;
  high: number;
}

/** The interval of `successes` of `n`; null when n is not positive or the counts are impossible. */
export function wilsonInterval(successes: number, n: number, z = Z95): Interval | null {
  if (!(n > 0) || successes < 0 || successes > n) return null;
  const p = successes / n;
  const z2 = z * z;
  const centre = p + z2 / (2 * n);
  const spread = z * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n));
  const denominator = 1 + z2 / n;
  // At 0 and n the bound is exactly the observed share; rounding would leave it a hair off.
  return {
    low: successes === 0 ? 0 : Math.max(0, (centre - spread) / denominator),
    high: successes === n ? 1 : Math.min(1, (centre + spread) / denominator),
  };
}
