import { describe, expect, test } from 'vitest';
import { metricById } from '../../lib/metrics/dictionary';
import { rateValue, reportMetrics, reportRates } from '../../lib/metrics/report-metrics';
import type { CountMetricId, RateId, RateMetricDefinition } from '../../lib/metrics/types';
import { buildReport } from './build-report';

type Values = Partial<Record<CountMetricId, number | null>>;
const rate = (id: RateId, values: Values) => rateValue(metricById(id) as RateMetricDefinition, values);

describe('rateValue', () => {
  test.each<[RateId, Values, number | null]>([
    ['disclosureRate', { granted: 3, partial: 1, handled: 8 }, 0.5],
    ['disclosureRate', { granted: 3, partial: 0, handled: 3 }, 1],
    ['disclosureRate', { granted: 0, partial: 0, handled: 0 }, null],
    ['disclosureRate', { granted: 3, partial: null, handled: 8 }, null],
    ['disclosureRate', { granted: 3, partial: 1, handled: null }, null],
    ['disclosureRate', { granted: 3, partial: 1 }, null],
    ['disclosureRateExcludingRejected', { granted: 3, partial: 1, handled: 10, rejected: 4, otherOutcome: 1 }, 0.8],
    ['disclosureRateExcludingRejected', { granted: 0, partial: 0, handled: 5, rejected: 4, otherOutcome: 1 }, null],
    ['disclosureRateExcludingRejected', { granted: 3, partial: 1, handled: 10, rejected: 4, otherOutcome: null }, null],
    ['disclosureRateExcludingRejected', { granted: 3, partial: 1, handled: 2, rejected: 4, otherOutcome: 0 }, null],
    ['denialRate', { denied: 1, handled: 4 }, 0.25],
    ['denialRate', { denied: 0, handled: 0 }, null],
    ['denialRate', { denied: null, handled: 4 }, null],
    ['unableRate', { unable: 3, handled: 4 }, 0.75],
    ['unableRate', { unable: 0, handled: 0 }, null],
    ['reviewCorrectionRate', { reviewCorrected: 1, reviewTotal: 5, reviewPending: 1 }, 0.25],
    ['reviewCorrectionRate', { reviewCorrected: 0, reviewTotal: 2, reviewPending: 2 }, null],
    ['reviewCorrectionRate', { reviewCorrected: 0, reviewTotal: 0, reviewPending: 0 }, null],
    ['reviewCorrectionRate', { reviewCorrected: 1, reviewTotal: 5, reviewPending: null }, null],
    [
      'litigationCorrectionRate',
      {
        litigationDirectCorrected: 1,
        litigationAfterReviewCorrected: 1,
        litigationDirectTotal: 6,
        litigationAfterReviewTotal: 3,
        litigationDirectPending: 1,
        litigationAfterReviewPending: 0,
      },
      0.25,
    ],
    [
      'litigationCorrectionRate',
      {
        litigationDirectCorrected: 0,
        litigationAfterReviewCorrected: 0,
        litigationDirectTotal: 0,
        litigationAfterReviewTotal: 0,
        litigationDirectPending: 0,
        litigationAfterReviewPending: 0,
      },
      null,
    ],
    [
      'litigationCorrectionRate',
      {
        litigationDirectCorrected: 1,
        litigationAfterReviewCorrected: null,
        litigationDirectTotal: 6,
        litigationAfterReviewTotal: 3,
        litigationDirectPending: 1,
        litigationAfterReviewPending: 0,
      },
      null,
    ],
  ])('%s of %j is %s', (id, values, expected) => {
    expect(rate(id, values)).toBe(expected);
  });
});

describe('reportRates on a hand-made report', () => {
  test('2021 form: disclosure rates with the three 其他处理 rows already summed in the summary', () => {
    const report = buildReport({
      template: '2021',
      cells: {
        'summary.granted': 6,
        'summary.partial': 2,
        'summary.denied': 1,
        'summary.unable': 3,
        'summary.rejected': 2,
        'summary.other': 2,
        'summary.total': 16,
        'table4.review.corrected': 0,
        'table4.review.total': 0,
        'table4.review.pending': 0,
      },
    });
    expect(reportRates(reportMetrics(report))).toEqual({
      disclosureRate: 0.5,
      disclosureRateExcludingRejected: 8 / 12,
      denialRate: 1 / 16,
      unableRate: 3 / 16,
      reviewCorrectionRate: null,
      litigationCorrectionRate: null,
    });
  });
});
