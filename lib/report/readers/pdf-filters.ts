/**
 * The PDF filters that only unpack bytes (Flate, LZW, RunLength, ASCIIHex, ASCII85), each decoding
 * into a buffer that refuses to grow past a limit, so that measuring a stream never allocates more than
 * the limit allows. Damaged data ends the output where it breaks, as in pdf.js, which keeps what it read.
 * Image codecs (DCT, JPX, JBIG2, CCITT) and encryption (Crypt) are not decoded here: null.
 */
import { constants, createInflate, inflateSync } from 'node:zlib';
import { type PdfDict, numberOf } from './pdf-dict';

/** Raised when a filter's output would pass its limit. */
export class OverLimit extends Error {
  constructor(readonly limit: number) {
    super(`output over ${limit} bytes`);
  }
}

const NAMES: Record<string, string> = {
  Fl: 'FlateDecode',
  LZW: 'LZWDecode',
  RL: 'RunLengthDecode',
  AHx: 'ASCIIHexDecode',
  A85: 'ASCII85Decode',
  DCT: 'DCTDecode',
  CCF: 'CCITTFaxDecode',
};
/** A filter's full name (inline images use abbreviations). */
export const filterName = (name: string): string => NAMES[name] ?? name;
export const IMAGE_CODECS = new Set(['DCTDecode', 'JPXDecode', 'JBIG2Decode', 'CCITTFaxDecode']);

/** `data` through one filter, or null for a filter not decoded here. Throws OverLimit. */
export async function decodeFilter(
  name: string,
  params: PdfDict | null,
  data: Uint8Array,
  limit: number,
): Promise<Uint8Array | null> {
  switch (name) {
    case 'FlateDecode':
      return inflate(data, limit);
    case 'LZWDecode':
      return lzw(data, numberOf(params?.get('EarlyChange')) ?? 1, new Output(limit));
    case 'RunLengthDecode':
      return runLength(data, new Output(limit));
    case 'ASCIIHexDecode':
      return asciiHex(data, new Output(limit));
    case 'ASCII85Decode':
      return ascii85(data, new Output(limit));
    default:
      return null;
  }
}

/**
 * zlib data, to its own end (bytes after it are ignored; a cut-off stream gives what it has). zlib's
 * cap stops the output at `limit` as it inflates. A stream damaged midway is inflated again as a
 * stream, to keep what came before the damage, as pdf.js does (the sync call keeps nothing).
 */
async function inflate(data: Uint8Array, limit: number): Promise<Uint8Array> {
  try {
    return inflateSync(data, { maxOutputLength: Math.max(1, limit), finishFlush: constants.Z_SYNC_FLUSH });
  } catch (e) {
    if ((e as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') throw new OverLimit(limit);
  }
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let length = 0;
    const z = createInflate({ finishFlush: constants.Z_SYNC_FLUSH });
    z.on('data', (chunk: Buffer) => {
      length += chunk.length;
      if (length > limit) {
        z.destroy();
        reject(new OverLimit(limit));
      } else chunks.push(chunk);
    });
    z.on('error', () => resolve(Buffer.concat(chunks)));
    z.on('end', () => resolve(Buffer.concat(chunks)));
    z.end(data);
  });
}

/** A byte buffer that grows by doubling up to its limit and throws OverLimit past it. */
class Output {
  buf = new Uint8Array(1 << 16);
  length = 0;
  constructor(private readonly limit: number) {}

  /** Room for n more bytes; returns where they go. */
  reserve(n: number): number {
    const at = this.length;
    const need = at + n;
    if (need > this.limit) throw new OverLimit(this.limit);
    if (need > this.buf.length) {
      const next = new Uint8Array(Math.min(this.limit, Math.max(need, this.buf.length * 2)));
      next.set(this.buf.subarray(0, at));
      this.buf = next;
    }
    this.length = need;
    return at;
  }

  push(byte: number): void {
    this.buf[this.reserve(1)] = byte;
  }

