import { describe, expect, test } from 'vitest';
import { COUNT_METRICS, METRICS, RATE_METRICS, isRate, metricById } from '../../lib/metrics/dictionary';
import { COUNT_METRIC_IDS, RATE_IDS } from '../../lib/metrics/types';
import { TABLE3_ROWS } from '../../lib/report/types';

const HAN = /[\u4e00-\u9fff]/;
const LATIN = /[A-Za-z]/;
const GROUPS = ['published', 'applications', 'outcomes', 'reasons', 'review', 'rates'];

describe('the metric dictionary', () => {
  test('ids are unique', () => {
    const ids = METRICS.map((m) => m.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  test('count metrics are listed in COUNT_METRIC_IDS order, rates in RATE_IDS order', () => {
    expect(COUNT_METRICS.map((m) => m.id)).toEqual([...COUNT_METRIC_IDS]);
    expect(RATE_METRICS.map((m) => m.id)).toEqual([...RATE_IDS]);
    expect(METRICS.filter(isRate).map((m) => m.id)).toEqual([...RATE_IDS]);
  });

  test.each(METRICS.map((m) => [m.id, m] as const))('%s is fully described', (_id, m) => {
    expect(m.zh).toMatch(HAN);
    expect(m.en).toMatch(LATIN);
    expect(m.formula).toMatch(HAN);
    expect(m.formula).toMatch(LATIN);
    expect(m.source.length).toBeGreaterThan(0);
    expect(GROUPS).toContain(m.group);
    expect(m.templates.length).toBeGreaterThan(0);
    expect(m.caveats.length).toBeGreaterThan(0);
    for (const c of m.caveats) {
      // Chinese first, then English.
      expect(c).toMatch(/^[^A-Za-z]*[\u4e00-\u9fff]/);
      expect(c).toMatch(/[A-Za-z][^\u4e00-\u9fff]*$/);
    }
    expect(metricById(m.id)).toBe(m);
  });

  test.each(RATE_METRICS.map((m) => [m.id, m] as const))('%s is a ratio of count metrics', (_id, m) => {
    expect(m.group).toBe('rates');
    expect(m.numerator.length).toBeGreaterThan(0);
    expect(m.denominator.length).toBeGreaterThan(0);
    for (const part of [...m.numerator, ...m.denominator]) {
      expect(COUNT_METRIC_IDS).toContain(part.id);
      expect([1, -1]).toContain(part.sign);
    }
  });

  test('no count metric is in the rates group and no rate elsewhere', () => {
    for (const m of COUNT_METRICS) expect(m.group).not.toBe('rates');
    expect(COUNT_METRICS.every((m) => m.unit !== ('rate' as string))).toBe(true);
  });

  test('the reasons are exactly the table-3 reason rows', () => {
    const reasons = METRICS.filter((m) => m.group === 'reasons').map((m) => m.id);
    const rows = TABLE3_ROWS.filter((k) => /^(denied|unable|rejected|other.)/.test(k));
    expect(reasons).toEqual(rows);
  });

  test.each([
    ['docsPublished', ['2019']],
    ['docsRepealed', ['2021']],
    ['feesAmount', ['2021']],
    ['procurementAmount', ['2019']],
    ['otherMisc', ['2021']],
    ['docsIssued', ['2019', '2021']],
  ] as const)('%s is defined by the %j forms', (id, templates) => {
    expect(metricById(id).templates).toEqual(templates);
  });

  test.each([
    ['feesAmount', '10k-yuan'],
    ['procurementAmount', 'yuan'],
    ['granted', 'count'],
    ['disclosureRate', 'rate'],
  ] as const)('%s is in %s', (id, unit) => {
    expect(metricById(id).unit).toBe(unit);
  });

  test('an unknown id throws', () => {
    expect(() => metricById('nope' as never)).toThrow(/unknown metric/);
  });
});
