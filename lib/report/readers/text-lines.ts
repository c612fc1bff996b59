/** Splitting decoded text into classified lines, the first step of the text and Markdown reader. */
import type { Cell, SourceSpan } from '../model';
import { isBlank, isSpaceCode } from '../normalize';

export type LineKind = 'blank' | 'cell' | 'tab-row' | 'markdown' | 'footer' | 'text';

export interface Line {
  kind: LineKind;
  text: string;
  offset: number;
}

const FOOTER = [
  /^[-—–－─_\s]*\d{1,3}[-—–－─_\s]*$/, // "— 3 —", "- 3 -" (a bare number only counts inside tables; see isBareNumber)
  /^第\s*\d{1,3}\s*页(\s*[,，/]?\s*共\s*\d{1,3}\s*页)?$/,
  /^\d{1,3}\s*\/\s*\d{1,3}$/,
];

export function splitLines(source: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  for (let i = 0; i <= source.length; i++) {
    const c = i < source.length ? source.charCodeAt(i) : 10;
    if (c !== 10 && c !== 13) continue;
    const text = source.slice(start, i);
    lines.push({ kind: classify(text), text, offset: start });
    if (c === 13 && source.charCodeAt(i + 1) === 10) i++;
    start = i + 1;
  }
  return lines;
}

function classify(text: string): LineKind {
  // A line starting with a tab is a cell even when it holds only spaces: an empty cell, not a row break.
  const tab = text.indexOf('\t');
  if (tab === 0 && text.indexOf('\t', 1) < 0) return 'cell';
  const trimmed = text.trim();
  if (trimmed === '') return 'blank';
  if (trimmed.startsWith('|')) return 'markdown';
  if (tab >= 0) return 'tab-row';
  if (/[-—–－─]/.test(trimmed) || /页|\//.test(trimmed)) {
    if (FOOTER.some((re) => re.test(trimmed))) return 'footer';
  }
  return 'text';
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

/** Splits a line on a separator character into cells with their offsets. */
export function splitCells(text: string, offset: number, separator: string): Cell[] {
  const cells: Cell[] = [];
  let start = 0;
  for (;;) {
    const at = text.indexOf(separator, start);
    const end = at < 0 ? text.length : at;
    cells.push(makeCell(text.slice(start, end), offset + start));
    if (at < 0) return cells;
    start = at + 1;
  }
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
