/**
 * Text in UTF-16 without a byte-order mark, and in UTF-32, reads as the same report as its UTF-8 (issue 19,
 * item 5: seed 000 as UTF-16LE without a BOM was refused as binary; UTF-32 was called binary too).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { parseReport } from '../../lib/report';

const seed = readFileSync(new URL('../../db/samples/000_1552932f4d23b490.txt', import.meta.url), 'utf8');
const tablesOf = (bytes: Uint8Array) => {
  const r = parseReport(bytes, 'x.txt');
  return { agency: r.agency, year: r.year, table2: r.table2, table3: r.table3, table4: r.table4, summary: r.summary };
};
const want = tablesOf(new TextEncoder().encode(seed));

function utf16(text: string, littleEndian: boolean): Uint8Array {
  const out = new Uint8Array(text.length * 2);
  const view = new DataView(out.buffer);
  for (let i = 0; i < text.length; i++) view.setUint16(i * 2, text.charCodeAt(i), littleEndian);
  return out;
}

function utf32(text: string, littleEndian: boolean): Uint8Array {
  const codes = [...text].map((c) => c.codePointAt(0)!);
  const out = new Uint8Array(codes.length * 4);
  const view = new DataView(out.buffer);
  codes.forEach((c, i) => view.setUint32(i * 4, c, littleEndian));
  return out;
}

describe('UTF-16 without a BOM, and UTF-32', () => {
  test('the reported file (seed 000, UTF-16LE, no BOM, many U+3000) reads as the seed', () => {
    const bytes = new Uint8Array(readFileSync(new URL('../fixtures/repro/000-utf16le-nobom.txt', import.meta.url)));
    expect(parseReport(bytes, 'x.txt').source.encoding).toBe('utf-16le');
    expect(tablesOf(bytes)).toEqual(want);
  });

  test.each([
    ['UTF-16BE', utf16(seed, false), 'utf-16be'],
    ['UTF-32LE', utf32(seed, true), 'utf-32'],
    ['UTF-32BE', utf32(seed, false), 'utf-32'],
  ])('%s reads as the seed', (_, bytes, encoding) => {
    expect(parseReport(bytes, 'x.txt').source.encoding).toBe(encoding);
    expect(tablesOf(bytes)).toEqual(want);
  });
});
