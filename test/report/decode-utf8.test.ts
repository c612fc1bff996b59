/**
 * UTF-8 text is decoded by ICU's transcoder (lib/report/decode.ts, issue 21), not by Node's TextDecoder: the two
 * must give the same string for any valid UTF-8 — ideographs, astral characters (surrogate pairs), U+FEFF inside
 * the text, noncharacters — small reports and pages past the size the old decoding loop took.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { decodeBytes } from '../../lib/report/decode';

const strict = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
const encode = (text: string) => new TextEncoder().encode(text);

/** Text no rule of decodeBytes reads as anything but UTF-8: no C0 control but tab and line breaks, no leading BOM. */
const textChar = fc.oneof(
  fc.constantFrom('\t', '\n', '\r', ' ', '1', '<', '>', '\uFEFF', '\uFFFF', '\uFFFE', '\u3000', '一'),
  fc.integer({ min: 0x20, max: 0x7e }).map((c) => String.fromCharCode(c)),
  fc.integer({ min: 0x80, max: 0xd7ff }).map((c) => String.fromCharCode(c)),
  fc.integer({ min: 0xe000, max: 0xffff }).map((c) => String.fromCharCode(c)),
  fc.integer({ min: 0x10000, max: 0x10ffff }).map((c) => String.fromCodePoint(c)),
);
const text = (maxLength: number) =>
  fc
    .array(textChar, { minLength: 1, maxLength })
    .map((chars) => chars.join(''))
    .filter((t) => t.charCodeAt(0) !== 0xfeff);

describe('decodeBytes on UTF-8', () => {
  test('gives what the strict decoder gives, for any text', () => {
    fc.assert(
      fc.property(text(400), (t) => {
        const bytes = encode(t);
        const decoded = decodeBytes(bytes);
        expect(decoded.encoding).toBe('utf-8');
        expect(decoded.text).toBe(strict.decode(bytes));
        expect(decoded.text).toBe(t);
      }),
      { numRuns: 500 },
    );
  });

  test('pages longer than 16 KB too (ASCII markup around ideographs and astral characters)', () => {
    fc.assert(
      fc.property(text(60), fc.integer({ min: 300, max: 900 }), (t, times) => {
        const page = `<p>${t}</p>\n`.repeat(times);
        const bytes = encode(page);
        expect(bytes.length).toBeGreaterThan(1000);
        expect(decodeBytes(bytes).text).toBe(page);
      }),
      { numRuns: 40 },
    );
  });

  test('a BOM is taken off once, a second one after it too, a third kept (as before)', () => {
    const bom = [0xef, 0xbb, 0xbf];
    expect(decodeBytes(new Uint8Array([...bom, 0x78]))).toEqual({ text: 'x', encoding: 'utf-8-bom' });
    expect(decodeBytes(new Uint8Array([...bom, ...bom, 0x78])).text).toBe('x');
    expect(decodeBytes(new Uint8Array([...bom, ...bom, ...bom, 0x78])).text).toBe('\uFEFFx');
    expect(decodeBytes(encode('x\uFEFFy')).text).toBe('x\uFEFFy');
  });

  test('a NUL or many control characters in the head are still refused as binary', () => {
    expect(() => decodeBytes(encode(`ab\u0000${'报告'.repeat(10)}`))).toThrow(/binary/);
    expect(() => decodeBytes(encode(`${'\u0001\u0002'.repeat(40)}${'报告'.repeat(100)}`))).toThrow(/binary/);
  });
});
