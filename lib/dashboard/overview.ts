/** The overview's tables (also on the region page): the headline numbers, where the data has gaps, what it covers. */
import type { Db } from '../../db/client';
import { dataCoverage } from '../../db/queries/data-coverage';
import { dataGaps, GAP_METRICS } from '../../db/queries/data-gaps';
import { formatYearRange } from '../format/date';
import { formatCount } from '../format/number';
import { VIEW_WORDS_TEXT } from '../i18n/view-words-text';
import { regionChildren } from '../regions';
import { filtersOf, withoutFilters } from '../view-state/filters';
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
    /**
     * What the disclosure rate rests on: requests handled (granted, partial, denied, … all outcomes) in the
     * reports that give every part of the rate — its base, not the sum of every report's 办理总计.
     */
    handled: row?.bases.disclosureRate ?? null,
    reviewCorrected: s?.reviewCorrected ?? null,
    reviewTotal: s?.reviewTotal ?? null,
    reviewCorrectionRate: row?.rates.reviewCorrectionRate ?? null,
    /** What the correction rates rest on: concluded cases (total less pending) of the reports giving every part. */
    reviewConcluded: row?.bases.reviewCorrectionRate ?? null,
    litigationCorrected: s ? sum(s.litigationDirectCorrected, s.litigationAfterReviewCorrected) : null,
    litigationTotal: s?.litigationTotal ?? null,
    litigationCorrectionRate: row?.rates.litigationCorrectionRate ?? null,
    litigationConcluded: row?.bases.litigationCorrectionRate ?? null,
  };
}

/** Per year, how many reports lack each key number. */
export async function loadDataGaps(db: Db, state: ViewState) {
  return { metrics: GAP_METRICS, rows: await dataGaps(db, filtersOf(state)) };
}

/**
 * What the stored data covers, whatever the filters: '数据覆盖 2019–2021年 · 31 个省份中的 5 个 · 5 个机构 ·
 * 5 份报告'. Null when there are no reports (the view's notice says so).
 */
export async function loadCoverage(db: Db, state: ViewState): Promise<string | null> {
  // The agencies of every year, region and type: the headline's own count when the view has no filter (viewSummary
  // reads it once per request), the same count over agency_presence otherwise.
  const everything = withoutFilters(state);
  const c = await dataCoverage(db, {
    synthetic: state.synthetic,
    agencies: async () => (await viewSummary(db, everything, 'none'))[0]?.agencies ?? 0,
  });
  if (c.reports === 0) return null;
  const n = (v: number) => formatCount(v, state.lang);
  return VIEW_WORDS_TEXT[state.lang].coverage({
    years: formatYearRange(c.years, state.lang),
    provinces: n(c.provinces.length),
    ofProvinces: n(regionChildren(null).length),
    agencies: n(c.agencies),
    reports: n(c.reports),
  });
}
