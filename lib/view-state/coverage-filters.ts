/**
 * The coverage page's own URL filter on top of the view state: `show` picks the matrix's rows (every agency, or
 * those with a missing, late or undated year, or that stopped publishing). Anything else is every agency.
 */
import type { CoverageShow } from '../../db/sql/coverage-sql';
import type { SearchParams } from './view-state';

export type { CoverageShow };
export const COVERAGE_SHOWS: readonly CoverageShow[] = ['all', 'missing', 'late', 'undated', 'stopped'];

const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

export function coverageShow(params: SearchParams | URLSearchParams): CoverageShow {
  const show = params instanceof URLSearchParams ? params.get('show') : first(params.show);
  return (COVERAGE_SHOWS as readonly string[]).includes(show ?? '') ? (show as CoverageShow) : 'all';
}

/** The page's own query (without "?"): empty for every agency. */
export function coverageQuery(show: CoverageShow): string {
  return show === 'all' ? '' : `show=${show}`;
}

/** `href` (a link with the view state) with the page's own query added. */
export function withShow(href: string, show: CoverageShow): string {
  const query = coverageQuery(show);
  return query ? `${href}${href.includes('?') ? '&' : '?'}${query}` : href;
}
