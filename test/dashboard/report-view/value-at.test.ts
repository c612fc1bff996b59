/** valueAt: numbers by JSON path, null kept apart from missing, and nothing outside the report's own keys. */
import { describe, expect, test } from 'vitest';
import type { ParsedReport } from '../../../lib/report/types';
import { pathSteps, rowPathOf, tableValuePaths, valueAt } from '../../../lib/dashboard/report-view/value-at';

const report = {
  template: '2019',
  table2: { regulations: [0, 3, 7], fees: [null, 2.5] },
  table3: { newReceived: { natural: 4, commercial: null, total: 4 } },
  table4: { review: { upheld: 1, corrected: null } },
  summary: { newReceived: 4 },
  provenance: {},
  findings: [],
} as unknown as ParsedReport;

describe('valueAt', () => {
  test('reads numbers from arrays and objects', () => {
    expect(valueAt(report, 'table2.regulations[0]')).toBe(0);
    expect(valueAt(report, 'table2.regulations[2]')).toBe(7);
    expect(valueAt(report, 'table2.fees[1]')).toBe(2.5);
    expect(valueAt(report, 'table3.newReceived.natural')).toBe(4);
    expect(valueAt(report, 'table4.review.upheld')).toBe(1);
    expect(valueAt(report, 'summary.newReceived')).toBe(4);
  });

  test('a blank cell is null, not 0 and not missing', () => {
    expect(valueAt(report, 'table2.fees[0]')).toBeNull();
    expect(valueAt(report, 'table3.newReceived.commercial')).toBeNull();
    expect(valueAt(report, 'table4.review.corrected')).toBeNull();
  });

  test('a cell the report does not have is undefined', () => {
    expect(valueAt(report, 'table2.regulations[3]')).toBeUndefined();
    expect(valueAt(report, 'table2.procurement[0]')).toBeUndefined();
    expect(valueAt(report, 'table3.other.total')).toBeUndefined();
    expect(valueAt(report, 'table3.newReceived')).toBeUndefined(); // an object, not a number
    expect(valueAt(report, 'template')).toBeUndefined(); // a string, not a number
  });

  test('malformed or hostile paths are undefined', () => {
    for (const p of [
      '',
      '.',
      'table2..fees',
      'table2.fees[x]',
      'table2.fees[-1]',
      'table3.__proto__',
      'table3.constructor',
      'table2.regulations.length',
      'toString',
      'table2.fees[1].x',
      'a b',
    ]) {
      expect(valueAt(report, p)).toBeUndefined();
    }
  });
});

describe('paths', () => {
  test('pathSteps splits keys and indexes', () => {
    expect(pathSteps('table2.fees[1]')).toEqual(['table2', 'fees', 1]);
    expect(pathSteps('table3.total.natural')).toEqual(['table3', 'total', 'natural']);
    expect(pathSteps('table2[')).toBeNull();
  });

  test('rowPathOf drops the column', () => {
    expect(rowPathOf('table3.granted.natural')).toBe('table3.granted');
    expect(rowPathOf('table2.fees[1]')).toBe('table2.fees');
    expect(rowPathOf('table4.review.total')).toBe('table4.review');
  });

  test('tableValuePaths lists every number and blank of tables 2–4 only', () => {
    expect(tableValuePaths(report)).toEqual([
      'table2.regulations[0]',
      'table2.regulations[1]',
      'table2.regulations[2]',
      'table2.fees[0]',
      'table2.fees[1]',
      'table3.newReceived.natural',
      'table3.newReceived.commercial',
      'table3.newReceived.total',
      'table4.review.upheld',
      'table4.review.corrected',
    ]);
  });
});
