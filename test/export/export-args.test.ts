import { describe, expect, test } from 'vitest';
import { parseExportArgs } from '../../lib/cli/export';

describe('export arguments', () => {
  test.each([
    [['--format', 'json'], { format: 'json', filters: { synthetic: false } }],
    [['--year', '2020'], { format: 'csv', filters: { synthetic: false, years: [2020] } }],
    [['--year', '2019-2021'], { format: 'csv', filters: { synthetic: false, yearFrom: 2019, yearTo: 2021 } }],
    [
      ['--year', '2019,2021', '--region', '330400', '--type', 'edu,sci'],
      { format: 'csv', filters: { synthetic: false, years: [2019, 2021], region: '330400', typeIds: ['edu', 'sci'] } },
    ],
  ])('%j', (args, expected) => {
    expect(parseExportArgs(args)).toEqual(expected);
  });

  test.each([
    [['--format', 'xls'], /--format must be csv or json/],
    [['--year', 'last'], /--year takes/],
    [['--region', '3304'], /six-digit/],
  ])('%j is refused with a clear message', (args, message) => {
    expect(() => parseExportArgs(args)).toThrow(message);
  });
});
