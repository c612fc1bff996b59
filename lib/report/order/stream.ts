/**
 * Any document's blocks as one stream in reading order, for the reading that does not depend on
 * layout: the words of every paragraph and cell run together into `text` (letters, digits of row
 * numbering and ideographs only, NFKC), so a label is found whatever split, wrapped or spaced it, and
 * every number that can be a table value stands in `text` as one NUMBER_MARK with its token in `numbers`.
 *
 * What is not a table value never becomes a token: numbers with a unit of prose after them (2021年,
 * 17.46%, 29 件), dates, times, phone numbers, URLs, document numbers (〔2021〕30号), page footers. A
 * row's numbering ("2.其他法律…") stays in the words, also where a crawler joined it to the digits of
 * the row before ("00000002.其他法律" is the run "0000000" and the numbering "2").
 */
import { Buffer } from 'node:buffer';
import { readCellValue } from '../cells';
import { nfkc } from '../normalize';
import type { Block, TableOrigin } from '../model';
import { isDigit, NUMBER_WINDOW, numberEnd, proseBefore } from './number-scan';
import { CueWatch, type StreamEnd } from './stream-end';

export type { StreamEnd };

export const NUMBER_MARK = '#';
/** Stands for a number of prose in `text`: it is not a value, but it does separate values. */
export const PROSE_MARK = '§';

export interface NumberToken {
  /** The number as written (NFKC, no spaces). */
  raw: string;
  /** A plain digit run that may have lost the boundaries between several numbers: its digits. */
  run: string | null;
  /** The value read as one number (null when it cannot be one, e.g. over 15 digits). */
  value: number | null;
  /** From a paragraph or a space-separated line, where blank cells vanish instead of staying cells. */
  joined: boolean;
  /** The first number of a table row: a row's numbers never straddle the rows of a laid-out table. */
  rowStart: boolean;
  /** Where the token stands in the decoded source (for provenance). */
  offset: number;
  length: number;
  /** Index of its NUMBER_MARK in `text`. */
  at: number;
}

export interface OrderStream {
  text: string;
  /** Source offset of every character of `text`. */
  offsets: Int32Array;
  numbers: NumberToken[];
}

/** Paragraphs and space-separated text rows may have lost the boundaries between numbers. */
const JOINABLE: ReadonlySet<TableOrigin> = new Set(['spaced-text']);

export function streamOf(blocks: Block[], source: string, end?: StreamEnd): OrderStream {
  const out = new StreamBuilder(source);
  const watch = end ? new CueWatch(end) : null;
  for (const block of blocks.slice(firstTableBlock(blocks))) {
    if (block.kind === 'paragraph') out.piece(block.text, block.span.offset, block.span.length, true);
    else {
      const joinable = JOINABLE.has(block.origin);
      for (const row of block.rows) {
        out.newRow();
        for (const cell of row.cells) out.piece(cell.text, cell.span.offset, cell.span.length, joinable);
      }
      out.newRow();
    }
    if (watch?.reached(out)) break;
  }
  return out.finish();
}

const PROSE_AFTER =
  /^\s*(?:年|月|日|号|时|分|秒|%|％|‰|个|件|条|项|次|篇|份|期|场|人|名|家|位|户|天|小时|万|亿|元|倍|余|多|岁|平方|公里|米|页|届|批|类|种|部|套|台|辆|[A-Za-z_/\\〕\]】@=?&~]|[-:：/]\s*\d)/;
const FOOTER = /^[-—–－─_]{1,3}\s*\d{1,3}\s*[-—–－─_]{1,3}|^第\s*\d{1,3}\s*页(?:\s*[,，/]?\s*共\s*\d{1,3}\s*页)?/;
const NUMBERING_AFTER = /^[.、．]\s*[\u3400-\u9fff]/;

/**
 * Where character i of a piece read stands in the source: at base + i when the piece is the source as
 * written (`wholeLength` -1), else at the piece's start (every character points at the whole piece).
 */
function offsetIn(base: number, wholeLength: number, i: number): number {
  return wholeLength < 0 ? base + i : base;
}

class StreamBuilder {
  /** The text so far as UTF-16 code units, and its length; offsets grow beside it (decoded once at the end). */
  private chars = new Uint16Array(1024);
  private length = 0;
  private at = new Int32Array(1024);
  private readonly numbers: NumberToken[] = [];

  private rowStart = false;

  constructor(private readonly source: string) {}

  newRow(): void {
    this.rowStart = true;
  }

  /** One paragraph or cell: a number alone is a value; anything else is read word by word. */
  piece(text: string, spanOffset: number, spanLength: number, joinable: boolean): void {
    const trimmed = text.trim();
    if (trimmed === '') return;
    if (!joinable) {
      const value = readCellValue(trimmed);
      if (value.kind === 'blank') return;
      if (value.kind === 'number') {
        this.number({
          raw: compactNumber(trimmed),
          run: null,
          value: value.value,
          joined: false,
          rowStart: false,
          offset: spanOffset,
          length: spanLength,
          at: 0,
        });
        return;
      }
    }
    // Offsets are exact when the piece is the source as written and NFKC keeps its length (body text
    // nearly always); otherwise every character points at the piece as a whole.
    const s = nfkc(trimmed);
    const lead = text.length - text.trimStart().length;
    const base = this.source.startsWith(trimmed, spanOffset)
      ? spanOffset
      : this.source.startsWith(trimmed, spanOffset + lead)
        ? spanOffset + lead
        : -1;
    const exact = base >= 0 && s.length === trimmed.length;
    this.read(s, exact ? base : spanOffset, exact ? -1 : spanLength, joinable);
  }

