/**
 * The data-quality page's score tab (issue 16), in words: for the ranking year (the view's last year with reports),
 * its sub-regions by mean score with their on-time rates and 95 % Wilson intervals, and its agencies by score with
 * each component; ranks only where score-rankings.ts gives them, and the reason where it does not.
 */
import type { Db } from '../../db/client';
import { pick } from '../format/locale';
import { formatCount, formatPoints, formatRate, NO_VALUE } from '../format/number';
import { SCORE_TEXT } from '../i18n/score-text';
import { SCORE_COMPONENTS, SCORE_WEIGHTS, type ScoreComponentId } from '../metrics/report-score';
import { regionChildren } from '../regions/tree';
import { hrefWith, type ViewState } from '../view-state/view-state';
import { loadAgencyScores, loadRegionScores, MIN_RANKED, rankingYear, type RegionScore } from './score-rankings';
import { rowRegionWords } from './view-words';

export interface RegionScoreLine {
  code: string;
  name: string;
  /** This tab for the region (its sub-regions and agencies). */
  href: string;
  /** '3', or null: not ranked (fewer than MIN_RANKED reports). */
  rank: string | null;
  reports: string;
  meanScore: string;
  /** '82%（76%–87%，n=120）', or the words for no dated report. */
  onTime: string;
}

export interface AgencyScoreLine {
  key: string;
  rank: string | null;
  agency: string;
  href: string;
  region: string;
  score: string;
  /** Each component's points ('—' when unknown) and, when unknown, why. */
  parts: { id: ScoreComponentId; points: string; note: string | null }[];
  daysLate: number | null;
}

const percent = (v: number, state: ViewState) => formatRate(v, state.lang, 0);

export function onTimeWords(onTime: RegionScore['onTime'], state: ViewState): string {
  const t = pick(state.lang, SCORE_TEXT);
  if (!onTime) return t.rankings.noDates;
  return t.interval(
    percent(onTime.rate, state),
    percent(onTime.interval.low, state),
    percent(onTime.interval.high, state),
    formatCount(onTime.dated, state.lang),
  );
}

export async function loadScorePage(db: Db, state: ViewState) {
  const year = await rankingYear(db, state);
  if (year === null) return null;
  const t = pick(state.lang, SCORE_TEXT);
  const [regions, agencies] = await Promise.all([loadRegionScores(db, state, year), loadAgencyScores(db, state, year)]);
  const n = (v: number) => formatCount(v, state.lang);
  const yearState: ViewState = { ...state, yearFrom: year, yearTo: year, page: 1 };
  const regionLines: RegionScoreLine[] = regions.map((r) => ({
    code: r.code,
    name: r.name,
    href: hrefWith('/quality/score', state, { region: r.code }),
    rank: r.rank === null ? null : String(r.rank),
    reports: n(r.reports),
    meanScore: formatPoints(r.meanScore, state.lang),
    onTime: onTimeWords(r.onTime, state),
  }));
  const agencyLines: AgencyScoreLine[] = agencies.rows.map(({ row, rank }) => {
    const points: Record<ScoreComponentId, number | null> = {
      completeness: row.scoreParts?.completeness ?? null,
      consistency: row.scoreParts?.consistency ?? null,
      timeliness: row.scoreParts?.timeliness ?? null,
      originality: row.originality,
    };
    return {
      key: row.key,
      rank: rank === null ? null : String(rank),
      agency: row.agency,
      href: hrefWith(`/agency/${row.agencyId}`, yearState),
      region: rowRegionWords(row, state.lang) ?? NO_VALUE,
      score: formatPoints(row.score, state.lang),
      parts: SCORE_COMPONENTS.map((id) => ({
        id,
        points: formatPoints(points[id], state.lang),
        note:
          points[id] !== null
            ? null
            : id === 'timeliness'
              ? t.evidence.undated
              : id === 'originality'
                ? t.evidence.notCompared
                : null,
      })),
      daysLate: row.daysLate,
    };
  });
  return {
    year,
    /** Whether the view chose its years (the year is the last of them) or took them all. */
    chosen: state.yearFrom !== undefined || state.yearTo !== undefined,
    /** Null when the view's region has no sub-regions (a county). */
    regions: regionChildren(state.region ?? null).length === 0 ? null : regionLines,
    agencies: { total: agencies.total, ranked: agencies.ranked, rows: agencyLines },
    minRanked: MIN_RANKED,
    weights: SCORE_WEIGHTS,
    /** Every agency of the year in the compare table, best score first. */
    compareHref: hrefWith('/compare', yearState, { sort: { id: 'score', desc: true }, by: 'agency-year' }),
  };
}

export type ScorePage = NonNullable<Awaited<ReturnType<typeof loadScorePage>>>;
