import { describe, expect, test } from 'vitest';
import { aggregate, groupBy, type MetricRow } from '../../lib/metrics/aggregate';
import { rateValue, reportMetrics } from '../../lib/metrics/report-metrics';
import { RATE_METRICS } from '../../lib/metrics/dictionary';
import { COUNT_METRIC_IDS, type CountMetricId } from '../../lib/metrics/types';
import { buildReport } from './build-report';

/** A metrics row with only the given values known. */
const row = (values: Partial<Record<CountMetricId, number>>): MetricRow =>
  ({ ...Object.fromEntries(COUNT_METRIC_IDS.map((id) => [id, null])), ...values }) as MetricRow;

describe('aggregate: sums and counts', () => {
  const rows = [row({ granted: 3, handled: 4 }), row({ granted: 0, handled: 0 }), row({ handled: 2 })];
  const { sums, counts } = aggregate(rows);

  test.each<[CountMetricId, number | null, number]>([
    ['granted', 3, 2],
    ['handled', 6, 3],
    ['denied', null, 0],
  ])('%s: sum %s over %d rows with a value', (id, sum, count) => {
    expect(sums[id]).toBe(sum);
    expect(counts[id]).toBe(count);
  });

  test('every count metric is present', () => {
    expect(Object.keys(sums).sort()).toEqual([...COUNT_METRIC_IDS].sort());
    expect(Object.keys(counts).sort()).toEqual([...COUNT_METRIC_IDS].sort());
  });

  test('no rows: sums null, counts 0, rates null', () => {
    const empty = aggregate([]);
    expect(Object.values(empty.sums).every((v) => v === null)).toBe(true);
    expect(Object.values(empty.counts).every((v) => v === 0)).toBe(true);
    expect(Object.values(empty.rates).every((v) => v === null)).toBe(true);
  });
});

describe('aggregate: rates are Σ numerator ÷ Σ denominator over rows with every part known', () => {
  test.each<[string, MetricRow[], number | null]>([
    [
      'weighted, not a mean of rates',
      [row({ granted: 1, partial: 0, handled: 1 }), row({ granted: 1, partial: 0, handled: 3 })],
      0.5,
    ],
    [
      'a row with a zero denominator still counts',
      [row({ granted: 0, partial: 0, handled: 0 }), row({ granted: 2, partial: 1, handled: 4 })],
      0.75,
    ],
    [
      'a row with an unknown part is left out',
      [row({ granted: 9, handled: 9 }), row({ granted: 1, partial: 1, handled: 4 })],
      0.5,
    ],
    ['all denominators zero', [row({ granted: 0, partial: 0, handled: 0 })], null],
    ['no row known', [row({ granted: 1 }), row({ handled: 3 })], null],
  ])('disclosureRate: %s', (_name, rows, expected) => {
    expect(aggregate(rows).rates.disclosureRate).toBe(expected);
  });

  test('signed parts: disclosureRateExcludingRejected', () => {
    const rows = [
      row({ granted: 2, partial: 0, handled: 5, rejected: 2, otherOutcome: 1 }),
      row({ granted: 1, partial: 1, handled: 4, rejected: 0, otherOutcome: 0 }),
    ];
    expect(aggregate(rows).rates.disclosureRateExcludingRejected).toBe(4 / 6);
  });

  test("one row: every rate equals that report's own rate", () => {
    const one = row({
      granted: 3,
      partial: 1,
      denied: 1,
      unable: 2,
      rejected: 1,
      otherOutcome: 0,
      handled: 8,
      reviewCorrected: 1,
      reviewTotal: 3,
      reviewPending: 1,
      litigationDirectCorrected: 0,
      litigationAfterReviewCorrected: 1,
      litigationDirectTotal: 2,
      litigationAfterReviewTotal: 1,
      litigationDirectPending: 0,
      litigationAfterReviewPending: 0,
    });
    const { rates } = aggregate([one]);
    for (const def of RATE_METRICS) expect(rates[def.id], def.id).toBe(rateValue(def, one));
  });

  test('reportMetrics rows aggregate directly', () => {
    const reports: Record<string, number>[] = [
      { 'summary.newReceived': 2 },
      { 'summary.newReceived': 1, 'summary.granted': 0 },
    ];
    const { sums, counts } = aggregate(reports.map((cells) => reportMetrics(buildReport({ template: '2021', cells }))));
    expect([sums.appsNew, counts.appsNew]).toEqual([3, 2]);
    expect([sums.granted, counts.granted]).toEqual([0, 1]);
    expect([sums.handled, counts.handled]).toEqual([null, 0]);
  });
});

describe('groupBy', () => {
  test('groups and rows in first-seen order', () => {
    const rows = [
      { p: '浙江', v: 1 },
      { p: '山西', v: 2 },
      { p: '浙江', v: 3 },
    ];
    const groups = groupBy(rows, (r) => r.p);
    expect([...groups.keys()]).toEqual(['浙江', '山西']);
    expect(groups.get('浙江')!.map((r) => r.v)).toEqual([1, 3]);
  });

  test('with aggregate: one result per group', () => {
    const rows = [
      { year: 2020, m: row({ granted: 1, partial: 0, handled: 2 }) },
      { year: 2021, m: row({ granted: 3, partial: 0, handled: 3 }) },
      { year: 2020, m: row({ granted: 1, partial: 0, handled: 2 }) },
    ];
    const byYear = new Map([...groupBy(rows, (r) => r.year)].map(([y, rs]) => [y, aggregate(rs.map((r) => r.m))]));
    expect(byYear.get(2020)!.rates.disclosureRate).toBe(0.5);
    expect(byYear.get(2020)!.sums.handled).toBe(4);
    expect(byYear.get(2021)!.rates.disclosureRate).toBe(1);
  });
});
