import { describe, expect, test } from 'vitest';
import { csvField, toCsv } from '../../lib/export/csv';

describe('csvField', () => {
  test.each([
    [null, ''],
    [undefined, ''],
    [0, '0'],
    [-13, '-13'],
    [0.5, '0.5'],
    [Number.NaN, ''],
    ['忻州市科学技术局', '忻州市科学技术局'],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    ['=HYPERLINK("x")', '"\'=HYPERLINK(""x"")"'],
    ['-13', "'-13"],
  ])('%j → %s', (value, expected) => {
    expect(csvField(value)).toBe(expected);
  });
});

test('toCsv: BOM first so Excel and WPS read UTF-8, CRLF line ends', () => {
  const csv = toCsv(['agency', 'year'], [['嘉兴市科学技术局', 2020]]);
  expect(csv.charCodeAt(0)).toBe(0xfeff);
  expect(csv.slice(1)).toBe('agency,year\r\n嘉兴市科学技术局,2020\r\n');
  expect(toCsv(['a'], [], { bom: false })).toBe('a\r\n');
});
