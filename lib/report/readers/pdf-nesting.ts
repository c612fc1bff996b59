/**
 * How deep arrays and dictionaries (and the procedures of a PostScript function) nest in PDF syntax:
 * in the objects of the file, of an object stream, or in a content stream. pdf.js reads a nested value by recursion, so a few thousand levels
 * overflow its stack; this is counted first, without recursion. Strings, names and comments are
 * skipped, as is the binary data of an inline image (ID … EI); "obj" and "endobj" start a new count,
 * so one damaged object cannot add to the next.
 */
import { byteClasses, skipOpaque } from './pdf-syntax';

// Local, not imported: a bundler may turn an imported binding into a getter, read here for every byte.
const CLASS = byteClasses();
const REGULAR = 0;
const SPACE = 1;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;
const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;
const LT = 0x3c;
const GT = 0x3e;
const I = 0x49;
const D = 0x44;
const E = 0x45;

/** The deepest nesting in bytes [from, to). */
export function nestingDepth(b: Uint8Array, from = 0, to = b.length): number {
  let depth = 0;
  let max = 0;
  let i = from;
  while (i < to) {
    const c = b[i];
    if (c === OPEN_BRACKET || c === OPEN_BRACE || (c === LT && b[i + 1] === LT)) {
      if (++depth > max) max = depth;
      i += c === LT ? 2 : 1;
    } else if (c === CLOSE_BRACKET || c === CLOSE_BRACE || (c === GT && b[i + 1] === GT)) {
      if (depth > 0) depth--;
      i += c === GT ? 2 : 1;
    } else if (c === 0x25 || c === 0x28 || c === 0x2f || c === LT) {
      i = Math.max(i + 1, skipOpaque(b, i, to));
    } else if (CLASS[c] === REGULAR) {
      let end = i + 1;
      while (end < to && CLASS[b[end]] === REGULAR) end++;
      if (end - i === 2 && c === I && b[i + 1] === D) i = skipInlineImage(b, end, to);
      else {
        if (isObjKeyword(b, i, end)) depth = 0;
        i = end;
      }
    } else i++;
  }
  return max;
}

/** "obj" or "endobj" in bytes [from, to). */
function isObjKeyword(b: Uint8Array, from: number, to: number): boolean {
  const n = to - from;
  if (n === 6 && !(b[from] === 0x65 && b[from + 1] === 0x6e && b[from + 2] === 0x64)) return false; // "end"
  return (n === 3 || n === 6) && b[to - 3] === 0x6f && b[to - 2] === 0x62 && b[to - 1] === 0x6a; // "obj"
}

/** From just after "ID" past the "EI" that ends the image data (white space before it, none of its bytes after). */
function skipInlineImage(b: Uint8Array, from: number, to: number): number {
  let i = from + 1;
  while (i < to) {
    const at = b.indexOf(E, i);
    if (at < 0 || at + 1 >= to) return to;
    if (b[at + 1] === I && CLASS[b[at - 1]] === SPACE && (at + 2 >= to || CLASS[b[at + 2]] !== REGULAR)) return at + 2;
    i = at + 1;
  }
  return to;
}
