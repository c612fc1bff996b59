/**
 * Bytes → text, with the encoding detected rather than told: BOMs, UTF-16 by its NUL pattern, strict
 * UTF-8, else GB18030 — unless that reads as noise (Big5, Shift-JIS), which is refused, never guessed.
 * UTF-8 with a few damaged bytes (a file cut mid-character, a bad sector) is read with U+FFFD in their
 * place ('utf-8-lossy'): a cell holding one is unreadable, so no number is made up from them.
 */
import { isUtf8, transcode } from 'node:buffer';
import { guessLegacyEncoding, looksGarbled } from './encoding-guess';
import { UnreadableReportError } from './errors';

export type TextEncodingName = 'utf-8' | 'utf-8-bom' | 'utf-8-lossy' | 'utf-16le' | 'utf-16be' | 'utf-32' | 'gb18030';

export interface DecodedText {
  text: string;
  encoding: TextEncodingName;
}

const gb18030 = new TextDecoder('gb18030', { fatal: true });

export function decodeBytes(bytes: Uint8Array): DecodedText {
  if (bytes.length === 0) throw new UnreadableReportError('the file is empty');
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    const body = bytes.subarray(3);
    if (isUtf8(body)) return { text: withoutBom(validUtf8(body)), encoding: 'utf-8-bom' };
    const text = lenientUtf8(body);
    if (text === null) throw new UnreadableReportError('the text is not valid UTF-8');
    return { text, encoding: 'utf-8-lossy' };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' };
  }
  const utf32 = utf32WithoutBom(bytes);
  if (utf32 !== null) return { text: utf32, encoding: 'utf-32' };
  // UTF-8 and GB18030 text has no NUL byte: only a NUL in the head may be UTF-16's (or binary).
  const utf16 = bytes.subarray(0, UTF16_HEAD).indexOf(0) >= 0 ? utf16WithoutBom(bytes) : null;
  if (utf16)
    return { text: strict(new TextDecoder(utf16, { fatal: true }), bytes, utf16.toUpperCase()), encoding: utf16 };
  if (looksBinary(bytes)) throw binaryFile();
  if (isUtf8(bytes)) return { text: validUtf8(bytes), encoding: 'utf-8' };
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
 * UTF-16 without a byte-order mark: NUL bytes, and one of the two byte orders reads as text (letters,
 * ideographs, punctuation, spaces). The side the NULs fall on is not enough: ASCII puts them on one side,
 * U+3000 (the ideographic space, frequent in Word exports) and U+4E00 一 on the other.
 */
const UTF16_HEAD = 4096;

function utf16WithoutBom(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(bytes.length, UTF16_HEAD) & ~1;
  if (n < 8) return null;
  let zeros = 0;
  for (let i = 0; i < n; i++) if (bytes[i] === 0) zeros++;
  if (zeros === 0) return null; // UTF-8 and GB18030 text has none: any NUL may be UTF-16's
  const head = bytes.subarray(0, n);
  const le = textShare(new TextDecoder('utf-16le').decode(head));
  const be = textShare(new TextDecoder('utf-16be').decode(head));
  if (Math.max(le, be) < 0.95) return null;
  return le >= be ? 'utf-16le' : 'utf-16be';
}

/** UTF-32 (no TextDecoder in Node reads it): every code unit four bytes, two of them NUL for BMP text. */
function utf32WithoutBom(bytes: Uint8Array): string | null {
  if (bytes.length < 16 || bytes.length % 4 !== 0) return null;
  for (const littleEndian of [true, false]) {
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const start = bytes.length >= 4 && view.getUint32(0, littleEndian) === 0xfeff ? 4 : 0;
    const codes: number[] = [];
    let ok = true;
    for (let i = start; i < bytes.length; i += 4) {
      const c = view.getUint32(i, littleEndian);
      if (c > 0x10ffff || (c >= 0xd800 && c <= 0xdfff)) {
        ok = false;
        break;
      }
      codes.push(c);
    }
    if (!ok) continue;
    let text = '';
    for (let i = 0; i < codes.length; i += 4096) text += String.fromCodePoint(...codes.slice(i, i + 4096));
    if (textShare(text.slice(0, 2048)) >= 0.95) return text;
  }
  return null;
}

/** Share of characters a report's text is made of: spaces, ASCII, Latin, punctuation, CJK. */
function textShare(text: string): number {
  if (text.length === 0) return 0;
  let good = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (
      (c >= 0x09 && c <= 0x0d) ||
      (c >= 0x20 && c <= 0x7e) ||
      (c >= 0xa0 && c <= 0x24f) ||
      (c >= 0x2000 && c <= 0x206f) ||
      (c >= 0x2e80 && c <= 0x303f) ||
      (c >= 0x3400 && c <= 0x9fff) ||
      (c >= 0xf900 && c <= 0xfaff) ||
      (c >= 0xff00 && c <= 0xffef)
    )
      good++;
  }
  return good / text.length;
}

/**
 * Bytes `isUtf8` accepted, as a string: what the strict decoder gives, a leading U+FEFF kept (the callers
 * strip the BOM themselves). Transcoded to UTF-16 by ICU and copied into a string as it stands: ~5× as fast as
 * Node's TextDecoder on a 56 KB HTML page (12.7 against 70 µs) and twice as fast as a decoding loop in
 * JavaScript on a 7.6 KB text report (1.9 against 4.2 µs; issue 21). Equal to the strict decoder on any valid
 * UTF-8 (test/report/decode-utf8.test.ts).
 */
function validUtf8(bytes: Uint8Array): string {
  return transcode(bytes, 'utf8', 'utf16le').toString('utf16le');
}

function binaryFile(): UnreadableReportError {
  return new UnreadableReportError(
    'the file is binary, not a document this parser reads (text, HTML, Markdown, DOCX or PDF)',
  );
}

/** The strict decoder drops one BOM after the one already stripped ("\uFEFF\uFEFF…" keeps the second). */
function withoutBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

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
