import { expect, test } from 'vitest';
import { isSmallBase, SMALL_BASE } from '../../lib/metrics/rate-base';

test('a rate rests on few cases below SMALL_BASE, and on none at 0 or unknown', () => {
  expect(SMALL_BASE).toBe(30);
  expect([3, 29].map(isSmallBase)).toEqual([true, true]);
  expect([30, 1234].map(isSmallBase)).toEqual([false, false]);
  expect([0, null].map(isSmallBase)).toEqual([false, false]);
});
