/**
 * The bytes of PDF syntax (ISO 32000-1, 7.2): which are white space, which delimit tokens, and how far
 * a comment, a string or a name runs. Shared by the checks that read a PDF before pdf.js does.
 */

const LT = 0x3c;
const GT = 0x3e;
const PERCENT = 0x25;
const OPEN_PAREN = 0x28;
const CLOSE_PAREN = 0x29;
const BACKSLASH = 0x5c;
const SLASH = 0x2f;

const SPACE = new Uint8Array(256);
for (const c of [0x00, 0x09, 0x0a, 0x0c, 0x0d, 0x20]) SPACE[c] = 1;
const DELIMITER = new Uint8Array(256);
for (const c of '()<>[]{}/%') DELIMITER[c.charCodeAt(0)] = 1;

/** Per byte: 1 white space, 2 delimiter, 0 regular. A copy, for loops that read it for every byte. */
export function byteClasses(): Uint8Array {
  return SPACE.map((space, c) => (space ? 1 : DELIMITER[c] ? 2 : 0));
}

export const isSpace = (c: number): boolean => SPACE[c] === 1;
/** Neither white space nor a delimiter: a byte of a number, keyword or name. */
export const isRegular = (c: number): boolean => SPACE[c] === 0 && DELIMITER[c] === 0;

export function skipSpaceAndComments(b: Uint8Array, i: number, end = b.length): number {
  while (i < end) {
    if (SPACE[b[i]]) i++;
    else if (b[i] === PERCENT) i = skipComment(b, i, end);
    else break;
  }
  return i;
}

/** From "%" to the end of its line. */
function skipComment(b: Uint8Array, i: number, end = b.length): number {
  while (i < end && b[i] !== 0x0a && b[i] !== 0x0d) i++;
  return i;
}

/** From "(" past its balanced ")"; a backslash escapes the next byte. An unclosed string runs to the end. */
export function skipLiteralString(b: Uint8Array, i: number, end = b.length): number {
  let open = 0;
  for (; i < end; i++) {
    const c = b[i];
    if (c === BACKSLASH) i++;
    else if (c === OPEN_PAREN) open++;
    else if (c === CLOSE_PAREN && --open === 0) return i + 1;
  }
  return end;
}

/** From "<" (not "<<") past the ">" that ends a hex string. */
export function skipHexString(b: Uint8Array, i: number, end = b.length): number {
  const close = b.indexOf(GT, i + 1);
  return close < 0 || close >= end ? end : close + 1;
}

/** From "/" past the name's last byte. */
function skipName(b: Uint8Array, i: number, end = b.length): number {
  i++;
  while (i < end && isRegular(b[i])) i++;
  return i;
}

/** Past a run of regular bytes (a number or keyword). */
export function skipRegular(b: Uint8Array, i: number, end = b.length): number {
  while (i < end && isRegular(b[i])) i++;
  return i;
}

/** Whether `word` stands at `i` as a whole token (no regular byte just before or after it). */
export function isTokenAt(b: Uint8Array, i: number, word: string): boolean {
  if (i > 0 && isRegular(b[i - 1])) return false;
  for (let k = 0; k < word.length; k++) if (b[i + k] !== word.charCodeAt(k)) return false;
  const after = i + word.length;
  return after >= b.length || !isRegular(b[after]);
}

/** Skips one string, comment or name at `i` if there is one; returns `i` otherwise. */
export function skipOpaque(b: Uint8Array, i: number, end = b.length): number {
  const c = b[i];
  if (c === PERCENT) return skipComment(b, i, end);
  if (c === OPEN_PAREN) return skipLiteralString(b, i, end);
  if (c === SLASH) return skipName(b, i, end);
  if (c === LT && b[i + 1] !== LT) return skipHexString(b, i, end);
  return i;
}

export const latin1 = (b: Uint8Array, from: number, to: number): string =>
  Buffer.from(b.buffer, b.byteOffset + from, Math.max(0, to - from)).toString('latin1');
