/**
 * Decompression bombs for the PDF limit tests, each made in milliseconds without unpacking anything.
 * Deflate: a chunk of spaces is deflated once with a full flush (which resets the compressor, so the
 * same input packs to the same bytes) and the bytes are repeated; a zlib header, a last empty block and
 * the Adler-32 close them. LZW: the codes for ever longer runs of spaces, then the longest, repeated.
 * And image headers (JPEG, JPEG 2000) that claim a size their data does not have.
 */
import { constants, deflateRawSync } from 'node:zlib';

const MB = 1024 * 1024;

/** zlib data that inflates to `megabytes` MB of spaces (1 GiB packs to about 1 MB); `before` is stored first, as is. */
export function deflateBomb(megabytes: number, before?: Uint8Array): Uint8Array {
  const chunkMb = Math.min(16, megabytes);
  const chunk = deflateRawSync(Buffer.alloc(chunkMb * MB, 0x20), { level: 9, finishFlush: constants.Z_FULL_FLUSH });
  const count = Math.ceil(megabytes / chunkMb);
  const trailer = Buffer.alloc(4);
  trailer.writeUInt32BE(adler32OfSpaces(BigInt(count * chunkMb * MB)));
  const parts = [
    Buffer.from([0x78, 0xda]),
    ...(before ? [storedBlock(before)] : []),
    ...Array<Buffer>(count).fill(chunk),
    Buffer.from([0x03, 0x00]),
    trailer,
  ];
  return new Uint8Array(Buffer.concat(parts));
}

/** A deflate block that holds bytes as they are (the checksum then no longer matches; pdf.js does not check it). */
function storedBlock(bytes: Uint8Array): Buffer {
  const head = Buffer.alloc(5);
  head.writeUInt16LE(bytes.length, 1);
  head.writeUInt16LE(~bytes.length & 0xffff, 3);
  return Buffer.concat([head, bytes]);
}

/** Adler-32 of n spaces, in closed form: A = 1 + 32n, B = n + 32·n(n+1)/2 (mod 65521). */
function adler32OfSpaces(n: bigint): number {
  const m = 65521n;
  const a = (1n + 32n * n) % m;
  const b = (n + 16n * n * (n + 1n)) % m;
  return Number((b << 16n) | a) >>> 0;
}

/**
 * LZW codes (EarlyChange 1) for about `megabytes` MB of spaces: 32, then 258, 259, … (each one space
 * longer than the last) until the table is full at 4095, then 4095 (3,839 spaces) over and over.
 */
export function lzwBomb(megabytes: number): Uint8Array {
  const codes = [32];
  for (let code = 258; code < 4096; code++) codes.push(code);
  for (let out = (3840 * 3839) / 2; out < megabytes * MB; out += 3839) codes.push(4095);
  codes.push(257);
  const bytes: number[] = [];
  let [acc, bits, width, next] = [0, 0, 9, 258];
  codes.forEach((code, i) => {
    acc = (acc << width) | code;
    bits += width;
    while (bits >= 8) {
      bits -= 8;
      bytes.push((acc >>> bits) & 0xff);
    }
    acc &= (1 << bits) - 1;
    // The decoder's table grows with every code after the first, and its codes widen one early.
    if (i > 0 && next < 4096) next++;
    if (next + 1 >= 1 << width && width < 12) width++;
  });
  if (bits > 0) bytes.push((acc << (8 - bits)) & 0xff);
  return Uint8Array.from(bytes);
}

/** RunLength data for `megabytes` MB of spaces: 128 bytes per two (at 64:1, under the ratio limit). */
export function runLengthBomb(megabytes: number): Uint8Array {
  const pairs = Math.ceil((megabytes * MB) / 128);
  const out = new Uint8Array(pairs * 2 + 1);
  for (let i = 0; i < pairs; i++) [out[2 * i], out[2 * i + 1]] = [129, 0x20];
  out[pairs * 2] = 128;
  return out;
}

/** The start of a baseline JPEG whose frame claims width × height (three components), and its end. */
export function jpegClaiming(width: number, height: number): Uint8Array {
  const sof = [
    0xff,
    0xc0,
    0,
    17,
    8,
    height >> 8,
    height & 0xff,
    width >> 8,
    width & 0xff,
    3,
    1,
    0x11,
    0,
    2,
    0x11,
    1,
    3,
    0x11,
    1,
  ];
  return Uint8Array.from([
    0xff,
    0xd8,
    0xff,
    0xe0,
    0,
    16,
    0x4a,
    0x46,
    0x49,
    0x46,
    0,
    1,
    1,
    0,
    0,
    1,
    0,
    1,
    0,
    0,
    ...sof,
    0xff,
    0xd9,
  ]);
}

/** A JPEG 2000 codestream start (SOC, SIZ) claiming width × height, one component. */
export function jpxClaiming(width: number, height: number): Uint8Array {
  const siz = Buffer.alloc(40);
  siz.writeUInt16BE(38, 0); // Lsiz
  siz.writeUInt32BE(width, 4);
  siz.writeUInt32BE(height, 8);
  siz.writeUInt16BE(1, 36); // Csiz
  return new Uint8Array(Buffer.concat([Buffer.from([0xff, 0x4f, 0xff, 0x51]), siz, Buffer.from([0xff, 0xd9])]));
}
