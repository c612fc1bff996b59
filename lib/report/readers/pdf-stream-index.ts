/**
 * Every stream object in a PDF's bytes, found the way pdf.js repairs a file, not through its
 * cross-reference table (which may lie): each "stream" keyword right after an object's dictionary.
 * Its data ends where its /Length says when "endstream" stands there (a /Length that refers to another
 * object is looked up), else at the next "endstream". Object streams are found too; the objects packed
 * inside them are text, never streams.
 */
import { type PdfDict, parseDict, refOf } from './pdf-dict';
import { isSpace, isTokenAt, latin1, skipSpaceAndComments } from './pdf-syntax';

export interface RawStream {
  /** The object number from the "n 0 obj" header; null when the header is damaged. */
  object: number | null;
  /** The generation number from the header (0 when damaged). */
  generation: number;
  dict: PdfDict;
  /** First byte of the data (after the end of line that follows "stream"). */
  start: number;
  /** Just past the last byte of the data. */
  end: number;
}

const CR = 0x0d;
const LF = 0x0a;
/** How far back from "stream" its object header is looked for. */
const MAX_HEADER_DISTANCE = 1 << 20;

export function findStreams(bytes: Uint8Array): RawStream[] {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const streams: RawStream[] = [];
  let lengths: Map<number, number> | undefined;
  for (let from = 0; ; ) {
    const at = buf.indexOf('stream', from, 'latin1');
    if (at < 0) break;
    from = at + 6;
    if (!isTokenAt(bytes, at, 'stream')) continue;
    const header = objectHeader(bytes, at);
    if (!header) continue;
    const parsed = parseDict(bytes, skipSpaceAndComments(bytes, header.end, at), at);
    if (!parsed || skipSpaceAndComments(bytes, parsed.end, at) !== at) continue;
    let start = at + 6;
    if (bytes[start] === CR && bytes[start + 1] === LF) start += 2;
    else if (bytes[start] === LF || bytes[start] === CR) start += 1;
    const declared = parsed.dict.get('Length');
    const ref = refOf(declared);
    const length =
      typeof declared === 'number'
        ? declared
        : ref !== null
          ? ((lengths ??= integerObjects(buf)).get(ref) ?? null)
          : null;
    const confirmed = length !== null && endsAt(bytes, start + length);
    const end = confirmed ? start + length! : searchedEnd(buf, start);
    streams.push({ object: header.object, generation: header.generation, dict: parsed.dict, start, end });
    // Data whose end was confirmed is skipped; otherwise it is searched too, since the end is a guess.
    if (confirmed) from = end;
  }
  return streams;
}

/** The "n g obj" header before `at`: the object and generation numbers, and where the header ends. */
function objectHeader(
  bytes: Uint8Array,
  at: number,
): { object: number | null; generation: number; end: number } | null {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  for (let p = at; p > 0 && at - p < MAX_HEADER_DISTANCE; ) {
    p = buf.lastIndexOf('obj', p - 1, 'latin1');
    if (p < 0) return null;
    if (!isTokenAt(bytes, p, 'obj')) continue;
    const before = latin1(bytes, Math.max(0, p - 24), p);
    const numbers = /(\d+)\s+(\d+)\s*$/.exec(before);
    return { object: numbers ? Number(numbers[1]) : null, generation: numbers ? Number(numbers[2]) : 0, end: p + 3 };
  }
  return null;
}

/** Whether "endstream" follows `pos`, after at most some white space. */
function endsAt(bytes: Uint8Array, pos: number): boolean {
  if (pos < 0 || pos > bytes.length) return false;
  while (pos < bytes.length && isSpace(bytes[pos])) pos++;
  return isTokenAt(bytes, pos, 'endstream');
}

/** Just before the next "endstream" (and the end of line before it), or the end of the file. */
function searchedEnd(buf: Buffer, start: number): number {
  const at = buf.indexOf('endstream', start, 'latin1');
  if (at < 0) return buf.length;
  let end = at;
  if (buf[end - 1] === LF) end--;
  if (buf[end - 1] === CR) end--;
  return Math.max(start, end);
}

/** Objects that are one whole number ("7 0 obj 1234 endobj"), as /Length values refer to. */
function integerObjects(buf: Buffer): Map<number, number> {
  const found = new Map<number, number>();
  for (const m of buf.toString('latin1').matchAll(/(\d+)\s+\d+\s+obj\s*(\d+)\s*endobj/g))
    found.set(Number(m[1]), Number(m[2]));
  return found;
}
