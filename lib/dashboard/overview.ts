/** The overview's tables (also on the region page): the headline numbers and where the data has gaps. */
import type { Db } from '../../db/client';
import { dataGaps, GAP_METRICS } from '../../db/queries/data-gaps';
import { filtersOf } from '../view-state/filters';
import type { ViewState } from '../view-state/view-state';
import { viewSummary } from './view-summary';

/** null when every part is unknown; unknown parts count as 0 beside a known one. */
const sum = (...v: (number | null)[]) =>
  v.every((x) => x === null) ? null : v.reduce<number>((a, x) => a + (x ?? 0), 0);

/** The headline cards' numbers under the view's filters; null where unknown. */
export async function loadHeadline(db: Db, state: ViewState) {
  const [row] = await viewSummary(db, state, 'none');
  const s = row?.sums;
  return {
    reports: row?.reports ?? 0,
    agencies: row?.agencies ?? 0,
    appsNew: s?.appsNew ?? null,
    disclosureRate: row?.rates.disclosureRate ?? null,
    /** What the disclosure rate rests on: requests handled (granted, partial, denied, … all outcomes). */
    handled: s?.handled ?? null,
    reviewCorrected: s?.reviewCorrected ?? null,
    reviewTotal: s?.reviewTotal ?? null,
    reviewCorrectionRate: row?.rates.reviewCorrectionRate ?? null,
    litigationCorrected: s ? sum(s.litigationDirectCorrected, s.litigationAfterReviewCorrected) : null,
    litigationTotal: s?.litigationTotal ?? null,
    litigationCorrectionRate: row?.rates.litigationCorrectionRate ?? null,
  };
}

/** Per year, how many reports lack each key number. */
export async function loadDataGaps(db: Db, state: ViewState) {
  return { metrics: GAP_METRICS, rows: await dataGaps(db, filtersOf(state)) };
}
