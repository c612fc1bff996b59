/**
 * The report score (issue 16): four components, each 0–100 points, and their weighted mean. Stored as
 * virtual generated columns of report_metrics, so a score always follows the columns it is computed from
 * (a copy share refreshed after a later import changes it with no code to remember), and an index can
 * order a million rows by it. lib/metrics/report-score.ts computes the same numbers from the same
 * constants and explains them; a test holds the two to each other on random rows.
 *
 * - completeness: each of tables 2, 3 and 4 a third. Table 2 counts when any of its cells was read;
 *   table 3 by the share of its ten summary cells read; table 4 by the share of its three totals read.
 * - consistency: 100, less POINTS_PER_ERROR for each error the parser found (勾稽 sums, negative counts,
 *   conflicting rows), never below 0.
 * - timeliness: 100 when published by the deadline (31 January), less POINTS_PER_DAY_LATE a day after it,
 *   never below 0; unknown (null) without a publication date.
 * - originality: 100 × (1 − the larger of the two copied shares); unknown when neither was measured.
 *
 * The score is the weighted mean over the components that are known: an unknown date or an unmeasured
 * originality leaves the score on the others, and the agency page says which were counted.
 */
import { type CountMetricId, metricColumn as column } from './metric-columns';

export const SCORE_COMPONENTS = ['completeness', 'consistency', 'timeliness', 'originality'] as const;
export type ScoreComponentId = (typeof SCORE_COMPONENTS)[number];

export const SCORE_WEIGHTS: Record<ScoreComponentId, number> = {
  completeness: 30,
  consistency: 30,
  timeliness: 20,
  originality: 20,
};

export const POINTS_PER_ERROR = 25;
export const POINTS_PER_DAY_LATE = 1;

/** Table 2's cells: the table counts as read when any is known (each form has some of them). */
export const TABLE2_SCORE_CELLS = [
  'docsIssued',
  'docsPublished',
  'docsInForce',
  'docsRepealed',
  'licensingDecisions',
  'penaltyDecisions',
  'coercionDecisions',
  'feesAmount',
  'procurementAmount',
] as const satisfies readonly CountMetricId[];

/** Table 3's summary cells: new and carried-over requests, the six outcomes, the total and carried forward. */
export const TABLE3_SCORE_CELLS = [
  'appsNew',
  'appsCarriedOver',
  'granted',
  'partial',
  'denied',
  'unable',
  'rejected',
  'otherOutcome',
  'handled',
  'carriedForward',
] as const satisfies readonly CountMetricId[];

/** Table 4's totals: administrative review, litigation directly, litigation after review. */
export const TABLE4_SCORE_CELLS = [
  'reviewTotal',
  'litigationDirectTotal',
  'litigationAfterReviewTotal',
] as const satisfies readonly CountMetricId[];

const knownShare = (ids: readonly string[]) =>
  `((${ids.map((id) => `(${column(id)} IS NOT NULL)`).join(' + ')}) / ${ids.length}.0)`;

export const SCORE_COLUMN: Record<ScoreComponentId | 'score', string> = {
  completeness: 'score_completeness',
  consistency: 'score_consistency',
  timeliness: 'score_timeliness',
  originality: 'score_originality',
  score: 'score',
};

/** Each component's SQL over report_metrics' own columns. */
export const SCORE_COMPONENT_SQL: Record<ScoreComponentId, string> = {
  completeness: `(100.0 / 3) * ((coalesce(${TABLE2_SCORE_CELLS.map(column).join(', ')}) IS NOT NULL) + ${knownShare(
    TABLE3_SCORE_CELLS,
  )} + ${knownShare(TABLE4_SCORE_CELLS)})`,
  consistency: `max(0.0, 100.0 - ${POINTS_PER_ERROR}.0 * error_count)`,
  timeliness: `CASE WHEN days_late IS NULL THEN NULL WHEN days_late <= 0 THEN 100.0 ELSE max(0.0, 100.0 - ${POINTS_PER_DAY_LATE}.0 * days_late) END`,
  originality:
    'CASE WHEN copied_prev IS NULL AND copied_peer IS NULL THEN NULL ELSE 100.0 * (1.0 - max(coalesce(copied_prev, 0.0), coalesce(copied_peer, 0.0))) END',
};

/** The weighted mean over the known components, from the component columns. */
export const SCORE_SQL = (() => {
  const w = SCORE_WEIGHTS;
  const c = SCORE_COLUMN;
  return `(${w.completeness}.0 * ${c.completeness} + ${w.consistency}.0 * ${c.consistency} + ${w.timeliness}.0 * coalesce(${c.timeliness}, 0.0) + ${w.originality}.0 * coalesce(${c.originality}, 0.0)) / (${w.completeness + w.consistency}.0 + ${w.timeliness}.0 * (${c.timeliness} IS NOT NULL) + ${w.originality}.0 * (${c.originality} IS NOT NULL))`;
})();

/** The partial index of the scored rows in score order (list-compare-rows.ts names it). */
export const SCORE_INDEX = 'metrics_score';
export const ORIGINALITY_INDEX = 'metrics_originality';
/** The scored rows by (synthetic, year, province, score): one province's year in score order (metrics.ts). */
export const PROVINCE_YEAR_SCORE_INDEX = 'metrics_province_year_score';
