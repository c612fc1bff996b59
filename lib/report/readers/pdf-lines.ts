/**
 * Positioned text → lines → paragraphs. Items on one baseline form a line; fragments that touch are
 * joined without a space (PDF producers cut runs anywhere, even inside a word or number), wider gaps
 * become one space. Lines that continue a wrapped paragraph are joined back into one paragraph.
 */

/** One text run, NFKC-normalized, in viewport points (y down). */
export interface TextItem {
  text: string;
  x0: number;
  x1: number;
  /** Baseline. */
  base: number;
  size: number;
  font: string;
}

export interface Line {
  items: TextItem[];
  text: string;
  x0: number;
  x1: number;
  base: number;
  size: number;
  font: string;
}

/** Fragments closer than this (in em) touch. */
const TOUCH_EM = 0.3;
/** Items whose baselines differ by less than this (in em) share a line. */
const SAME_LINE_EM = 0.4;

export const centreY = (it: TextItem) => it.base - 0.35 * it.size;
export const centreX = (it: TextItem) => (it.x0 + it.x1) / 2;

/** Items of one line, left to right, joined: touching fragments directly, others with one space. */
export function joinFragments(items: TextItem[]): string {
  let s = '';
  let prev: TextItem | null = null;
  for (const it of items) {
    if (prev && it.x0 - prev.x1 >= TOUCH_EM * Math.min(prev.size, it.size)) s += ' ';
    s += it.text;
    prev = it;
  }
  return s;
}

/** Splits a line's items where the gap is wider than `gapEm` em (table columns without borders). */
export function segments(items: TextItem[], gapEm: number): TextItem[][] {
  const out: TextItem[][] = [];
  for (const it of items) {
    const last = out[out.length - 1];
    const prev = last?.[last.length - 1];
    if (prev && it.x0 - prev.x1 < gapEm * Math.min(prev.size, it.size)) last.push(it);
    else out.push([it]);
  }
  return out;
}

/** Groups items into lines, top to bottom, each line's items left to right. */
export function buildLines(items: TextItem[]): Line[] {
  const sorted = [...items].sort((p, q) => p.base - q.base || p.x0 - q.x0);
  const groups: TextItem[][] = [];
  for (const it of sorted) {
    const g = groups[groups.length - 1];
    if (g && Math.abs(it.base - g[0].base) < SAME_LINE_EM * Math.min(it.size, g[0].size)) g.push(it);
    else groups.push([it]);
  }
  return groups.map(toLine);
}

export function toLine(items: TextItem[]): Line {
  const sorted = [...items].sort((p, q) => p.x0 - q.x0);
  let size = 0;
  let font = '';
  let longest = -1;
  for (const it of sorted) {
    size = Math.max(size, it.size);
    if (it.text.length > longest) {
      longest = it.text.length;
      font = it.font;
    }
  }
  return {
    items: sorted,
    text: joinFragments(sorted),
    x0: sorted[0].x0,
    x1: Math.max(...sorted.map((i) => i.x1)),
    base: Math.max(...sorted.map((i) => i.base)),
    size,
    font,
  };
}

/** Lines of text inside one box (a table cell), top to bottom, joined with "\n". */
export function boxText(items: TextItem[]): string {
  return buildLines(items)
    .map((l) => l.text)
    .join('\n');
}

const HEADING_START =
  /^\s*(?:[一二三四五六七八九十]+、|[(（][一二三四五六七八九十]+[)）]|第[一二三四五六七八九十]+[章节条部分]|\d{1,2}[.、](?!\d))/;

export interface Margins {
  left: number;
  right: number;
}

/** The page's text column: the most common left edge and the rightmost right edge of its lines. */
export function proseMargins(lines: Line[]): Margins {
  if (lines.length === 0) return { left: 0, right: 0 };
  const counts = new Map<number, number>();
  for (const l of lines) counts.set(Math.round(l.x0), (counts.get(Math.round(l.x0)) ?? 0) + 1);
  let left = lines[0].x0;
  let best = 0;
  for (const [x, n] of counts) if (n > best || (n === best && x < left)) [left, best] = [x, n];
  return {
    left: Math.min(left, ...lines.filter((l) => Math.abs(l.x0 - left) < 2).map((l) => l.x0)),
    right: Math.max(...lines.map((l) => l.x1)),
  };
}

/**
 * Whether `next` continues the paragraph that `prev` ends: `prev` runs to the right margin, `next` starts
 * at the left margin (no first-line indent), in the same font and size, on the following line, and does
 * not open with a heading number.
 */
export function continues(prev: Line, next: Line, m: Margins, sameBlock: boolean): boolean {
  const em = prev.size;
  if (prev.x1 < m.right - 1.5 * em) return false;
  if (next.x0 > m.left + 0.5 * em || Math.abs(next.size - prev.size) > 0.5 || next.font !== prev.font) return false;
  if (sameBlock && (next.base - prev.base > 2.2 * em || next.base <= prev.base)) return false;
  return !HEADING_START.test(next.text);
}

/** Joins a wrapped paragraph's lines: no space between CJK or digits, one between Latin words. */
export function joinLines(texts: string[]): string {
  let s = texts[0] ?? '';
  for (let i = 1; i < texts.length; i++) {
    const t = texts[i];
    s += /[A-Za-z]$/.test(s) && /^[A-Za-z]/.test(t) ? ` ${t}` : t;
  }
  return s;
}

/** Groups a page's prose lines (top to bottom) into paragraphs of lines. */
export function groupParagraphs(lines: Line[], m: Margins): Line[][] {
  const paras: Line[][] = [];
  for (const line of lines) {
    const last = paras[paras.length - 1];
    if (last && continues(last[last.length - 1], line, m, true)) last.push(line);
    else paras.push([line]);
  }
  return paras;
}
