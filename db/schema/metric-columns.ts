/**
 * The metric columns the database stores: one per count metric (its id in snake case, metrics.ts) and one
 * per rate, each rate with the signed count columns its numerator and denominator add up. The rollups keep
 * those sums per cell (rate_num_…, rate_den_…) and report_metrics a row's rate, so the parts are part of
 * what is stored: changing them needs a migration. lib/metrics takes its ids and rate parts from here, so
 * the dictionary and the storage cannot disagree.
 */

/** One per table-3 row under 不予公开 / 无法提供 / 不予处理 / 其他处理 (2021 form); the ids are the rows' keys. */
/** Column name of a metric: its id in snake case ("appsNew" → "apps_new"). */
export function metricColumn(id: string): string {
  return id.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
}

export const REASON_METRIC_IDS = [
  'deniedStateSecret',
  'deniedLawForbidden',
  'deniedSafetyStability',
  'deniedThirdParty',
  'deniedInternalAffairs',
  'deniedProcessInfo',
  'deniedEnforcementFile',
  'deniedInquiry',
  'unableNotHeld',
  'unableNeedsCreation',
  'unableUnclear',
  'rejectedComplaint',
  'rejectedRepeated',
  'rejectedPublication',
  'rejectedExcessive',
  'rejectedConfirmation',
  'otherOverdueCorrection',
  'otherUnpaidFee',
  'otherMisc',
] as const;

export const COUNT_METRIC_IDS = [
  // published (table 2 and the prose of section 一)
  'docsIssued',
  'docsPublished',
  'docsInForce',
  'docsRepealed',
  'licensingDecisions',
  'penaltyDecisions',
  'coercionDecisions',
  'feesAmount',
  'procurementAmount',
  'itemsPublishedWebsite',
  'itemsPublishedWechat',
  'itemsPublishedWeibo',
  'itemsPublishedNewMedia',
  'itemsPublishedTotal',
  // applications
  'appsNew',
  'appsCarriedOver',
  'appsNatural',
  'appsCommercial',
  'appsResearch',
  'appsSocial',
  'appsLegal',
  'appsOtherApplicant',
  'appsLegalPersons',
  // outcomes
  'granted',
  'partial',
  'denied',
  'unable',
  'rejected',
  'otherOutcome',
  'handled',
  'carriedForward',
  ...REASON_METRIC_IDS,
  // review and litigation (table 4)
  'reviewUpheld',
  'reviewCorrected',
  'reviewOther',
  'reviewPending',
  'reviewTotal',
  'litigationDirectUpheld',
  'litigationDirectCorrected',
  'litigationDirectOther',
  'litigationDirectPending',
  'litigationDirectTotal',
  'litigationAfterReviewUpheld',
  'litigationAfterReviewCorrected',
  'litigationAfterReviewOther',
  'litigationAfterReviewPending',
  'litigationAfterReviewTotal',
  'litigationTotal',
] as const;
export type CountMetricId = (typeof COUNT_METRIC_IDS)[number];

/** Count metrics that are sums of money, stored as REAL; the others are whole numbers. */
export const AMOUNT_METRIC_IDS: ReadonlySet<string> = new Set<CountMetricId>(['feesAmount', 'procurementAmount']);

export const RATE_IDS = [
  'disclosureRate',
  'disclosureRateExcludingRejected',
  'denialRate',
  'unableRate',
  'reviewCorrectionRate',
  'litigationCorrectionRate',
] as const;
export type RateId = (typeof RATE_IDS)[number];

/** A signed term of a rate's numerator or denominator, so SQL can write SUM(a) + SUM(b) − SUM(c). */
export interface RatePart {
  id: CountMetricId;
  sign: 1 | -1;
}

export interface RateParts {
  numerator: RatePart[];
  denominator: RatePart[];
}

const plus = (...ids: CountMetricId[]): RatePart[] => ids.map((id) => ({ id, sign: 1 }));
const minus = (...ids: CountMetricId[]): RatePart[] => ids.map((id) => ({ id, sign: -1 }));

/** Each rate as a ratio of signed sums of count columns (the dictionary, lib/metrics/definitions/rates.ts, says why). */
export const RATE_PARTS: Readonly<Record<RateId, RateParts>> = {
  disclosureRate: { numerator: plus('granted', 'partial'), denominator: plus('handled') },
  disclosureRateExcludingRejected: {
    numerator: plus('granted', 'partial'),
    denominator: [...plus('handled'), ...minus('rejected', 'otherOutcome')],
  },
  denialRate: { numerator: plus('denied'), denominator: plus('handled') },
  unableRate: { numerator: plus('unable'), denominator: plus('handled') },
  reviewCorrectionRate: {
    numerator: plus('reviewCorrected'),
    denominator: [...plus('reviewTotal'), ...minus('reviewPending')],
  },
  litigationCorrectionRate: {
    numerator: plus('litigationDirectCorrected', 'litigationAfterReviewCorrected'),
    denominator: [
      ...plus('litigationDirectTotal', 'litigationAfterReviewTotal'),
      ...minus('litigationDirectPending', 'litigationAfterReviewPending'),
    ],
  },
};

/** The rates with their parts, in RATE_IDS order: what the SQL builders walk. */
export const RATE_COLUMNS: readonly ({ id: RateId } & RateParts)[] = RATE_IDS.map((id) => ({ id, ...RATE_PARTS[id] }));
