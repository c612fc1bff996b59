/**
 * Provenance paths by number (db/stored/provenance-paths.ts): any list of paths comes back as it was, in its
 * order; the catalogue stored documents rely on only grows at its end; every cell the parser can trace is in it.
 */
import { createHash } from 'node:crypto';
import { expect, test } from 'vitest';
import { decodePaths, encodePaths, STORED_PATHS } from '../../db/stored/provenance-paths';
import { APPLICANT_COLUMNS, TABLE2_ROWS, TABLE3_ROWS, TABLE4_COLUMNS, TABLE4_GROUPS } from '../../lib/report/types';

/** The catalogue as released with format 3: its first 222 places, hashed. Appending keeps it; any other edit fails. */
const RELEASED = { places: 222, sha256: 'b6424ba5352861957df62853bdbda40309e29b7f53475d85d15e0f177b58d89c' };

test('the released places of the catalogue are unchanged (it may only grow at its end)', () => {
  expect(STORED_PATHS.length).toBeGreaterThanOrEqual(RELEASED.places);
  const hash = createHash('sha256').update(STORED_PATHS.slice(0, RELEASED.places).join('\n')).digest('hex');
  expect(hash).toBe(RELEASED.sha256);
  expect(new Set(STORED_PATHS).size).toBe(STORED_PATHS.length);
});

test('every cell the parser can trace has a place in the catalogue', () => {
  const traceable = [
    'source.published',
    ...TABLE2_ROWS.flatMap((row) => [0, 1, 2].map((i) => `table2.${row}[${i}]`)),
    ...TABLE3_ROWS.flatMap((row) => APPLICANT_COLUMNS.map((c) => `table3.${row}.${c}`)),
    ...TABLE4_GROUPS.flatMap((g) => TABLE4_COLUMNS.map((c) => `table4.${g}.${c}`)),
  ];
  expect(traceable.filter((p) => !STORED_PATHS.includes(p))).toEqual([]);
});

test('a report that traces its cells in catalogue order stores them as one run', () => {
  expect(encodePaths(STORED_PATHS)).toEqual([0, -(STORED_PATHS.length - 1)]);
  expect(decodePaths(encodePaths(STORED_PATHS))).toEqual(STORED_PATHS);
});

test.each([
  ['empty', []],
  ['one', ['table3.granted.total']],
  [
    'gaps and runs',
    ['source.published', 'table2.regulations[0]', 'table2.regulations[1]', 'table2.fees[0]', 'table2.fees[1]'],
  ],
  ['out of order', ['table4.review.total', 'table3.total.total', 'table3.newReceived.natural', 'source.published']],
  ['a path twice', ['table3.granted.natural', 'table3.granted.natural', 'table3.granted.commercial']],
  [
    'unknown paths among known ones',
    [
      'table5.x',
      'table3.granted.natural',
      'table3.granted.commercial',
      'table2.regulations[3]',
      'table3.granted.research',
    ],
  ],
  ['only unknown', ['header.title', 'narrative[0]']],
])('%s: decoded as given', (_, paths) => {
  const coded = encodePaths(paths);
  expect(decodePaths(coded)).toEqual(paths);
  // A number stands for a known path, never an unknown one.
  for (const entry of coded) if (typeof entry === 'string') expect(STORED_PATHS).not.toContain(entry);
});

test('a place this version does not know, or a run with nothing before it, is refused rather than read wrong', () => {
  expect(() => decodePaths([STORED_PATHS.length])).toThrow(/not in this version's catalogue/);
  expect(() => decodePaths([STORED_PATHS.length - 1, -1])).toThrow(/not in this version's catalogue/);
  expect(() => decodePaths([-3])).toThrow(/follows no numbered path/);
  expect(() => decodePaths(['x', -1])).toThrow(/follows no numbered path/);
});
