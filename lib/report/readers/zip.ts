/**
 * A ZIP archive's central directory, read without unpacking anything, so a DOCX can be measured
 * (sizes, ratios, which parts it has) before mammoth inflates it; and one entry inflated under a
 * hard output cap, so a size the directory lies about cannot blow up either.
 * Only what DOCX needs: one disk, no ZIP64, stored or deflated entries.
 */
import * as zlib from 'node:zlib';
import { inflateRawSync } from 'node:zlib';

export interface ZipEntry {
  name: string;
  method: number;
  flags: number;
  crc32: number;
  packedSize: number;
  unpackedSize: number;
  localOffset: number;
}

/** Why an archive cannot be read: damaged, or a variant this reader does not handle. */
export class ZipFormatError extends Error {
  constructor(
    readonly kind: 'damaged' | 'zip64' | 'multidisk',
    message: string,
  ) {
    super(message);
    this.name = 'ZipFormatError';
  }
}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const MAX_COMMENT = 0xffff;

export function isZip(bytes: Uint8Array): boolean {
  return bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

export function readZipDirectory(bytes: Uint8Array): ZipEntry[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const end = findEndRecord(view);
  if (end < 0) throw new ZipFormatError('damaged', 'the ZIP directory at its end is missing');
  const disk = view.getUint16(end + 4, true);
  const count = view.getUint16(end + 10, true);
  const size = view.getUint32(end + 12, true);
  const offset = view.getUint32(end + 16, true);
  if (count === 0xffff || size === 0xffffffff || offset === 0xffffffff)
    throw new ZipFormatError('zip64', 'ZIP64 archive');
  if (disk !== 0 || view.getUint16(end + 8, true) !== count)
    throw new ZipFormatError('multidisk', 'archive split over several disks');
  if (offset + size > end) throw new ZipFormatError('damaged', 'directory outside the file');

  const decoder = new TextDecoder('utf-8');
  const entries: ZipEntry[] = [];
  let p = offset;
  for (let i = 0; i < count; i++) {
    if (p + 46 > end || view.getUint32(p, true) !== CENTRAL)
      throw new ZipFormatError('damaged', `directory entry ${i} is damaged`);
    const nameLength = view.getUint16(p + 28, true);
    const skip = view.getUint16(p + 30, true) + view.getUint16(p + 32, true);
    const entry: ZipEntry = {
      name: decoder.decode(bytes.subarray(p + 46, p + 46 + nameLength)),
      flags: view.getUint16(p + 8, true),
      method: view.getUint16(p + 10, true),
      crc32: view.getUint32(p + 16, true),
      packedSize: view.getUint32(p + 20, true),
      unpackedSize: view.getUint32(p + 24, true),
      localOffset: view.getUint32(p + 42, true),
    };
    if (entry.packedSize === 0xffffffff || entry.unpackedSize === 0xffffffff)
      throw new ZipFormatError('zip64', 'ZIP64 entry');
    if (entry.localOffset + 30 + entry.packedSize > offset)
      throw new ZipFormatError('damaged', `${entry.name} lies outside the file`);
    entries.push(entry);
    p += 46 + nameLength + skip;
  }
  return entries;
}

/** The end-of-central-directory record: the last signature whose comment length reaches the file end. */
function findEndRecord(view: DataView): number {
  const last = view.byteLength - 22;
  for (let p = last; p >= 0 && p >= last - MAX_COMMENT; p--) {
    if (view.getUint32(p, true) === EOCD && p + 22 + view.getUint16(p + 20, true) === view.byteLength) return p;
  }
  return -1;
}

/** An entry's bytes, inflated with output capped at its declared size; checks size and CRC. */
export function readZipEntry(bytes: Uint8Array, entry: ZipEntry): Uint8Array {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const p = entry.localOffset;
  if (p + 30 > bytes.length || view.getUint32(p, true) !== LOCAL)
    throw new ZipFormatError('damaged', `${entry.name}: local header missing`);
  const start = p + 30 + view.getUint16(p + 26, true) + view.getUint16(p + 28, true);
  const packed = bytes.subarray(start, start + entry.packedSize);
  if (packed.length !== entry.packedSize) throw new ZipFormatError('damaged', `${entry.name}: data cut short`);
  let data: Uint8Array;
  if (entry.method === 0) data = packed;
  else if (entry.method === 8) {
    try {
      // One byte over the declared size is enough to prove the declaration false.
      data = inflateRawSync(packed, { maxOutputLength: Math.max(1, entry.unpackedSize + 1) });
    } catch (e) {
      const code = (e as { code?: string }).code;
      const why =
        code === 'ERR_BUFFER_TOO_LARGE' ? 'unpacks to more than its declared size' : 'compressed data is damaged';
      throw new ZipFormatError('damaged', `${entry.name}: ${why}`);
    }
  } else throw new ZipFormatError('damaged', `${entry.name}: unknown compression method ${entry.method}`);
  if (data.length !== entry.unpackedSize)
    throw new ZipFormatError('damaged', `${entry.name}: size differs from the directory`);
  if (crc32(data) !== entry.crc32) throw new ZipFormatError('damaged', `${entry.name}: checksum mismatch`);
  return data;
}

let table: Uint32Array | null = null;
/** Node ≥ 20.15 has a native CRC-32; the engines field allows 20.9, hence the fallback. */
const nativeCrc32 = (zlib as { crc32?: (data: Uint8Array) => number }).crc32;

export function crc32(data: Uint8Array): number {
  if (nativeCrc32) return nativeCrc32(data) >>> 0;
  if (!table) {
    table = new Uint32Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      table[n] = c >>> 0;
    }
  }
  let crc = 0xffffffff;
  for (let i = 0; i < data.length; i++) crc = table[(crc ^ data[i]) & 0xff] ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}
