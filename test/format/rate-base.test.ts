/** A rate with the count it rests on, as every table and tooltip shows it (lib/format/rate-base.ts, issue 18). */
import { describe, expect, test } from 'vitest';
import { rateBaseLegend, rateWithBase, SMALL_BASE } from '../../lib/format/rate-base';

describe('rateWithBase', () => {
  test.each([
    // rate, base, locale → shown rate, n, small
    [1, 3, 'zh', '100.0%', 'n=3', true],
    [0.8534, 1234, 'en', '85.3%', 'n=1,234', false],
    [0.5, SMALL_BASE, 'zh', '50.0%', `n=${SMALL_BASE}`, false],
    [0.5, SMALL_BASE - 1, 'en', '50.0%', `n=${SMALL_BASE - 1}`, true],
    [0, 12, 'zh', '0.0%', 'n=12', true],
  ] as const)('%s of %s (%s) → %s %s, small %s', (rate, base, locale, shown, n, small) => {
    const r = rateWithBase(rate, base, locale);
    expect([r.rate, r.base, r.small]).toEqual([shown, n, small]);
    expect(r.mark).toBe('†');
  });

  test('the title says what n is, and why the mark', () => {
    expect(rateWithBase(1, 3, 'zh').note).toBe(`基于 3 件，少于 ${SMALL_BASE} 件，比率仅供参考`);
    expect(rateWithBase(1, 3, 'en').note).toBe(`of 3 cases, fewer than ${SMALL_BASE}, read with care`);
    expect(rateWithBase(0.25, 4000, 'zh').note).toBe('基于 4,000 件');
  });

  test('no rate, no n: a dash alone, whatever the base', () => {
    for (const base of [0, 5, null, undefined])
      expect(rateWithBase(null, base, 'zh')).toEqual({ rate: '—', base: null, small: false, mark: '†', note: null });
    expect(rateWithBase(Number.NaN, 5, 'en').base).toBeNull();
  });

  test('a rate whose base is unknown shows the rate alone, never "n=—"', () => {
    expect(rateWithBase(0.5, null, 'zh')).toMatchObject({ rate: '50.0%', base: null, small: false });
  });
});

test('the legend explains the mark only where one is shown', () => {
  expect(rateBaseLegend('zh', true)).toContain(`† 表示少于 ${SMALL_BASE} 件`);
  expect(rateBaseLegend('zh', false)).not.toContain('†');
  expect(rateBaseLegend('en', true)).toMatch(/^n is the count a rate rests on/);
});
