/**
 * A PDF dictionary read from raw bytes, just enough to know how a stream is encoded and encrypted:
 * names, numbers, references, booleans, strings (as bytes), arrays and nested dictionaries. Nesting
 * deeper than such a dictionary ever needs is skipped (the nesting check in pdf-nesting.ts reports it).
 */
import { readHexString, readLiteralString } from './pdf-string';
import { isRegular, skipOpaque, skipRegular, skipSpaceAndComments } from './pdf-syntax';

export type PdfDict = Map<string, PdfValue>;
export type PdfValue =
  | number
  | boolean
  | { name: string }
  | { ref: number }
  | { bytes: Uint8Array }
  | PdfValue[]
  | PdfDict
  | null;

const MAX_DEPTH = 16;
const [LT, GT, OPEN_BRACKET, CLOSE_BRACKET] = [0x3c, 0x3e, 0x5b, 0x5d];

/** The dictionary whose "<<" is at `at`, and where it ends; null when there is none. */
export function parseDict(bytes: Uint8Array, at: number, end = bytes.length): { dict: PdfDict; end: number } | null {
  const reader = new Reader(bytes, at, end);
  if (!reader.at('<<')) return null;
  const dict = reader.value(0);
  return dict instanceof Map ? { dict, end: reader.pos } : null;
}

export const nameOf = (v: PdfValue | undefined): string | null =>
  v && typeof v === 'object' && 'name' in v ? v.name : null;
export const numberOf = (v: PdfValue | undefined): number | null => (typeof v === 'number' ? v : null);
export const dictOf = (v: PdfValue | undefined): PdfDict | null => (v instanceof Map ? v : null);
export const bytesOf = (v: PdfValue | undefined): Uint8Array | null =>
  v && typeof v === 'object' && 'bytes' in v ? v.bytes : null;
export const refOf = (v: PdfValue | undefined): number | null =>
  v && typeof v === 'object' && 'ref' in v ? v.ref : null;
/** A value that may be one item or an array of them, as an array. */
export const listOf = (v: PdfValue | undefined): PdfValue[] => (v === undefined ? [] : Array.isArray(v) ? v : [v]);

class Reader {
  constructor(
    private readonly b: Uint8Array,
    public pos: number,
    private readonly end: number,
  ) {}

  at(token: string): boolean {
    this.pos = skipSpaceAndComments(this.b, this.pos, this.end);
    for (let k = 0; k < token.length; k++) if (this.b[this.pos + k] !== token.charCodeAt(k)) return false;
    return true;
  }

  value(depth: number): PdfValue {
    const b = this.b;
    this.pos = skipSpaceAndComments(b, this.pos, this.end);
    const c = b[this.pos];
    if (this.pos >= this.end) return null;
    if (c === LT && b[this.pos + 1] === LT) return this.dict(depth + 1);
    if (c === OPEN_BRACKET) return this.array(depth + 1);
    if (c === 0x2f) {
      const start = ++this.pos;
      this.pos = skipRegular(b, this.pos, this.end);
      return { name: String.fromCharCode(...b.subarray(start, Math.min(this.pos, start + 64))) };
    }
    if (c === 0x28 || c === LT) {
      const string = c === LT ? readHexString(b, this.pos, this.end) : readLiteralString(b, this.pos, this.end);
      this.pos = string.end;
      return { bytes: string.bytes };
    }
    const skipped = skipOpaque(b, this.pos, this.end);
    if (skipped !== this.pos) return ((this.pos = skipped), null);
    if (!isRegular(c)) return (this.pos++, null); // a stray ">", "]", "{" or "}"
    const word = this.word();
    if (word === 'true' || word === 'false') return word === 'true';
    const n = Number(word);
    if (word === '' || !Number.isFinite(n)) return null;
    // "12 0 R" is a reference to object 12.
    const back = this.pos;
    if (Number.isInteger(n) && /^\d+$/.test(this.word()) && this.word() === 'R') return { ref: n };
    this.pos = back;
    return n;
  }

  private word(): string {
    this.pos = skipSpaceAndComments(this.b, this.pos, this.end);
    const start = this.pos;
    this.pos = skipRegular(this.b, this.pos, this.end);
    return String.fromCharCode(...this.b.subarray(start, Math.min(this.pos, start + 32)));
  }

  private dict(depth: number): PdfDict | null {
    this.pos += 2;
    const dict: PdfDict = new Map();
    while (!this.at('>>')) {
      if (this.pos >= this.end) return dict;
      const key = this.value(depth);
      if (key === null || typeof key !== 'object' || !('name' in key)) continue; // damaged: resynchronise
      dict.set(key.name, depth > MAX_DEPTH ? this.skipValue() : this.value(depth));
    }
    this.pos += 2;
    return dict;
  }

  private array(depth: number): PdfValue[] {
    this.pos++;
    const list: PdfValue[] = [];
    while (!this.at(']') && this.pos < this.end) list.push(depth > MAX_DEPTH ? this.skipValue() : this.value(depth));
    this.pos++;
    return list;
  }

  /** Past one value without building it: balanced brackets counted, strings and names skipped. */
  private skipValue(): null {
    const b = this.b;
    let open = 0;
    do {
      this.pos = skipSpaceAndComments(b, this.pos, this.end);
      const c = b[this.pos];
      const skipped = skipOpaque(b, this.pos, this.end);
      if (skipped !== this.pos) this.pos = skipped;
      else if (c === OPEN_BRACKET || (c === LT && b[this.pos + 1] === LT)) open++, (this.pos += c === LT ? 2 : 1);
      else if (c === CLOSE_BRACKET || (c === GT && b[this.pos + 1] === GT)) open--, (this.pos += c === GT ? 2 : 1);
      else this.pos = Math.max(this.pos + 1, skipRegular(b, this.pos, this.end));
    } while (open > 0 && this.pos < this.end);
    return null;
  }
}
