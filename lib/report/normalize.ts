/** Text normalization shared by every stage that compares labels. */
import { ownString } from './own-string';

const WHITESPACE = /\s+/g; // JS \s covers U+00A0 and U+3000
const NON_WORD = /[^\p{L}\p{N}]/gu;
const NUMBERING = /^(?:[一二三四五六七八九十]+[、.]|\([一二三四五六七八九十]+\)|\d{1,2}[、.)]|\d{1,2}(?=[^\d]))/u;
const NOTE = /\([^()]*\)/g;
/** Notes, as opposed to numbering marks like "（一）". */
const LONG_NOTE = /\([^()]{4,}\)/g;

/** NFKC (full-width → ASCII, compatibility radicals → ideographs) with all whitespace removed. */
export function compact(text: string): string {
  switch (plainness(text)) {
    case PLAIN:
      return text;
    case PLAIN_WITH_SPACE:
      return text.replace(WHITESPACE, '');
    default:
      return compactNfkc(text);
  }
}

/**
 * Labels that need NFKC ("（一）予以公开", full-width brackets) are the form's own words, met in report
 * after report: each is normalized once. Short texts only; long prose is rarely seen twice.
 */
const NFKC_MEMO_LIMIT = 20_000;
const nfkcMemo = new Map<string, string>();

function compactNfkc(text: string): string {
  if (text.length > 64) return text.normalize('NFKC').replace(WHITESPACE, '');
  let out = nfkcMemo.get(text);
  if (out !== undefined) return out;
  out = text.normalize('NFKC').replace(WHITESPACE, '');
  if (nfkcMemo.size >= NFKC_MEMO_LIMIT) nfkcMemo.clear();
  const key = ownString(text);
  nfkcMemo.set(key, out === text ? key : ownString(out));
  return out;
}

/** NFKC, skipped for text that it leaves as it is (see `plainness`). */
export function nfkc(text: string): string {
  return plainness(text) === NEEDS_NFKC ? text.normalize('NFKC') : text;
}

/**
 * `compact(text) === word`, without making the compacted string when the text needs no NFKC (see
 * `plainness`): then `compact` only removes white space.
 */
export function compactEquals(text: string, word: string): boolean {
  if (plainness(text) === NEEDS_NFKC) return compact(text) === word;
  let j = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (isSpaceCode(c)) continue;
    if (j === word.length || c !== word.charCodeAt(j)) return false;
    j++;
  }
  return j === word.length;
}

const PLAIN = 0;
const PLAIN_WITH_SPACE = 1;
const NEEDS_NFKC = 2;

/**
 * Most label text is ASCII and common ideographs, which NFKC leaves as they are (and no two of which
 * compose), so ICU's normalization, a third of the cost of comparing labels, can be skipped for it.
 * Whitespace counts as plain: NFKC turns it into spaces (or leaves it), and all of it is removed.
 * test/report/normalize.test.ts checks the ranges against `normalize('NFKC')` character by character.
 */
function plainness(text: string): number {
  let space = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) {
      if (c === 0x20 || (c >= 0x09 && c <= 0x0d)) space = true;
    } else if (c >= 0x4e00 && c <= 0x9fff) {
      // CJK unified ideographs; also plain: 、。〃〄々〆〇〈〉《》「」『』【】 — ‘’‚‛“”
    } else if (c === 0x3000 || c === 0xa0) {
      space = true;
    } else if (!((c >= 0x3001 && c <= 0x3011) || c === 0x2014 || (c >= 0x2018 && c <= 0x201d))) {
      return NEEDS_NFKC; // anything else, full-width forms and compatibility ideographs among them
    }
  }
  return space ? PLAIN_WITH_SPACE : PLAIN;
}

/**
 * The part of a row label that identifies the row: numbering ("（三）", "1.", "一、") and parenthetical
 * notes ("（区分处理的，只计这一情形…）") removed, then only letters and digits kept.
 */
export function labelCore(text: string): string {
  let s = compact(text);
  for (let i = 0; i < 3; i++) {
    const next = s.replace(NUMBERING, '');
    if (next === s) break;
    s = next;
  }
  s = s.replace(NOTE, '');
  return s.replace(NON_WORD, '');
}

const INNER_NUMBERING =
  /(?:\d{1,2}[、.]|\([一二三四五六七八九十]+\)|[一二三四五六七八九十]+、)(?!.*(?:\d{1,2}[、.]|\([一二三四五六七八九十]+\)|[一二三四五六七八九十]+、))/u;

/**
 * When a group label and a row label share one cell ("（三）不予公开 1.属于国家秘密"), the row's own
 * label is what follows the last numbering mark. Returns null when there is no inner numbering.
 */
export function lastNumberedPart(text: string): string | null {
  const s = compact(text).replace(LONG_NOTE, '');
  const m = INNER_NUMBERING.exec(s);
  if (!m || m.index === 0) return null;
  return s.slice(m.index);
}

/** Counts CJK ideographs; a label has some, a value cell ("129600元" aside) has none. */
export function countHan(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x4e00 && c <= 0x9fff) n++;
  }
  return n;
}

/** Whether a UTF-16 code unit is white space as JS's `\s` and `trim` see it (U+00A0 and U+3000 among them). */
export function isSpaceCode(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  if (c < 0xa0) return false;
  return (
    c === 0xa0 ||
    c === 0x3000 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0xfeff
  );
}

/** `text.trim() === ''` without making the trimmed string. */
export function isBlank(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (!isSpaceCode(text.charCodeAt(i))) return false;
  return true;
}

/**
 * Whether `compact(text)` is surely longer than `n`, told without normalizing: ASCII other than spaces,
 * the common ideographs and the full-width forms each stay one character under NFKC, and none of them
 * is ever absorbed into the character before it, so their count is a lower bound on its length. Lets a
 * stage that only wants short text (headings, titles) skip normalizing long prose.
 */
export function compactsLongerThan(text: string, n: number): boolean {
  if (text.length <= n) return false;
  let count = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c > 0x20 && c < 0x7f) || (c >= 0x4e00 && c <= 0x9fff) || (c >= 0xff01 && c <= 0xff5e)) {
      if (++count > n) return true;
    }
  }
  return false;
}
