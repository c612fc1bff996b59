/** Days late as a table cell reads: on time at zero or fewer days, late by N days above, unknown without a date. */
import { expect, test } from 'vitest';
import { formatDaysLate } from '../../lib/format/days-late';

test('zh: 按时 up to the deadline, 逾期 N 天 after it, 未知 without a date (never a dash)', () => {
  expect([-30, -1, 0, 1, 5, 1234, null, undefined].map((d) => formatDaysLate(d, 'zh'))).toEqual([
    '按时',
    '按时',
    '按时',
    '逾期 1 天',
    '逾期 5 天',
    '逾期 1,234 天',
    '未知',
    '未知',
  ]);
});

test('en: on time, N day(s) late, unknown', () => {
  expect([0, 1, 5, 1234, null].map((d) => formatDaysLate(d, 'en'))).toEqual([
    'on time',
    '1 day late',
    '5 days late',
    '1,234 days late',
    'unknown',
  ]);
});
