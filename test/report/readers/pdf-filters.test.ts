/**
 * The capped PDF filters: each decodes what pdf.js decodes, keeps what comes before damage, and throws
 * OverLimit instead of growing past its limit.
 */
import { deflateSync } from 'node:zlib';
import { describe, expect, test } from 'vitest';
import { decodeFilter, OverLimit } from '../../../lib/report/readers/pdf-filters';
import { deflateBomb, lzwBomb, runLengthBomb } from './make-bombs';

const MB = 1024 * 1024;
const ascii = (s: string) => new Uint8Array(Buffer.from(s, 'latin1'));
const decode = (name: string, data: Uint8Array, limit = MB) => decodeFilter(name, null, data, limit);
const text = async (p: Promise<Uint8Array | null>) => Buffer.from((await p)!).toString('latin1');

describe('decoding', () => {
  test.each([
    ['ASCIIHexDecode', '48 65 6c6C 6f7>', 'Hellop'],
    ['ASCII85Decode', '87cURD_*#TDfTZ)+TMKB!-id8~>', 'Hello, world!\0\0\0\0xyz'],
    ['ASCII85Decode', 'z~>', '\0\0\0\0'],
    ['RunLengthDecode', '\x02abc\xfdz\x80ignored', 'abczzzz'],
  ])('%s %j', async (name, input, want) => {
    expect(await text(decode(name, ascii(input)))).toBe(want);
  });

  test('LZW: the example of the PDF reference, and the bomb to its exact length', async () => {
    expect(
      await text(decode('LZWDecode', Uint8Array.from([0x80, 0x0b, 0x60, 0x50, 0x22, 0x0c, 0x0c, 0x85, 0x01]))),
    ).toBe('-----A---B');
    const out = (await decode('LZWDecode', lzwBomb(8), 16 * MB))!;
    expect(out.every((c) => c === 0x20)).toBe(true);
    expect(out.length).toBeGreaterThanOrEqual(8 * MB);
  });

  test('Flate: to its own end (what follows is ignored); a cut-off stream gives what it has', async () => {
    const packed = deflateSync(Buffer.from('q 1 0 0 1 0 0 cm Q\n'.repeat(1000)));
    expect(await text(decode('FlateDecode', Buffer.concat([packed, Buffer.from('\nendstream\nendobj\n')])))).toBe(
      'q 1 0 0 1 0 0 cm Q\n'.repeat(1000),
    );
    const cut = (await decode('FlateDecode', packed.subarray(0, packed.length - 10)))!;
    expect(cut.length).toBeGreaterThan(0);
    expect(cut.length).toBeLessThan(19_000);
  });

  test('Flate damaged midway keeps what came before the damage', async () => {
    const packed = deflateSync(Buffer.from(Array.from({ length: 4000 }, (_, i) => `${i} `).join('')), { level: 0 });
    const damaged = Buffer.from(packed);
    damaged.fill(0xff, damaged.length - 200); // the last stored block's header and data
    const out = (await decode('FlateDecode', damaged))!;
    expect(out.length).toBeGreaterThan(10_000);
  });

  test('a filter not decoded here (an image codec, encryption) gives null', async () => {
    expect(await decode('DCTDecode', ascii('x'))).toBeNull();
    expect(await decode('Crypt', ascii('x'))).toBeNull();
  });
});

describe('limits', () => {
  test.each([
    ['FlateDecode', () => deflateBomb(64)],
    ['LZWDecode', () => lzwBomb(64)],
    ['RunLengthDecode', () => runLengthBomb(64)],
    ['ASCIIHexDecode', () => ascii('20'.repeat(2 * MB))],
  ])('%s stops at its limit', async (name, make) => {
    await expect(decode(name, make(), MB)).rejects.toThrow(OverLimit);
  });
});
