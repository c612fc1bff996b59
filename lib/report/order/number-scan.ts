/**
 * Character-level tests of the order stream (`stream.ts`) where a number stands in a piece of text: where
 * it ends, and whether the words before it make it prose. Written as char-code loops where the stream
 * used to slice the text and run a regex per number.
 */

const PROSE_BEFORE = /(?:[A-Za-z_/\\.:：@=?&~〔[【第]|\d[-/])\s*$/;

/** How far a number is looked for from its first character. */
export const NUMBER_WINDOW = 48;

/**
 * Where the number starting at i ends: /^[+-]?\d+(?:,\d{3})*(?:\.\d+)?/ on s[i, limit) by hand (the
 * regex on a slice was a slice and a match per number). The caller has checked that a digit, or a sign
 * and a digit, starts it.
 */
export function numberEnd(s: string, i: number, limit: number): number {
  let at = i;
  const c = s.charCodeAt(at);
  if (c === 0x2b || c === 0x2d) at++;
  while (at < limit && isDigit(s.charCodeAt(at))) at++;
  // Thousands groups: a comma and exactly three digits, as many as follow.
  while (
    at + 3 < limit &&
    s.charCodeAt(at) === 0x2c &&
    isDigit(s.charCodeAt(at + 1)) &&
    isDigit(s.charCodeAt(at + 2)) &&
    isDigit(s.charCodeAt(at + 3))
  )
    at += 4;
  if (at + 1 < limit && s.charCodeAt(at) === 0x2e && isDigit(s.charCodeAt(at + 1))) {
    at += 2;
    while (at < limit && isDigit(s.charCodeAt(at))) at++;
  }
  return at;
}

/**
 * PROSE_BEFORE on the three characters before i. An ideograph right before the number (a label, most
 * numbers of a run-together table) is neither a space nor one of its characters but 第: not matched,
 * and no slice is made for it.
 */
export function proseBefore(s: string, i: number): boolean {
  const prev = s.charCodeAt(i - 1);
  if (prev >= 0x4e00 && prev <= 0x9fff && prev !== 0x7b2c) return false;
  return PROSE_BEFORE.test(s.slice(Math.max(0, i - 3), i));
}

export function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}
