/**
 * Metric ids and the shape of a metric definition. The count ids double as database column names,
 * so they are listed here once, in dictionary order; a test keeps this list and the dictionary in step.
 */
import type { TemplateVersion } from '../report/types';

export const COUNT_METRIC_IDS = [
  // published (table 2 and the prose of section 一)
  'docsIssued', 'docsPublished', 'docsInForce', 'docsRepealed',
  'licensingDecisions', 'penaltyDecisions', 'coercionDecisions', 'feesAmount', 'procurementAmount',
  'itemsPublishedWebsite', 'itemsPublishedWechat', 'itemsPublishedWeibo', 'itemsPublishedNewMedia', 'itemsPublishedTotal',
  // applications
  'appsNew', 'appsCarriedOver', 'appsNatural', 'appsCommercial', 'appsResearch', 'appsSocial', 'appsLegal',
  'appsOtherApplicant', 'appsLegalPersons',
  // outcomes
  'granted', 'partial', 'denied', 'unable', 'rejected', 'otherOutcome', 'handled', 'carriedForward',
  // reasons: one per table-3 row under 不予公开 / 无法提供 / 不予处理 / 其他处理 (2021 form)
  'deniedStateSecret', 'deniedLawForbidden', 'deniedSafetyStability', 'deniedThirdParty',
  'deniedInternalAffairs', 'deniedProcessInfo', 'deniedEnforcementFile', 'deniedInquiry',
  'unableNotHeld', 'unableNeedsCreation', 'unableUnclear',
  'rejectedComplaint', 'rejectedRepeated', 'rejectedPublication', 'rejectedExcessive', 'rejectedConfirmation',
  'otherOverdueCorrection', 'otherUnpaidFee', 'otherMisc',
  // review and litigation (table 4)
  'reviewUpheld', 'reviewCorrected', 'reviewOther', 'reviewPending', 'reviewTotal',
  'litigationDirectUpheld', 'litigationDirectCorrected', 'litigationDirectOther', 'litigationDirectPending', 'litigationDirectTotal',
  'litigationAfterReviewUpheld', 'litigationAfterReviewCorrected', 'litigationAfterReviewOther',
  'litigationAfterReviewPending', 'litigationAfterReviewTotal',
  'litigationTotal',
] as const;
export type CountMetricId = (typeof COUNT_METRIC_IDS)[number];

export const RATE_IDS = [
  'disclosureRate', 'disclosureRateExcludingRejected', 'denialRate', 'unableRate',
  'reviewCorrectionRate', 'litigationCorrectionRate',
] as const;
export type RateId = (typeof RATE_IDS)[number];

export type MetricId = CountMetricId | RateId;
export type MetricGroup = 'published' | 'applications' | 'outcomes' | 'reasons' | 'review' | 'rates';
export type MetricUnit = 'count' | 'rate' | 'yuan' | '10k-yuan';

/** One metric's values for one report: null = unknown (blank, unreadable, or not defined by the form). */
export type CountMetrics = Record<CountMetricId, number | null>;

interface MetricBase {
  /** Chinese name, as the UI shows it. */
  zh: string;
  en: string;
  group: MetricGroup;
  /** A short human formula: Chinese, then " — ", then English. */
  formula: string;
  /** What a reader must know before comparing; each string Chinese first, then English. */
  caveats: string[];
  /** The template versions whose forms define this metric; for other versions the value is null. */
  templates: TemplateVersion[];
  /** Where the value comes from in the parsed-report JSON. */
  source: string;
}

export interface CountMetricDefinition extends MetricBase {
  id: CountMetricId;
  unit: 'count' | 'yuan' | '10k-yuan';
}

/** A signed term of a rate's numerator or denominator, so SQL can write SUM(a) + SUM(b) − SUM(c). */
export interface RatePart {
  id: CountMetricId;
  sign: 1 | -1;
}

export interface RateMetricDefinition extends MetricBase {
  id: RateId;
  unit: 'rate';
  numerator: RatePart[];
  denominator: RatePart[];
}

export type MetricDefinition = CountMetricDefinition | RateMetricDefinition;
