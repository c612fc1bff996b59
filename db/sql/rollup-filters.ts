/**
 * The dashboard filters as SQL on the rollup tables and on agency_presence, with positional args;
 * the same meaning as metricConditions (metric-filters.ts) has on report_metrics.
 */
import type { MetricFilters } from './metric-filters';
import { regionLevelOf } from './metric-filters';

export interface SqlPart {
  sql: string;
  args: (string | number)[];
}

const YEAR_BASE = 2000;

/** The years a filter admits, as a bit mask over (year − 2000); null when every year is admitted. */
export function yearMask(f: MetricFilters): number | null {
  if (!f.years?.length && f.yearFrom === undefined && f.yearTo === undefined) return null;
  let mask = 0;
  for (let y = YEAR_BASE; y < YEAR_BASE + 62; y++) {
    if (f.years?.length && !f.years.includes(y)) continue;
    if (f.yearFrom !== undefined && y < f.yearFrom) continue;
    if (f.yearTo !== undefined && y > f.yearTo) continue;
    mask += 2 ** (y - YEAR_BASE);
  }
  return mask;
}

function regionPart(f: MetricFilters, alias: string, parts: string[], args: (string | number)[]) {
  if (!f.region) return;
  const level = regionLevelOf(f.region);
  parts.push(`${alias}.${level === 'province' ? 'province_code' : level === 'city' ? 'city_code' : 'county_code'} = ?`);
  args.push(f.region);
}

function typePart(f: MetricFilters, alias: string, parts: string[], args: (string | number)[]) {
  if (!f.typeIds?.length) return;
  parts.push(`${alias}.type_id IN (${f.typeIds.map(() => '?').join(',')})`);
  args.push(...f.typeIds);
}

/** Conditions on a rollup table (alias r). A county filter is not answerable here; callers check. */
export function rollupWhere(f: MetricFilters, alias = 'r'): SqlPart {
  const parts = [`${alias}.synthetic = ?`];
  const args: (string | number)[] = [f.synthetic ? 1 : 0];
  if (f.years?.length) {
    parts.push(`${alias}.year IN (${f.years.map(() => '?').join(',')})`);
    args.push(...f.years);
  }
  if (f.yearFrom !== undefined) {
    parts.push(`${alias}.year >= ?`);
    args.push(f.yearFrom);
  }
  if (f.yearTo !== undefined) {
    parts.push(`${alias}.year <= ?`);
    args.push(f.yearTo);
  }
  regionPart(f, alias, parts, args);
  typePart(f, alias, parts, args);
  if (f.template) {
    parts.push(`${alias}.template = ?`);
    args.push(f.template);
  }
  return { sql: parts.join(' AND '), args };
}

/** Conditions on agency_presence (alias p): an agency counts when it has a report in an admitted year. */
export function presenceWhere(f: MetricFilters, alias = 'p'): SqlPart {
  const parts = [`${alias}.synthetic = ?`];
  const args: (string | number)[] = [f.synthetic ? 1 : 0];
  const years = f.template === '2019' ? 'years_2019' : f.template === '2021' ? 'years_2021' : 'years';
  const mask = yearMask(f);
  parts.push(mask === null ? `${alias}.${years} != 0` : `(${alias}.${years} & ?) != 0`);
  if (mask !== null) args.push(mask);
  regionPart(f, alias, parts, args);
  typePart(f, alias, parts, args);
  return { sql: parts.join(' AND '), args };
}
