/**
 * Splitting decoded text into classified lines, the first step of the text and Markdown reader.
 *
 * For speed the lines are not objects: `splitLines` fills reused typed arrays with each line's kind,
 * start and end (one pass over the characters, no string made), and the reader slices only the text it
 * keeps — a cell's text straight from the source, a paragraph's line once.
 */
import type { Cell, SourceSpan } from '../model';
import { isBlank, isSpaceCode } from '../normalize';

export const BLANK = 0;
export const CELL = 1;
export const TAB_ROW = 2;
export const MARKDOWN = 3;
export const FOOTER = 4;
export const TEXT = 5;

/** The lines of one text: kind, start and end offset (line break excluded) of line i, for i < count. */
export interface Lines {
  count: number;
  /** Whether any line ends with CR (else every line ends with "\n", or at the text's end). */
  anyCr: boolean;
  kinds: Uint8Array;
  starts: Int32Array;
  ends: Int32Array;
}

const FOOTERS = [
  /^[-—–－─_\s]*\d{1,3}[-—–－─_\s]*$/, // "— 3 —", "- 3 -" (a bare number only counts inside tables; see isBareNumber)
  /^第\s*\d{1,3}\s*页(\s*[,，/]?\s*共\s*\d{1,3}\s*页)?$/,
  /^\d{1,3}\s*\/\s*\d{1,3}$/,
];

/** Reused from text to text (the reader runs to its end before the next text is split). */
let shared: Lines = {
  count: 0,
  anyCr: false,
  kinds: new Uint8Array(1024),
  starts: new Int32Array(1024),
  ends: new Int32Array(1024),
};

function grow(lines: Lines): Lines {
  const n = lines.kinds.length * 2;
  const bigger: Lines = {
    count: lines.count,
    anyCr: lines.anyCr,
    kinds: new Uint8Array(n),
    starts: new Int32Array(n),
    ends: new Int32Array(n),
  };
  bigger.kinds.set(lines.kinds);
  bigger.starts.set(lines.starts);
  bigger.ends.set(lines.ends);
  return bigger;
}

/**
 * Lines end at LF, CR or CRLF; the text's end ends the last line (an empty one after a final break).
 * Speed: a short line (one cell per line: "\t0") is read character by character, its end and tabs
 * found in one loop, as a call of `indexOf` costs more than reading a few characters; a line longer
 * than `SHORT_LINE` has its end and tabs found with `indexOf` (the next tab is kept and looked for again
 * only once a line starts past it, so a text without tabs is searched for one once).
 */
export function splitLines(source: string): Lines {
  let lines = shared;
  let count = 0;
  const n = source.length;
  const anyCr = source.indexOf('\r') >= 0;
  let nextTab = -2; // not looked for yet; -1: no tab after the last place looked from
  for (let start = 0; ; ) {
    let end = -1;
    let tabs = 0; // tabs in the line, counted up to two
    let firstTab = -1;
    const stop = Math.min(n, start + SHORT_LINE);
    for (let i = start; i < stop; i++) {
      const c = source.charCodeAt(i);
      if (c === 10 || (c === 13 && anyCr)) {
        end = i;
        break;
      }
      if (c === TAB_CODE && tabs < 2) {
        if (tabs === 0) firstTab = i;
        tabs++;
      }
    }
    if (end < 0 && stop === n) end = n;
    let kind: number;
    if (end >= 0) {
      kind = kindOf(source, start, end, firstTab, tabs);
    } else {
      end = anyCr ? lineEndAt(source, start) : source.indexOf('\n', start);
      if (end < 0) end = n;
      if (nextTab === -2 || (nextTab >= 0 && nextTab < start)) nextTab = source.indexOf('\t', start);
      if (nextTab === start) {
        const second = source.indexOf('\t', start + 1);
        nextTab = second;
        kind = kindOf(source, start, end, start, second < 0 || second >= end ? 1 : 2);
      } else {
        const tabInLine = nextTab >= 0 && nextTab < end;
        kind = kindOf(source, start, end, tabInLine ? nextTab : -1, tabInLine ? 1 : 0);
      }
    }
    if (count === lines.kinds.length) shared = lines = grow(lines);
    lines.kinds[count] = kind;
    lines.starts[count] = start;
    lines.ends[count] = end;
    count++;
    if (end === n) break;
    start = source.charCodeAt(end) === 13 && source.charCodeAt(end + 1) === 10 ? end + 2 : end + 1;
  }
  lines.count = count;
  lines.anyCr = anyCr;
  return lines;
}

/** Lines up to this many characters are read character by character (see `splitLines`). */
const SHORT_LINE = 48;
const TAB_CODE = 9;

