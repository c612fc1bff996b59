/** The region page's data: where the region stands, its agencies, and its sub-regions with their totals. */
import type { Db } from '../../db/client';
import { regionChildren } from '../regions/tree';
import type { ViewState } from '../view-state/view-state';
import { loadCompareTable } from './compare-view';
import { childLevel } from './region-values';
import { viewSummary } from './view-summary';
import { viewWords } from './view-words';

/** The agencies shown beside the sub-regions; the compare page lists them all. */
const AGENCIES_SHOWN = 20;

/** The compare table's columns the region page's agency table leaves out (the page and its Word briefing). */
export const REGION_AGENCIES_HIDDEN: readonly string[] = ['region', 'type', 'daysLate', 'errors'];

/**
 * `place` is the region as every caption and export of the view says it (view-words.ts): 全国, 浙江省 嘉兴市, or an
 * unknown code as unknown; `trail` the breadcrumbs, named in the view's language.
 */
export async function loadRegionPage(db: Db, state: ViewState) {
  const words = viewWords(state);
  const trail = words.trail.map((r) => ({ code: r.code, name: r.name[state.lang] }));
  const agencies = await loadCompareTable(
    db,
    { ...state, sort: undefined, columns: [state.metric, 'disclosureRate'] },
    { offset: 0, limit: AGENCIES_SHOWN },
  );
  return { place: words.region, trail, agencies };
}

/** The sub-regions that have reports, with their totals; null when the region has no level below it. */
export async function loadRegionChildren(db: Db, state: ViewState) {
  const level = childLevel(state.region);
  if (!level) return null;
  const rows = await viewSummary(db, state, level);
  const byCode = new Map(rows.map((r) => [String(r.key), r]));
  return regionChildren(state.region ?? null)
    .filter((c) => byCode.has(c.code))
    .map((c) => ({ code: c.code, name: c.name[state.lang], ...byCode.get(c.code)! }));
}
