/**
 * Rankings by the report score (issue 16), for one year of the view: its sub-regions by mean score, with their
 * on-time rates and Wilson intervals, and its agencies by score, with each component. A rank is only given
 * within a group of at least MIN_RANKED reports: among three agencies "first" says nothing, and a region of
 * two reports is listed without a rank and says why.
 */
import type { Db } from '../../db/client';
import { listCompareRows } from '../../db/queries/list-compare-rows';
import { latestYear } from '../../db/queries/latest-year';
import { regionScores } from '../../db/queries/region-scores';
import { type Interval, wilsonInterval } from '../metrics/wilson';
import { regionChildren } from '../regions/tree';
import { filtersOf } from '../view-state/filters';
import type { ViewState } from '../view-state/view-state';

/** Fewer reports than this in a group: no rank. */
export const MIN_RANKED = 5;
/** Agencies listed in the ranking; the compare table, sorted by score, has them all. */
export const AGENCIES_RANKED = 50;

export interface RegionScore {
  code: string;
  name: string;
  reports: number;
  /** The mean score of its reports, 0–100. */
  meanScore: number | null;
  /** 1 = best; null when the region has fewer than MIN_RANKED reports. */
  rank: number | null;
  /** On time of those with a publication date, with the 95 % Wilson interval; null when none is dated. */
  onTime: { count: number; dated: number; rate: number; interval: Interval } | null;
}

/** Ranks (1 = largest value; ties share a rank) for the rows with a value and at least MIN_RANKED reports. */
export function rankRegions<T extends { reports: number; meanScore: number | null }>(
  rows: readonly T[],
): (T & { rank: number | null })[] {
  const eligible = rows
    .filter((r) => r.meanScore !== null && r.reports >= MIN_RANKED)
    .map((r) => r.meanScore!)
    .sort((a, b) => b - a);
  return rows.map((r) => ({
    ...r,
    rank: r.meanScore !== null && r.reports >= MIN_RANKED ? eligible.indexOf(r.meanScore) + 1 : null,
  }));
}

/** The one year the rankings are about: the view's last year with reports in its region and types, if any. */
export async function rankingYear(db: Db, state: ViewState): Promise<number | null> {
  return latestYear(db, filtersOf(state));
}

export async function loadRegionScores(db: Db, state: ViewState, year: number): Promise<RegionScore[]> {
  const rows = await regionScores(db, { ...filtersOf(state), years: [year], yearFrom: undefined, yearTo: undefined });
  const byCode = new Map(rows.map((r) => [r.code, r]));
  const named = regionChildren(state.region ?? null)
    .filter((c) => byCode.has(c.code))
    .map((c) => {
      const r = byCode.get(c.code)!;
      const interval = r.dated > 0 ? wilsonInterval(r.onTime, r.dated) : null;
      return {
        code: c.code,
        name: c.name[state.lang],
        reports: r.reports,
        meanScore: r.scored > 0 && r.scoreSum !== null ? r.scoreSum / r.scored : null,
        onTime: interval ? { count: r.onTime, dated: r.dated, rate: r.onTime / r.dated, interval } : null,
      };
    });
  return rankRegions(named).sort(
    (a, b) => (a.rank ?? Number.MAX_SAFE_INTEGER) - (b.rank ?? Number.MAX_SAFE_INTEGER) || b.reports - a.reports,
  );
}

/** The view's agencies in the year, best score first, with a rank when there are at least MIN_RANKED of them. */
export async function loadAgencyScores(db: Db, state: ViewState, year: number) {
  const { rows, total } = await listCompareRows(
    db,
    { ...filtersOf(state), years: [year], yearFrom: undefined, yearTo: undefined },
    { by: 'agency-year', sort: { id: 'score', desc: true }, offset: 0, limit: AGENCIES_RANKED },
  );
  const ranked = total >= MIN_RANKED;
  let rank = 0;
  let previous: number | null = null;
  return {
    total,
    ranked,
    rows: rows.map((row, i) => {
      // Equal scores (to the shown decimal) share a rank.
      const shown = row.score === null ? null : Math.round(row.score * 10);
      if (shown !== previous) rank = i + 1;
      previous = shown;
      return { row, rank: ranked ? rank : null };
    }),
  };
}
