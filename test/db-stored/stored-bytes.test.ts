/**
 * Stored bytes (db/stored/stored-bytes.ts): what is packed comes back byte for byte; blobs written
 * before the marker (raw deflate) still read; an unknown method is refused rather than read wrong.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { deflateRawSync } from 'node:zlib';
import { expect, test } from 'vitest';
import { packBytes, unpackBytes } from '../../db/stored/stored-bytes';

const SEEDS = path.resolve(__dirname, '../../db/samples');
const seeds = readdirSync(SEEDS)
  .filter((f) => f.endsWith('.txt'))
  .map((f) => readFileSync(path.join(SEEDS, f)));

test('a report packs to a fraction of its size and unpacks to the same bytes', () => {
  for (const bytes of seeds) {
    const packed = packBytes(bytes);
    expect(packed.length).toBeLessThan(bytes.length / 2);
    expect(unpackBytes(packed).equals(bytes)).toBe(true);
  }
  expect(unpackBytes(packBytes(new Uint8Array(0))).length).toBe(0);
});

test('the packed bytes own their memory, so a worker can transfer them', () => {
  const packed = packBytes(seeds[0]);
  expect(packed.byteOffset).toBe(0);
  expect(packed.buffer.byteLength).toBe(packed.length);
});

test('blobs stored as raw deflate before the marker read as they were', () => {
  for (const bytes of seeds) {
    for (const level of [1, 6, 9]) expect(unpackBytes(deflateRawSync(bytes, { level })).equals(bytes)).toBe(true);
  }
  // Stored (level 0), short and empty inputs start with other block headers: none begins with the marker.
  for (const input of [seeds[0], Buffer.from('x'), Buffer.alloc(0), Buffer.alloc(70_000, 7)]) {
    for (const level of [0, 1, 9]) expect(deflateRawSync(input, { level })[0]).not.toBe(0x4e);
  }
});

test('a packing method this version does not know is refused', () => {
  const future = packBytes(seeds[0]);
  future[1] = 9;
  expect(() => unpackBytes(future)).toThrow(/method 9/);
});
