/** Reading one table cell as a value: a number (with its unit), a blank, or something unreadable. */
import { compact, isBlank } from './normalize';
import { ownString } from './own-string';

export type CellValue =
  | { kind: 'number'; value: number; unit: string | null; negative: boolean; decimal: boolean }
  | { kind: 'blank'; mark: string | null }
  | { kind: 'unreadable' };

const NUMBER = /^([+-])?(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?(万元|元|件|条|个|项|篇|次|份|人次)?$/;
/** Marks that stand for "nothing written" in a cell. They stay null: a dash is not a zero. */
const BLANK_MARKS = new Set(['/', '-', '—', '–', '−', '——', '--', '无', '空', '\\']);

/** Most cells are plain digits with some blanks around them; they need no normalization. */
const PLAIN_DIGITS = /^[ \t\r\n\u00a0\u3000]*(\d{1,9})[ \t\r\n\u00a0\u3000]*$/;

/** Cell texts repeat a great deal ("0", "\u00a0"); their readings are immutable, so they are shared. */
const memo = new Map<string, CellValue>();

/** The reading of a text of white space only (`compact` leaves nothing of it). */
const BLANK: CellValue = { kind: 'blank', mark: null };

/** The readings of "0" to "999", the cells of nearly every table, found without hashing the text. */
const SMALL_NUMBERS: CellValue[] = Array.from({ length: 1000 }, (_, n) => ({
  kind: 'number',
  value: n,
  unit: null,
  negative: false,
  decimal: false,
}));

export function readCellValue(text: string): CellValue {
  const small = smallNumber(text);
  if (small >= 0) return SMALL_NUMBERS[small];
  const padded = paddedNumber(text);
  if (padded >= 0) return padded < 1000 ? SMALL_NUMBERS[padded] : plainNumber(padded);
  // Blank cells ("", "\u00a0", a space) are fresh strings too: what `readUncached` reads them as, without the memo.
  if (isBlank(text)) return BLANK;
  let value = memo.get(text);
  if (value) return value;
  value = readUncached(text);
  if (memo.size > 20_000) memo.clear();
  memo.set(ownString(text), value);
  return value;
}

/** The value of a text of one to three ASCII digits, -1 for any other text. */
function smallNumber(text: string): number {
  if (text.length === 0 || text.length > 3) return -1;
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const d = text.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return -1;
    n = n * 10 + d;
  }
  return n;
}

/**
 * The value of a text `PLAIN_DIGITS` matches (one to nine digits with the spaces it allows around them),
 * read without the expression or a lookup; -1 for any other text.
 */
function paddedNumber(text: string): number {
  const n = text.length;
  let i = 0;
  while (i < n && isPadding(text.charCodeAt(i))) i++;
  const start = i;
  let value = 0;
  for (; i < n; i++) {
    const d = text.charCodeAt(i) - 48;
    if (d < 0 || d > 9) break;
    value = value * 10 + d;
  }
  const digits = i - start;
  if (digits < 1 || digits > 9) return -1;
  while (i < n && isPadding(text.charCodeAt(i))) i++;
  return i === n ? value : -1;
}

/** The spaces `PLAIN_DIGITS` allows around the digits: space, tab, CR, LF, U+00A0, U+3000. */
function isPadding(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x0d || c === 0x0a || c === 0xa0 || c === 0x3000;
}

function plainNumber(value: number): CellValue {
  return { kind: 'number', value, unit: null, negative: false, decimal: false };
}

/** Digits, a line break or space, digits: two numbers in one cell (`<td>4<br>2</td>`), never one "42". */
const TWO_NUMBERS = /\d[ \t\r\n\u00a0\u3000]+[+-]?\d/;

function readUncached(text: string): CellValue {
  const plain = PLAIN_DIGITS.exec(text);
  if (plain) return { kind: 'number', value: Number(plain[1]), unit: null, negative: false, decimal: false };
  if (TWO_NUMBERS.test(text)) return { kind: 'unreadable' };
  const t = compact(text).replace(/[－−]/g, '-');
  if (t === '') return { kind: 'blank', mark: null };
  if (BLANK_MARKS.has(t)) return { kind: 'blank', mark: t };
  const m = NUMBER.exec(t);
  if (!m) return { kind: 'unreadable' };
  const digits = m[2].replace(/,/g, '');
  // Beyond 15 significant digits a double no longer holds the number as written: unreadable, not rounded.
  if ((digits + (m[3] ?? '')).replace(/^0+/, '').length > 15) return { kind: 'unreadable' };
  const value = Number(m[3] ? `${digits}.${m[3]}` : digits) * (m[1] === '-' ? -1 : 1);
  return {
    kind: 'number',
    value: Object.is(value, -0) ? 0 : value,
    unit: m[4] ?? null,
    negative: value < 0,
    decimal: !!m[3],
  };
}

/** True for cells that belong to a row's value area (numbers, blanks, dashes). */
export function isValueText(text: string): boolean {
  // Speed: label cells, asked about in every row, are fresh strings each report; they are told apart
  // without hashing them for the memo (see `holdsWord`).
  if (holdsWord(text)) return false;
  return readCellValue(text).kind !== 'unreadable';
}

/** The ideographs a value may hold: its unit's (万元 元 件 条 个 项 篇 次 份 人次, see NUMBER) and the blank marks 无 空. */
const VALUE_IDEOGRAPHS = new Set(Array.from('万元件条个项篇次份人无空', (c) => c.charCodeAt(0)));

/**
 * Whether the text holds a CJK unified ideograph (U+4E00–U+9FFF) that no value holds: such a text never
 * reads as one. NFKC leaves these ideographs as they are and `compact` keeps them, so the text
 * `readUncached` matches still holds it: no number, no blank mark, not empty.
 */
function holdsWord(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x4e00 && c <= 0x9fff && !VALUE_IDEOGRAPHS.has(c)) return true;
  }
  return false;
}

/** A run of digits that may be several numbers written together ("801000081"). */
export function isDigitRun(text: string): boolean {
  return /^\d{2,}$/.test(compact(text));
}
