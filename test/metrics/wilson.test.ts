/** The Wilson interval against published values (Newcombe 1998, table I; Brown, Cai & DasGupta 2001). */
import { expect, test } from 'vitest';
import { wilsonInterval } from '../../lib/metrics/wilson';

test('81 of 263: 25.6 %–36.7 % (Newcombe, example)', () => {
  const i = wilsonInterval(81, 263)!;
  expect(i.low).toBeCloseTo(0.2553, 3);
  expect(i.high).toBeCloseTo(0.3662, 3);
});

test('all of a few cases is not certainty: 3 of 3 → 43.9 %–100 %', () => {
  const i = wilsonInterval(3, 3)!;
  expect(i.low).toBeCloseTo(0.4385, 3);
  expect(i.high).toBe(1);
});

test('none of 10 → 0 %–27.8 %', () => {
  const i = wilsonInterval(0, 10)!;
  expect(i.low).toBe(0);
  expect(i.high).toBeCloseTo(0.2775, 3);
});

test('narrows as n grows, around the observed share', () => {
  const small = wilsonInterval(5, 10)!;
  const large = wilsonInterval(500, 1000)!;
  expect(large.high - large.low).toBeLessThan((small.high - small.low) / 5);
  expect(large.low).toBeLessThan(0.5);
  expect(large.high).toBeGreaterThan(0.5);
});

test('no interval without cases or with impossible counts', () => {
  expect(wilsonInterval(0, 0)).toBeNull();
  expect(wilsonInterval(4, 3)).toBeNull();
  expect(wilsonInterval(-1, 3)).toBeNull();
});
