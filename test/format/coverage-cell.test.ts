/**
 * A coverage-matrix cell as it reads (lib/format/coverage-cell.ts): its symbol, its words in both languages, and the
 * short code its row carries to the browser, which must give back the same state and days late.
 */
import { describe, expect, test } from 'vitest';
import {
  CELL_SYMBOLS,
  type CoverageCellState,
  cellCode,
  cellSymbol,
  cellTitle,
  readCellCode,
} from '../../lib/format/coverage-cell';

const STATES = Object.keys(CELL_SYMBOLS) as CoverageCellState[];

describe('symbol', () => {
  test('a late cell shows its days late; unknown days leave the + alone; other states their own sign', () => {
    expect(cellSymbol('late', 29)).toBe('+29');
    expect(cellSymbol('late', null)).toBe('+');
    expect(STATES.filter((s) => s !== 'late').map((s) => cellSymbol(s, 12))).toEqual(['✓', '?', '↻', '✗', '○', '·']);
  });
  test('every state has a symbol of its own, so colour is never the only sign', () => {
    expect(new Set(Object.values(CELL_SYMBOLS)).size).toBe(STATES.length);
  });
});

describe('title', () => {
  test('zh: the year and the state in words', () => {
    expect(STATES.map((s) => cellTitle(s, 2021, 5, 'zh'))).toEqual([
      '2021 年：按时发布',
      '2021 年：逾期 5 天',
      '2021 年：已发布，发布日期未知',
      '2021 年：已发布；原报告后被更正版本替换',
      '2021 年：缺报（该机构此前和此后都有报告）',
      '2021 年：缺报（该机构在机构名单上）',
      '2021 年：无报告',
    ]);
    expect(cellTitle('late', 2020, null, 'zh')).toBe('2020 年：逾期 ? 天');
  });
  test('en: the same in English; days late only matter to a late cell', () => {
    expect(cellTitle('late', 2020, 5, 'en')).toBe('2020: 5 days late');
    expect(cellTitle('on-time', 2022, -3, 'en')).toBe('2022: on time');
    expect(cellTitle('gap', 2021, null, 'en')).toBe('2021: missing (the agency has reports before and after)');
    expect(STATES.map((s) => cellTitle(s, 2019, 1, 'en')).every((w) => !/[\u3400-\u9fff]/.test(w))).toBe(true);
  });
});

describe('short code', () => {
  test('one letter per state, + and the days for a late cell', () => {
    expect(STATES.map((s) => cellCode(s, 7))).toEqual(['t', '+7', 'u', 'r', 'g', 'l', 'n']);
    expect(cellCode('late', null)).toBe('+');
  });
  test('read back, a code gives the state and (for a late cell) the days late it was made from', () => {
    for (const state of STATES) {
      for (const days of [null, 0, 29, 1234]) {
        const read = readCellCode(cellCode(state, days));
        expect(read).toEqual({ state, daysLate: state === 'late' ? days : null });
      }
    }
  });
  test('a code that is none of them is refused, not read as some state', () => {
    expect(() => readCellCode('x')).toThrow(/not a coverage cell code/);
    expect(() => readCellCode('')).toThrow(/not a coverage cell code/);
  });
});
