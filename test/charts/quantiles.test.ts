import { describe, expect, test } from 'vitest';
import { fiveNumbers, quantileSorted } from '../../lib/charts/quantiles';

describe('quantileSorted: linear interpolation (type 7)', () => {
  test.each<[number[], number, number]>([
    [[1, 2, 3, 4, 5], 0.25, 2],
    [[1, 2, 3, 4, 5], 0.5, 3],
    [[1, 2, 3, 4], 0.5, 2.5],
    [[1, 2, 3, 4], 0.25, 1.75],
    [[1, 2, 3, 4], 0.75, 3.25],
    [[10, 20], 0.25, 12.5],
    [[7], 0.75, 7],
    [[1, 2, 3], 0, 1],
    [[1, 2, 3], 1, 3],
  ])('%j at %s → %s', (sorted, p, expected) => {
    expect(quantileSorted(sorted, p)).toBeCloseTo(expected, 12);
  });

  test('no values → NaN', () => {
    expect(quantileSorted([], 0.5)).toBeNaN();
  });
});

describe('fiveNumbers', () => {
  test('odd n (matches R quantile(c(1,3,5,7,9,11,13)))', () => {
    expect(fiveNumbers([13, 1, 9, 3, 11, 5, 7])).toEqual({ n: 7, min: 1, q1: 4, median: 7, q3: 10, max: 13 });
  });

  test('even n (matches numpy.percentile([1..8], [25, 50, 75]))', () => {
    expect(fiveNumbers([8, 7, 6, 5, 4, 3, 2, 1])).toEqual({ n: 8, min: 1, q1: 2.75, median: 4.5, q3: 6.25, max: 8 });
  });

  test('n = 1: every statistic is the value', () => {
    expect(fiveNumbers([0.42])).toEqual({ n: 1, min: 0.42, q1: 0.42, median: 0.42, q3: 0.42, max: 0.42 });
  });

  test('nulls, undefined and non-finite values are dropped, zeros kept', () => {
    expect(fiveNumbers([null, 0, undefined, 4, Number.NaN, 2, null])).toEqual({
      n: 3,
      min: 0,
      q1: 1,
      median: 2,
      q3: 3,
      max: 4,
    });
  });

  test.each([[[]], [[null, null]]])('nothing known (%j) → null', (values) => {
    expect(fiveNumbers(values)).toBeNull();
  });

  test('the input is not reordered', () => {
    const values = [3, 1, 2];
    fiveNumbers(values);
    expect(values).toEqual([3, 1, 2]);
  });
});
