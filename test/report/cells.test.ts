import { describe, expect, test } from 'vitest';
import { isValueText, readCellValue } from '../../lib/report/cells';

describe('readCellValue', () => {
  test.each([
    ['0', 0, null],
    ['\u3000\u30005', 5, null],
    ['0\u00a0', 0, null],
    ['129600元', 129600, '元'],
    ['-13', -13, null],
    ['－13', -13, null],
    ['2,052', 2052, null],
    ['１２', 12, null],
    ['3 件', 3, '件'],
    ['12.5万元', 12.5, '万元'],
  ])('%j reads as %d', (text, value, unit) => {
    const v = readCellValue(text);
    expect(v.kind).toBe('number');
    if (v.kind === 'number') {
      expect(v.value).toBe(value);
      expect(v.unit).toBe(unit);
    }
  });

  test.each(['', '\u00a0', '\u3000', ' \t ', '\u2028', '\ufeff', '\u1680', '\u2000 ', '\u202f\u205f'])(
    '%j is blank',
    (text) => {
      expect(readCellValue(text)).toEqual({ kind: 'blank', mark: null });
    },
  );

  test.each(['/', '—', '-', '无'])('%j is a blank mark, not a zero', (text) => {
    expect(readCellValue(text)).toMatchObject({ kind: 'blank', mark: expect.any(String) });
  });

  test.each(['O', 'l0', '0（无）', '约5', '5%', '1.2.3'])('%j is unreadable', (text) => {
    expect(readCellValue(text).kind).toBe('unreadable');
  });
});

describe('isValueText', () => {
  const PIECES = [
    '个',
    '条',
    '份',
    '（一）',
    '1.',
    ' ',
    '\u3000',
    '\u00a0',
    '\u2028',
    '\ufeff',
    '\t',
    '无',
    '空',
    '万元',
    '人次',
    '元',
    '件',
    '收到',
    '中',
    '一',
    '龥',
    '\u9fff',
    '\u4e00',
    '３',
    '3',
    '-',
    '－',
    '/',
    '—',
    '1,000',
    '.5',
    '①',
    '豈',
    '⼀',
    '\n',
  ];
  test('agrees with readCellValue on texts that start with an ideograph (its shortcut) and others', () => {
    let s = 7;
    const next = () => (s = (s * 1103515245 + 12345) >>> 0) / 4294967296;
    const differ: string[] = [];
    for (let k = 0; k < 20_000; k++) {
      let t = '';
      const n = 1 + Math.floor(next() * 5);
      for (let i = 0; i < n; i++) t += PIECES[Math.floor(next() * PIECES.length)];
      if (isValueText(t) !== (readCellValue(t).kind !== 'unreadable')) differ.push(t);
    }
    expect(differ).toEqual([]);
  });
});
