/**
 * The report score that explains itself (issue 16): completeness, consistency, timeliness and originality,
 * each 0–100 points with its weight and the evidence it rests on, and their weighted mean over the known
 * components. The database computes the same numbers as generated columns from the same constants
 * (db/schema/score-columns.ts, where each rule is written out); a test holds the two together.
 */
import {
  POINTS_PER_DAY_LATE,
  POINTS_PER_ERROR,
  SCORE_COMPONENTS,
  SCORE_WEIGHTS,
  type ScoreComponentId,
  TABLE2_SCORE_CELLS,
  TABLE3_SCORE_CELLS,
  TABLE4_SCORE_CELLS,
} from '../../db/schema/score-columns';
import type { CountMetricId } from './types';

export { POINTS_PER_DAY_LATE, POINTS_PER_ERROR, SCORE_COMPONENTS, SCORE_WEIGHTS, type ScoreComponentId };

export interface ScoreInput {
  metrics: Partial<Record<CountMetricId, number | null>>;
  errorCount: number;
  daysLate: number | null;
  copiedPrev: number | null;
  copiedPeer: number | null;
}

/** What each component's points rest on. */
export interface ScoreEvidence {
  completeness: {
    table2Read: boolean;
    table3Known: number;
    table3Cells: number;
    table4Known: number;
    table4Cells: number;
    /** The cells of tables 3 and 4 that were not read. */
    missing: CountMetricId[];
  };
  consistency: { errors: number };
  timeliness: { daysLate: number | null };
  originality: { copiedPrev: number | null; copiedPeer: number | null };
}

export interface ScoreComponent {
  id: ScoreComponentId;
  weight: number;
  /** 0–100; null when unknown (no publication date; no comparison made). */
  points: number | null;
}

export interface ReportScore {
  /** The weighted mean of the known components, 0–100. */
  total: number;
  components: ScoreComponent[];
  /** The weights the total was taken over (the known components' weights), of 100. */
  weightCounted: number;
  evidence: ScoreEvidence;
}

const known = (metrics: ScoreInput['metrics'], ids: readonly CountMetricId[]) =>
  ids.filter((id) => metrics[id] !== null && metrics[id] !== undefined);

export function reportScore(input: ScoreInput): ReportScore {
  const m = input.metrics;
  const table2Read = known(m, TABLE2_SCORE_CELLS).length > 0;
  const table3 = known(m, TABLE3_SCORE_CELLS);
  const table4 = known(m, TABLE4_SCORE_CELLS);
  const completeness =
    (100 / 3) *
    ((table2Read ? 1 : 0) + table3.length / TABLE3_SCORE_CELLS.length + table4.length / TABLE4_SCORE_CELLS.length);
  const consistency = Math.max(0, 100 - POINTS_PER_ERROR * input.errorCount);
  const timeliness =
    input.daysLate === null
      ? null
      : input.daysLate <= 0
        ? 100
        : Math.max(0, 100 - POINTS_PER_DAY_LATE * input.daysLate);
  const originality =
    input.copiedPrev === null && input.copiedPeer === null
      ? null
      : 100 * (1 - Math.max(input.copiedPrev ?? 0, input.copiedPeer ?? 0));

  const points: Record<ScoreComponentId, number | null> = { completeness, consistency, timeliness, originality };
  const components = SCORE_COMPONENTS.map((id) => ({ id, weight: SCORE_WEIGHTS[id], points: points[id] }));
  let sum = 0;
  let weights = 0;
  for (const c of components) {
    if (c.points === null) continue;
    sum += c.weight * c.points;
    weights += c.weight;
  }
  return {
    total: sum / weights,
    components,
    weightCounted: weights,
    evidence: {
      completeness: {
        table2Read,
        table3Known: table3.length,
        table3Cells: TABLE3_SCORE_CELLS.length,
        table4Known: table4.length,
        table4Cells: TABLE4_SCORE_CELLS.length,
        missing: [...TABLE3_SCORE_CELLS, ...TABLE4_SCORE_CELLS].filter(
          (id) => !table3.includes(id as never) && !table4.includes(id as never),
        ),
      },
      consistency: { errors: input.errorCount },
      timeliness: { daysLate: input.daysLate },
      originality: { copiedPrev: input.copiedPrev, copiedPeer: input.copiedPeer },
    },
  };
}
