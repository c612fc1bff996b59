/**
 * Bytes → text, with the encoding detected rather than told: BOMs, UTF-16 by its NUL pattern, strict
 * UTF-8, else GB18030 — unless that reads as noise (Big5, Shift-JIS), which is refused, never guessed.
 * UTF-8 with a few damaged bytes (a file cut mid-character, a bad sector) is read with U+FFFD in their
 * place ('utf-8-lossy'): a cell holding one is unreadable, so no number is made up from them.
 */
import { guessLegacyEncoding, looksGarbled } from './encoding-guess';
import { UnreadableReportError } from './errors';

export type TextEncodingName = 'utf-8' | 'utf-8-bom' | 'utf-8-lossy' | 'utf-16le' | 'utf-16be' | 'gb18030';

export interface DecodedText {
  text: string;
  encoding: TextEncodingName;
}

const utf8 = new TextDecoder('utf-8', { fatal: true });
const gb18030 = new TextDecoder('gb18030', { fatal: true });

export function decodeBytes(bytes: Uint8Array): DecodedText {
  if (bytes.length === 0) throw new UnreadableReportError('the file is empty');
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    try {
      return { text: utf8.decode(bytes.subarray(3)), encoding: 'utf-8-bom' };
    } catch {
      const text = lenientUtf8(bytes.subarray(3));
      if (text === null) throw new UnreadableReportError('the text is not valid UTF-8');
      return { text, encoding: 'utf-8-lossy' };
    }
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' };
  }
  const utf16 = utf16WithoutBom(bytes);
  if (utf16) return { text: strict(new TextDecoder(utf16, { fatal: true }), bytes, utf16.toUpperCase()), encoding: utf16 };
  if (looksBinary(bytes)) {
    throw new UnreadableReportError('the file is binary, not a document this parser reads (text, HTML, Markdown, DOCX or PDF)');
  }
  try {
    return { text: utf8.decode(bytes), encoding: 'utf-8' };
  } catch {
    // fall through to GB18030
  }
  let text: string | null = null;
  try {
    text = gb18030.decode(bytes);
  } catch {
    // named below
  }
  if (text !== null && !looksGarbled(text)) return { text, encoding: 'gb18030' };
  const lossy = lenientUtf8(bytes);
  if (lossy !== null) return { text: lossy, encoding: 'utf-8-lossy' };
  const guess = guessLegacyEncoding(bytes);
  const what = guess ? `; it looks like ${guess}` : ', and its encoding is not recognized';
  throw new UnreadableReportError(`the text is not in UTF-8 or GB18030${what}: save it as UTF-8 and import it again`);
}

/**
 * UTF-16 without a byte-order mark: ASCII characters (digits, tabs, line ends) put a NUL in every other
 * byte, all on the same side; binary files have NULs on both sides.
 */
function utf16WithoutBom(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(bytes.length, 4096) & ~1;
  if (n < 8) return null;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) even++;
    if (bytes[i + 1] === 0) odd++;
  }
  const pairs = n / 2;
  // Some CJK characters have a zero low byte too (U+3000 ideographic space, U+4E00 一): allow some.
  if (odd >= pairs * 0.1 && even < odd / 2) return 'utf-16le';
  if (even >= pairs * 0.1 && odd < even / 2) return 'utf-16be';
  return null;
}

/** UTF-8 with its invalid bytes replaced, when they are few (≤ 16, and ≤ 0.5% of the characters). */
function lenientUtf8(bytes: Uint8Array): string | null {
  const text = new TextDecoder('utf-8').decode(bytes);
  let bad = 0;
  for (let i = text.indexOf('\uFFFD'); i >= 0 && bad <= 16; i = text.indexOf('\uFFFD', i + 1)) bad++;
  return bad <= 16 && bad * 200 <= text.length ? text : null;
}

function strict(decoder: TextDecoder, bytes: Uint8Array, name: string): string {
  try {
    return decoder.decode(bytes);
  } catch {
    throw new UnreadableReportError(`the text is not valid ${name}`);
  }
}

/** NUL bytes or many control characters in the first 4 KB mean a binary file (ZIP, PDF stream, image). */
function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 4096);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i];
    if (b === 0) return true;
    if (b < 0x09 || (b > 0x0d && b < 0x20)) control++;
  }
  return control > n / 20;
}
