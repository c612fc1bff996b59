/**
 * The coverage rules of lib/metrics/coverage.ts as SQL on agency_coverage (alias c) and agency_list (alias l),
 * for the years of a view. Years are bits (year − 2000); each year's test is written with its bit as a
 * literal (years are whole numbers checked here), so one pass over the agencies tests every year.
 */
import { regionLevelOf } from './metric-filters';
import type { SqlPart } from './rollup-filters';

/** What the coverage counts cover: the view's region, agency types and years (years with reports, ascending). */
export interface CoverageScope {
  synthetic: boolean;
  region?: string;
  typeIds?: string[];
  years: readonly number[];
}

/** Which matrix rows to list: every agency, or those with a missing, late or undated year, or that stopped. */
export type CoverageShow = 'all' | 'missing' | 'late' | 'undated' | 'stopped';

const bit = (year: number) => {
  if (!Number.isInteger(year) || year < 2000 || year > 2052) throw new Error(`not a coverage year: ${year}`);
  return 2 ** (year - 2000);
};
export const maskOf = (years: readonly number[]) => years.reduce((m, y) => m + bit(y), 0);

export const presentIn = (y: number) => `(c.years & ${bit(y)}) != 0`;
/** A report before and after the year, none in it. */
export const gapIn = (y: number) => `(c.gaps & ${bit(y)}) != 0`;
/** Expected only because the agency is listed. */
export const listOnlyIn = (y: number) => `(c.listed AND ((c.years | c.gaps) & ${bit(y)}) = 0)`;
export const flagIn = (column: 'late' | 'undated' | 'replaced', y: number) => `(c.${column} & ${bit(y)}) != 0`;

/** A missing year in the scope, by either rule. */
export const missingAny = (years: readonly number[]) =>
  `((c.gaps & ${maskOf(years)}) != 0 OR (c.listed AND ((c.years | c.gaps) & ${maskOf(years)}) != ${maskOf(years)}))`;

/** The agency's last report is in a year of the scope before its latest: none in the latest, nor after it. */
export function stoppedIn(years: readonly number[]): string {
  if (years.length < 2) return '0';
  const latest = Math.max(...years);
  return `((c.years >> ${latest - 2000}) = 0 AND (c.years & ${maskOf(years) - bit(latest)}) != 0)`;
}

/** An agency with something to show in the scope's years: a report, a missing year, or a place on the list. */
export const relevantIn = (years: readonly number[]) => `(((c.years | c.gaps) & ${maskOf(years)}) != 0 OR c.listed)`;

/** The matrix's row condition for `show` on agency_coverage. */
export function showCondition(show: CoverageShow, years: readonly number[]): string {
  switch (show) {
    case 'missing':
      return missingAny(years);
    case 'late':
      return `(c.late & ${maskOf(years)}) != 0`;
    case 'undated':
      return `(c.undated & ${maskOf(years)}) != 0`;
    case 'stopped':
      return stoppedIn(years);
    default:
      return relevantIn(years);
  }
}

const REGION_COLUMN = { province: 'province_code', city: 'city_code', county: 'county_code' } as const;

/**
 * The scope's synthetic flag (agency_coverage and report_metrics: the list is of real agencies), region and types, on
 * alias `t`. `regionLeads`: the synthetic flag written so no index serves it (unary +), so the region's does.
 */
export function scopeWhere(scope: CoverageScope, t: 'c' | 'l', options: { regionLeads?: boolean } = {}): SqlPart {
  const parts: string[] = [];
  const args: (string | number)[] = [];
  if (t === 'c') {
    parts.push(options.regionLeads ? '+c.synthetic = ?' : 'c.synthetic = ?');
    args.push(scope.synthetic ? 1 : 0);
  }
  if (scope.region) {
    parts.push(`${t}.${REGION_COLUMN[regionLevelOf(scope.region)]} = ?`);
    args.push(scope.region);
  }
  if (scope.typeIds?.length) {
    parts.push(`${t}.type_id IN (${scope.typeIds.map(() => '?').join(',')})`);
    args.push(...scope.typeIds);
  }
  return { sql: parts.length ? parts.join(' AND ') : '1', args };
}

/** A list entry's area in its province, as agency_coverage.area_code is an agency's: its city, else its county. */
export const AREA_OF_LIST = `coalesce((SELECT r.code FROM regions r WHERE r.code = l.city_code AND r.level = 'city'), l.county_code)`;
