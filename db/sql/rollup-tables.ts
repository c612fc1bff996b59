/**
 * Which rollup table answers a question: by county, city or province, and with the agency type only when the
 * question filters or groups by type. The typed cells (city_rollups, province_rollups) are ~50 times as many and
 * each carries the extremes; the totals over every type (county_totals, city_totals, province_totals) hold the
 * same sums in narrow rows — a few hundred for the whole country by province — so every view without a type reads
 * those (db/schema/rollups.ts). Null: no rollup answers (a county by type); the caller reads report_metrics.
 */
import type { MetricFilters } from './metric-filters';

export type RollupTable = 'city_rollups' | 'province_rollups' | 'county_totals' | 'city_totals' | 'province_totals';

export function rollupTable(
  level: 'county' | 'city' | 'province',
  filters: Pick<MetricFilters, 'typeIds'>,
  byType = false,
): RollupTable | null {
  const typed = byType || Boolean(filters.typeIds?.length);
  if (level === 'county') return typed ? null : 'county_totals';
  if (level === 'city') return typed ? 'city_rollups' : 'city_totals';
  return typed ? 'province_rollups' : 'province_totals';
}

/** The finest level a filter's region or a grouping asks for: the rollup level that can answer it. */
export function levelOf(region: 'province' | 'city' | 'county' | null, group?: string): 'county' | 'city' | 'province' {
  if (group === 'county' || region === 'county') return 'county';
  if (group === 'city' || region === 'city') return 'city';
  return 'province';
}
