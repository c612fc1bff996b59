import { describe, expect, test } from 'vitest';
import { formatDate, formatYearRange } from '../../lib/format/date';
import type { Locale } from '../../lib/format/locale';

describe('formatYearRange: runs of years become ranges', () => {
  test.each<[number[], Locale, string]>([
    [[2019, 2020, 2021], 'zh', '2019–2021年'],
    [[2019, 2020, 2021], 'en', '2019–2021'],
    [[2021], 'zh', '2021年'],
    [[2021], 'en', '2021'],
    [[2021, 2019], 'zh', '2019、2021年'],
    [[2019, 2021], 'en', '2019, 2021'],
    [[2023, 2019, 2020, 2021, 2020], 'zh', '2019–2021、2023年'],
    [[2019, 2020, 2022, 2023], 'en', '2019–2020, 2022–2023'],
    [[], 'zh', '全部年份'],
    [[], 'en', 'all years'],
  ])('%j (%s) → %s', (years, locale, expected) => {
    expect(formatYearRange(years, locale)).toBe(expected);
  });
});

describe('formatDate: a calendar day in words', () => {
  test.each<[string | Date, Locale, string]>([
    ['2024-05-01', 'zh', '2024年5月1日'],
    ['2024-05-01', 'en', '1 May 2024'],
    ['2023-12-31', 'zh', '2023年12月31日'],
    [new Date(Date.UTC(2022, 0, 9, 23, 30)), 'en', '9 Jan 2022'],
    ['not a date', 'zh', 'not a date'],
  ])('%s (%s) → %s', (date, locale, expected) => {
    expect(formatDate(date, locale)).toBe(expected);
  });
});