  bytes(): Uint8Array {
    return this.buf.subarray(0, this.length);
  }
}

/** LZW as PDF writes it: 9- to 12-bit codes, 256 clears the table, 257 ends the data. */
function lzw(data: Uint8Array, earlyChange: number, out: Output): Uint8Array {
  const prefix = new Int16Array(4096).fill(-1);
  const suffix = new Uint8Array(4096);
  const first = new Uint8Array(4096);
  const length = new Uint16Array(4096);
  for (let c = 0; c < 256; c++) [suffix[c], first[c], length[c]] = [c, c, 1];
  let [next, width, prev, bits, acc, pos] = [258, 9, -1, 0, 0, 0];
  for (;;) {
    while (bits < width) {
      if (pos >= data.length) return out.bytes();
      acc = ((acc << 8) | data[pos++]) & 0xffffff;
      bits += 8;
    }
    bits -= width;
    const code = (acc >>> bits) & ((1 << width) - 1);
    if (code === 256) {
      [next, width, prev] = [258, 9, -1];
      continue;
    }
    if (code === 257 || code > next || (prev < 0 && code > 255) || (code === next && next >= 4096)) return out.bytes();
    if (prev >= 0 && next < 4096) {
      [prefix[next], suffix[next], first[next], length[next]] = [
        prev,
        code === next ? first[prev] : first[code],
        first[prev],
        length[prev] + 1,
      ];
      next++;
    }
    // An entry is written back to front, along its chain of prefixes.
    const at = out.reserve(length[code]);
    for (let c = code, k = at + length[code] - 1; c >= 0; c = prefix[c]) out.buf[k--] = suffix[c];
    if (next + earlyChange >= 1 << width && width < 12) width++;
    prev = code;
  }
}

/** A length byte: 0–127 copies that many + 1 bytes, 129–255 repeats the next byte 257 − n times, 128 ends. */
function runLength(data: Uint8Array, out: Output): Uint8Array {
  for (let i = 0; i < data.length; ) {
    const n = data[i++];
    if (n === 128) break;
    if (n < 128) {
      const run = data.subarray(i, i + n + 1);
      out.buf.set(run, out.reserve(run.length));
      i += n + 1;
    } else if (i < data.length) {
      const at = out.reserve(257 - n);
      out.buf.fill(data[i++], at, at + 257 - n);
    }
  }
  return out.bytes();
}

function asciiHex(data: Uint8Array, out: Output): Uint8Array {
  let high = -1;
  for (const c of data) {
    if (c === 0x3e) break; // ">" ends the data
    const v = c >= 0x30 && c <= 0x39 ? c - 0x30 : (c | 0x20) >= 0x61 && (c | 0x20) <= 0x66 ? (c | 0x20) - 0x57 : -1;
    if (v < 0) continue;
    if (high < 0) high = v;
    else {
      out.push((high << 4) | v);
      high = -1;
    }
  }
  if (high >= 0) out.push(high << 4);
  return out.bytes();
}

/** Five characters "!"–"u" per four bytes, "z" for four zero bytes, "~>" at the end. */
function ascii85(data: Uint8Array, out: Output): Uint8Array {
  let group = 0;
  let count = 0;
  const emit = (n: number) => {
    for (let k = 0; k < n; k++) out.push(Math.floor(group / 256 ** (3 - k)) % 256);
  };
  for (const c of data) {
    if (c === 0x7e) break;
    if (c <= 0x20) continue;
    if (c === 0x7a && count === 0) {
      out.buf.fill(0, out.reserve(4), out.length);
      continue;
    }
    if (c < 0x21 || c > 0x75) break;
    group = group * 85 + (c - 0x21);
    if (++count === 5) {
      emit(4);
      [count, group] = [0, 0];
    }
  }
  if (count > 1) {
    for (let k = count; k < 5; k++) group = group * 85 + 84;
    emit(count - 1);
  }
  return out.bytes();
}
