/** Turn metric sums (of one report or of many) into the plain data the chart builders take. */
import type { OutcomeRow } from '../charts/outcome-mix';
import type { ReasonValue } from '../charts/reasons';
import type { ReviewLitigationData } from '../charts/review-litigation';
import { REASON_METRICS } from '../metrics/definitions/reasons';
import type { CountMetricId } from '../metrics/types';

export type Sums = Readonly<Record<CountMetricId, number | null>>;

export function outcomeRow(label: string, s: Sums): OutcomeRow {
  return {
    label,
    granted: s.granted,
    partial: s.partial,
    denied: s.denied,
    unable: s.unable,
    rejected: s.rejected,
    other: s.otherOutcome,
  };
}

export function reasonValues(s: Sums): ReasonValue[] {
  return REASON_METRICS.map((m) => ({ id: m.id, value: s[m.id] }));
}

export function reviewLitigation(s: Sums): ReviewLitigationData {
  return {
    review: { upheld: s.reviewUpheld, corrected: s.reviewCorrected, other: s.reviewOther, pending: s.reviewPending },
    litigationDirect: {
      upheld: s.litigationDirectUpheld,
      corrected: s.litigationDirectCorrected,
      other: s.litigationDirectOther,
      pending: s.litigationDirectPending,
    },
    litigationAfterReview: {
      upheld: s.litigationAfterReviewUpheld,
      corrected: s.litigationAfterReviewCorrected,
      other: s.litigationAfterReviewOther,
      pending: s.litigationAfterReviewPending,
    },
  };
}
