/**
 * A minimal ZIP writer (deflate or store, one disk, no ZIP64): enough to build DOCX files in-process
 * for the benchmark and the tests, and broken archives (a size that lies, a bomb) for the bad-input tests.
 */
import { deflateRawSync } from 'node:zlib';
import { crc32 } from '../report/readers/zip';

export interface ZipInput {
  name: string;
  data: Uint8Array | string;
  /** Store without compression. */
  store?: boolean;
  /** Write this as the unpacked size instead of the true one (to build archives that lie). */
  declaredSize?: number;
}

export function writeZip(inputs: ZipInput[]): Uint8Array {
  const encoder = new TextEncoder();
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const input of inputs) {
    const data = typeof input.data === 'string' ? encoder.encode(input.data) : input.data;
    const packed = input.store ? data : deflateRawSync(data, { level: 6 });
    const name = Buffer.from(input.name, 'utf8');
    const fields = {
      crc: crc32(data),
      packed: packed.length,
      size: input.declaredSize ?? data.length,
      method: input.store ? 0 : 8,
    };
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6); // names in UTF-8
    local.writeUInt16LE(fields.method, 8);
    local.writeUInt32LE(fields.crc, 14);
    local.writeUInt32LE(fields.packed, 18);
    local.writeUInt32LE(fields.size, 22);
    local.writeUInt16LE(name.length, 26);
    locals.push(local, name, Buffer.from(packed.buffer, packed.byteOffset, packed.byteLength));
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(fields.method, 10);
    central.writeUInt32LE(fields.crc, 16);
    central.writeUInt32LE(fields.packed, 20);
    central.writeUInt32LE(fields.size, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    centrals.push(central, name);
    offset += 30 + name.length + packed.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(inputs.length, 8);
  end.writeUInt16LE(inputs.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...locals, directory, end]));
}
