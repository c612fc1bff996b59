import { describe, expect, test } from 'vitest';
import { formatAxisCount, formatCount, formatPoints, formatRate, NO_VALUE, noDataLabel } from '../../lib/format/number';
import type { Locale } from '../../lib/format/locale';

describe('formatCount: grouped in both locales, null is a dash', () => {
  test.each<[number | null | undefined, Locale, string]>([
    [12345, 'zh', '12,345'],
    [12345, 'en', '12,345'],
    [0, 'zh', '0'],
    [7, 'en', '7'],
    [1234567, 'zh', '1,234,567'],
    [12.5, 'zh', '12.5'],
    [0.125, 'en', '0.13'],
    [-3, 'en', '-3'],
    [null, 'zh', '—'],
    [null, 'en', '—'],
    [undefined, 'en', '—'],
    [Number.NaN, 'zh', '—'],
  ])('%s (%s) → %s', (n, locale, expected) => {
    expect(formatCount(n, locale)).toBe(expected);
  });

  test('the dash has words for a title attribute', () => {
    expect(NO_VALUE).toBe('—');
    expect(noDataLabel('zh')).toBe('无数据');
    expect(noDataLabel('en')).toBe('no data');
  });
});

describe('formatAxisCount: 万 and 亿 in zh from 10,000, grouping in en', () => {
  test.each<[number | null, Locale, string]>([
    [9999, 'zh', '9,999'],
    [10000, 'zh', '1万'],
    [12345, 'zh', '1.23万'],
    [250000, 'zh', '25万'],
    [123456789, 'zh', '1.23亿'],
    [-20000, 'zh', '-2万'],
    [12345, 'en', '12,345'],
    [123456789, 'en', '123,456,789'],
    [0, 'zh', '0'],
    [null, 'zh', '—'],
  ])('%s (%s) → %s', (n, locale, expected) => {
    expect(formatAxisCount(n, locale)).toBe(expected);
  });
});

describe('formatRate: a fraction as a percent with one decimal', () => {
  test.each<[number | null, Locale, number | undefined, string]>([
    [0.853, 'zh', undefined, '85.3%'],
    [0.853, 'en', undefined, '85.3%'],
    [1, 'zh', undefined, '100.0%'],
    [0, 'en', undefined, '0.0%'],
    [0.8536, 'zh', undefined, '85.4%'],
    [0.0004, 'en', undefined, '0.0%'],
    [0.4, 'zh', 0, '40%'],
    [0.12345, 'en', 2, '12.35%'],
    [null, 'zh', undefined, '—'],
    [Number.POSITIVE_INFINITY, 'en', undefined, '—'],
  ])('%s (%s, %s digits) → %s', (r, locale, digits, expected) => {
    expect(formatRate(r, locale, digits)).toBe(expected);
  });
});

describe('formatPoints: a score with one decimal, always', () => {
  test.each<[number | null, Locale, string]>([
    [98.75, 'zh', '98.8'],
    [100, 'en', '100.0'],
    [0, 'zh', '0.0'],
    [66.666, 'en', '66.7'],
    [null, 'zh', '—'],
  ])('%s (%s) → %s', (n, locale, expected) => {
    expect(formatPoints(n, locale)).toBe(expected);
  });
});
