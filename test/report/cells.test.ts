import { describe, expect, test } from 'vitest';
import { readCellValue } from '../../lib/report/cells';

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

  test.each(['', '\u00a0', '\u3000', ' \t '])('%j is blank', (text) => {
    expect(readCellValue(text)).toEqual({ kind: 'blank', mark: null });
  });

  test.each(['/', '—', '-', '无'])('%j is a blank mark, not a zero', (text) => {
    expect(readCellValue(text)).toMatchObject({ kind: 'blank', mark: expect.any(String) });
  });

  test.each(['O', 'l0', '0（无）', '约5', '5%', '1.2.3'])('%j is unreadable', (text) => {
    expect(readCellValue(text).kind).toBe('unreadable');
  });
});
