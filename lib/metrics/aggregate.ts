/**
 * Totals and rates over a group of reports: the reference implementation that the database's SQL is
 * tested against. A sum covers the rows that know the value; a rate is Σ numerator ÷ Σ denominator over
 * the rows that know every part of it (a weighted rate, not a mean of the rows' rates).
 */
import { RATE_METRICS } from './dictionary';
import { signedSum } from './report-metrics';
import { COUNT_METRIC_IDS, type CountMetricId, type RateId } from './types';

export type MetricRow = Readonly<Record<CountMetricId, number | null>>;

export interface Aggregate {
  /** Sum over the rows with a value; null when no row has one. */
  sums: Record<CountMetricId, number | null>;
  /** How many rows had a value. */
  counts: Record<CountMetricId, number>;
  /** Σ numerator ÷ Σ denominator over rows with every part known; null when that denominator is not positive. */
  rates: Record<RateId, number | null>;
  /** What each rate rests on: Σ denominator over the same rows; null when no row knows every part. */
  bases: Record<RateId, number | null>;
}

export function aggregate(rows: readonly MetricRow[]): Aggregate {
  const sums = {} as Record<CountMetricId, number | null>;
  const counts = {} as Record<CountMetricId, number>;
  for (const id of COUNT_METRIC_IDS) {
    let sum = 0;
    let n = 0;
    for (const row of rows) {
      const v = row[id];
      if (v === null || v === undefined) continue;
      sum += v;
      n++;
    }
    sums[id] = n === 0 ? null : sum;
    counts[id] = n;
  }

  const rates = {} as Record<RateId, number | null>;
  const bases = {} as Record<RateId, number | null>;
  for (const def of RATE_METRICS) {
    let numerator = 0;
    let denominator = 0;
    let known = 0;
    for (const row of rows) {
      const num = signedSum(def.numerator, row);
      const den = signedSum(def.denominator, row);
      if (num === null || den === null) continue;
      numerator += num;
      denominator += den;
      known++;
    }
    rates[def.id] = denominator > 0 ? numerator / denominator : null;
    bases[def.id] = known > 0 ? denominator : null;
  }
  return { sums, counts, rates, bases };
}

/** Rows grouped by a key, groups and rows in first-seen order. */
export function groupBy<T, K>(rows: Iterable<T>, keyFn: (row: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const row of rows) {
    const key = keyFn(row);
    const group = groups.get(key);
    if (group) group.push(row);
    else groups.set(key, [row]);
  }
  return groups;
}