  private read(s: string, base: number, wholeLength: number, joinable: boolean): void {
    for (let i = 0; i < s.length; ) {
      const c = s.charCodeAt(i);
      if (
        isDigit(c) ||
        ((c === 0x2b || c === 0x2d) && isDigit(s.charCodeAt(i + 1)) && !isWordChar(s.charCodeAt(i - 1)))
      ) {
        i = this.numberAt(s, i, base, joinable, wholeLength);
        continue;
      }
      if (c === 0x2d || c === 0x2014 || c === 0x2013 || c === 0xff0d || c === 0x2500 || c === 0x5f || c === 0x7b2c) {
        const footer = FOOTER.exec(s.slice(i, i + 24));
        if (footer) {
          i += footer[0].length;
          continue;
        }
      }
      if (!isWordChar(c)) {
        i++;
        continue;
      }
      // A run of letters and ideographs goes in as one slice.
      let j = i + 1;
      while (j < s.length && isWordChar(s.charCodeAt(j)) && !isDigit(s.charCodeAt(j))) j++;
      this.pushRun(s, i, j, base, wholeLength);
      i = j;
    }
  }

  private pushRun(s: string, from: number, to: number, base: number, wholeLength: number): void {
    this.reserve(to - from);
    for (let k = from; k < to; k++) {
      this.at[this.length + k - from] = offsetIn(base, wholeLength, k);
      this.chars[this.length + k - from] = s.charCodeAt(k);
    }
    this.length += to - from;
  }

  private reserve(n: number): void {
    if (this.length + n <= this.at.length) return;
    const size = Math.max(this.at.length * 2, this.length + n);
    const grown = new Int32Array(size);
    grown.set(this.at);
    this.at = grown;
    const chars = new Uint16Array(size);
    chars.set(this.chars);
    this.chars = chars;
  }

  private numberAt(s: string, i: number, base: number, joinable: boolean, wholeLength: number): number {
    const end = numberEnd(s, i, Math.min(s.length, i + NUMBER_WINDOW));
    const raw = s.slice(i, end);
    const after = s.slice(end, end + 6);
    if (proseBefore(s, i) || PROSE_AFTER.test(after)) {
      this.push(PROSE_MARK, offsetIn(base, wholeLength, i));
      return end;
    }
    if (NUMBERING_AFTER.test(after) && allDigits(raw)) {
      // The next row's numbering: its last digit stays with the words; any digits before it are values.
      if (raw.length > 1) this.pushNumber(raw.slice(0, -1), i, base, joinable, wholeLength);
      this.push(raw[raw.length - 1], offsetIn(base, wholeLength, end - 1));
      return end;
    }
    this.pushNumber(raw, i, base, joinable, wholeLength);
    return end;
  }

  private pushNumber(raw: string, i: number, base: number, joinable: boolean, wholeLength: number): void {
    const value = readCellValue(raw);
    this.number({
      raw,
      run: joinable && raw.length > 1 && allDigits(raw) ? raw : null,
      value: value.kind === 'number' ? value.value : null,
      joined: joinable,
      rowStart: false,
      offset: offsetIn(base, wholeLength, i),
      length: wholeLength < 0 ? raw.length : wholeLength,
      at: 0,
    });
  }

  /** One character (a mark or a numbering digit). */
  private push(char: string, offset: number): void {
    this.reserve(1);
    this.chars[this.length] = char.charCodeAt(0);
    this.at[this.length++] = offset;
  }

  private number(token: NumberToken): void {
    token.at = this.length;
    token.rowStart = this.rowStart;
    this.rowStart = false;
    this.push(NUMBER_MARK, token.offset);
    this.numbers.push(token);
  }

  /**
   * The text from code unit `from` to the end so far. Node turns UTF-16 code units into a string in one copy
   * (joining hundreds of slices took longer).
   */
  textFrom(from: number): string {
    return Buffer.from(this.chars.buffer, this.chars.byteOffset + from * 2, (this.length - from) * 2).toString(
      'utf16le',
    );
  }

  finish(): OrderStream {
    return { text: this.textFrom(0), offsets: this.at.subarray(0, this.length), numbers: this.numbers };
  }
}

/** Words that open table 2 or 3 as written, spaces and all; the stream starts at the first block with one. */
const OPENERS = /第\s*二\s*十\s*条|信\s*息\s*内\s*容|申\s*请\s*人\s*情\s*况|本\s*年\s*新\s*收/;

/** The prose before the tables holds no table values (it may hold the same words): it is not streamed. */
function firstTableBlock(blocks: Block[]): number {
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i];
    const text = b.kind === 'paragraph' ? b.text : (b.rows[0]?.cells.map((c) => c.text).join('') ?? '');
    if (OPENERS.test(text) || (b.kind === 'table' && b.rows.some((r) => r.cells.some((c) => OPENERS.test(c.text)))))
      return i;
  }
  return 0;
}

function compactNumber(text: string): string {
  return text.normalize('NFKC').replace(/\s+/g, '');
}

/** /^\d+$/ without a regex. */
function allDigits(s: string): boolean {
  if (s.length === 0) return false;
  for (let i = 0; i < s.length; i++) if (!isDigit(s.charCodeAt(i))) return false;
  return true;
}

/** Letters, digits and ideographs; everything else (spaces, punctuation, table rules) is dropped. */
function isWordChar(c: number): boolean {
  return (
    (c >= 0x4e00 && c <= 0x9fff) ||
    (c >= 0x3400 && c <= 0x4dbf) ||
    isDigit(c) ||
    (c >= 0x41 && c <= 0x5a) ||
    (c >= 0x61 && c <= 0x7a)
  );
}
