/**
 * What a query case is, its target, and the few things every view's cases share: a view state built
 * from a URL query exactly as a page builds it, the named filters picked from the data, and the filter
 * bar's own calls, which every dashboard page makes.
 */
import type { Db } from '../../../db/client';
import { listPresentTypes } from '../../../db/queries/list-present-types';
import { listYears } from '../../../db/queries/list-years';
import { regionTrail } from '../../../lib/regions/tree';
import { filtersOf } from '../../../lib/view-state/filters';
import { parseViewState, type ViewState } from '../../../lib/view-state/view-state';
import type { Picks } from './bench-picks';

/** One function a page calls, the compare table's first page, or all of a page's calls together. */
export type CaseKind = 'query' | 'first-page' | 'page-calls';

/** The targets at a million reports; a page's calls together have none of their own. */
export const TARGET_MS: Record<CaseKind, number | null> = { query: 100, 'first-page': 150, 'page-calls': null };

export interface QueryCase {
  view: string;
  filter: string;
  call: string;
  kind: CaseKind;
  run: () => Promise<unknown>;
}

export type Query = Record<string, string>;

/** The view state a page would parse from this query (plus synthetic=1 when the data is synthetic). */
export function stateOf(query: Query, synthetic: boolean): ViewState {
  return parseViewState(new URLSearchParams({ ...query, ...(synthetic ? { synthetic: '1' } : {}) }));
}

const placeName = (code: string) =>
  regionTrail(code)
    .map((r) => r.name.zh)
    .join(' ') || code;

/** Named filters: the year, the province, its city, the type, as picked from the data. */
export function namedFilters(p: Picks) {
  return {
    none: { label: 'no filter', query: {} as Query },
    year: { label: `year ${p.year}`, query: { year: String(p.year) } },
    province: { label: `province ${placeName(p.province)}`, query: { region: p.province } },
    city: p.city ? { label: `city ${placeName(p.city)}`, query: { region: p.city } } : undefined,
    type: p.type ? { label: `type ${p.type}`, query: { type: p.type } } : undefined,
    provinceYear: {
      label: `province+year ${placeName(p.province)} ${p.year}`,
      query: { region: p.province, year: String(p.year) },
    },
  };
}

/** The filter bar (app/ui/view-filters.tsx) on every page: the year and type pickers' options. */
export function filterBarCalls(db: Db, s: ViewState): Promise<unknown>[] {
  return [listYears(db, { synthetic: s.synthetic }), listPresentTypes(db, { ...filtersOf(s), typeIds: undefined })];
}

/** Drops the filters a size's data does not have (no city, no type). */
export const present = <T>(items: (T | undefined)[]): T[] => items.filter((x): x is T => x !== undefined);
