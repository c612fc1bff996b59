import { describe, expect, test } from 'vitest';
import { calendarDate, daysBetween, pdfDate, readDateWords, w3cDate } from '../../../lib/report/dates/calendar-date';

describe('readDateWords', () => {
  test.each([
    ['2022-02-08 16:34', '2022-02-08'],
    ['2022/2/8', '2022-02-08'],
    ['2022.2.8', '2022-02-08'],
    ['2022年1月25日', '2022-01-25'],
    ['２０２２年１月２５日', '2022-01-25'],
    ['二〇二二年一月二十五日', '2022-01-25'],
    ['二○二二年十二月三十一日', '2022-12-31'],
    ['二〇二一年二月五日', '2021-02-05'],
    ['二〇二二年一月十日', '2022-01-10'],
    ['2022年2月30日', null],
    ['二〇二二年十三月一日', null],
    ['二〇二二年二月三十日', null],
    ['二〇二二年一月四十日', null],
    ['根据2022年1月25日的通知', null],
    ['', null],
  ])('%j → %j', (words, date) => {
    expect(readDateWords(words)).toBe(date);
  });
});

describe('file property dates, in China time', () => {
  test.each([
    ["D:20220125093000+08'00'", '2022-01-25'],
    ['D:20220131200000Z', '2022-02-01'],
    ["D:20220131100000-05'00'", '2022-01-31'],
    ["D:20220131120000-05'00'", '2022-02-01'],
    ['D:20220125', '2022-01-25'],
    ['D:2022', null],
    ['garbage', null],
  ])('pdfDate(%j) = %j', (value, date) => {
    expect(pdfDate(value)).toBe(date);
  });

  test.each([
    ['2022-01-25T01:23:00Z', '2022-01-25'],
    ['2022-01-31T17:00:00Z', '2022-02-01'],
    ['2022-01-31T23:00:00+08:00', '2022-01-31'],
    ['2022-01-25', '2022-01-25'],
    ['2022-13-01T00:00:00Z', null],
    [null, null],
  ])('w3cDate(%j) = %j', (value, date) => {
    expect(w3cDate(value)).toBe(date);
  });
});

test('calendarDate and daysBetween', () => {
  expect(calendarDate(2024, 2, 29)).toBe('2024-02-29');
  expect(calendarDate(2023, 2, 29)).toBeNull();
  expect(daysBetween('2022-01-31', '2022-02-08')).toBe(8);
  expect(daysBetween('2022-01-31', '2022-01-25')).toBe(-6);
});