/**
 * A line's kind from its tabs: `firstTab` the first tab's offset (-1 for none), `tabs` how many it holds,
 * counted up to two. A line starting with a tab and holding no other is a cell, even when it holds only
 * spaces: an empty cell, not a row break.
 */
function kindOf(source: string, start: number, end: number, firstTab: number, tabs: number): number {
  if (firstTab === start) return tabs === 1 ? CELL : classify(source, start, end, true);
  return classify(source, start, end, tabs > 0);
}

/** Where the line starting at `start` ends: the next CR or LF, or the text's end. */
function lineEndAt(source: string, start: number): number {
  for (let i = start; i < source.length; i++) {
    const c = source.charCodeAt(i);
    if (c === 10 || c === 13) return i;
  }
  return source.length;
}

function classify(source: string, start: number, end: number, tab: boolean): number {
  let first = start;
  while (first < end && isSpaceCode(source.charCodeAt(first))) first++;
  if (first === end) return BLANK;
  if (source.charCodeAt(first) === 0x7c) return MARKDOWN; // "|" first once trimmed
  if (tab) return TAB_ROW;
  let last = end - 1;
  while (isSpaceCode(source.charCodeAt(last))) last--;
  for (let i = first; i <= last; i++) {
    const c = source.charCodeAt(i);
    // A footer's characters: - — – － ─ / 页
    if (c === 0x2d || c === 0x2f || c === 0x2014 || c === 0x2013 || c === 0xff0d || c === 0x2500 || c === 0x9875) {
      const trimmed = source.slice(first, last + 1);
      for (const re of FOOTERS) if (re.test(trimmed)) return FOOTER;
      return TEXT;
    }
  }
  return TEXT;
}

export function isBareNumber(text: string): boolean {
  return /^\s*\d{1,3}\s*$/.test(text);
}

/** A cell for `text` found at `offset`, its span narrowed to the text without surrounding blanks. */
export function makeCell(text: string, offset: number): Cell {
  return { text, span: trimmedSpan(text, offset), colSpan: 1, rowSpan: 1 };
}

export function trimmedSpan(text: string, offset: number): SourceSpan {
  let a = 0;
  let b = text.length;
  while (a < b && isSpaceCode(text.charCodeAt(a))) a++;
  while (b > a && isSpaceCode(text.charCodeAt(b - 1))) b--;
  return { offset: offset + a, length: b - a };
}

/** The cells of `source` from `start` to `end`, split at each `separator` character, with their offsets. */
export function splitCells(source: string, start: number, end: number, separator: number): Cell[] {
  const cells: Cell[] = [];
  let from = start;
  for (let i = start; i <= end; i++) {
    if (i < end && source.charCodeAt(i) !== separator) continue;
    cells.push(makeCell(source.slice(from, i), from));
    from = i + 1;
  }
  return cells;
}

const NUMBER_TOKEN = '[+\\-]?\\d[\\d,]*(?:\\.\\d+)?(?:万元|元)?';
const SPACED_ROW = new RegExp(`^(.*?[^\\d\\s,.+\\-])?\\s*(${NUMBER_TOKEN}(?:\\s+${NUMBER_TOKEN})*)\\s*$`);

/** Whether the line's last character before trailing spaces can end a number token (a digit, a comma, 元): prose seldom does. */
function endsLikeNumber(text: string): boolean {
  let i = text.length - 1;
  while (i >= 0 && isSpaceCode(text.charCodeAt(i))) i--;
  if (i < 0) return false;
  const c = text.charCodeAt(i);
  return (c >= 0x30 && c <= 0x39) || c === 0x2c || c === 0x5143; // 0-9 , 元
}

/**
 * A line of plain text that is a table row: a label followed by numbers separated by spaces, or by
 * nothing at all (numbers run together), or numbers only. Returns its cells, or null for prose.
 */
export function spacedRowCells(text: string, offset: number): Cell[] | null {
  if (text.length > 200 || !endsLikeNumber(text)) return null;
  const m = SPACED_ROW.exec(text);
  if (!m) return null;
  const label = m[1] ?? '';
  // A sentence wrapped before its last number ("…统计期限为 2025") is prose, not a row: labels have no full stop.
  if (label.length > 80 || /[。；;！？]/.test(label) || /年$|月$|第$|为$/.test(label.trim())) return null;
  const cells: Cell[] = [];
  if (!isBlank(label)) cells.push(makeCell(label, offset));
  const numbersAt = text.trimEnd().length - m[2].length;
  const re = /\S+/g;
  for (let t = re.exec(m[2]); t; t = re.exec(m[2])) cells.push(makeCell(t[0], offset + numbersAt + t.index));
  return cells;
}
