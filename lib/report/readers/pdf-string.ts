/**
 * PDF string objects to their bytes: literal strings "( … )" with their escapes, and hex strings
 * "< … >". The security handler's keys and the file's /ID are strings of raw bytes.
 */
import { skipHexString, skipLiteralString } from './pdf-syntax';

const ESCAPES: Record<number, number> = { 110: 0x0a, 114: 0x0d, 116: 0x09, 98: 0x08, 102: 0x0c };

/** The literal string whose "(" is at `at`: its bytes and where it ends. */
export function readLiteralString(b: Uint8Array, at: number, end = b.length): { bytes: Uint8Array; end: number } {
  const stop = skipLiteralString(b, at, end);
  const last = b[stop - 1] === 0x29 ? stop - 1 : stop; // an unclosed string has no ")"
  const out: number[] = [];
  for (let i = at + 1; i < last; i++) {
    let c = b[i];
    if (c === 0x0d) {
      if (b[i + 1] === 0x0a) i++; // an end of line in a string is one line feed
      c = 0x0a;
    } else if (c === 0x5c) {
      c = b[++i];
      if (c >= 0x30 && c <= 0x37) {
        let octal = c - 0x30;
        for (let k = 0; k < 2 && b[i + 1] >= 0x30 && b[i + 1] <= 0x37; k++) octal = octal * 8 + b[++i] - 0x30;
        c = octal & 0xff;
      } else if (c === 0x0d || c === 0x0a) {
        if (c === 0x0d && b[i + 1] === 0x0a) i++;
        continue; // a backslash before an end of line joins the lines
      } else c = ESCAPES[c] ?? c;
    }
    out.push(c);
  }
  return { bytes: Uint8Array.from(out), end: stop };
}

/** The hex string whose "<" is at `at`: its bytes (a missing last digit is 0) and where it ends. */
export function readHexString(b: Uint8Array, at: number, end = b.length): { bytes: Uint8Array; end: number } {
  const stop = skipHexString(b, at, end);
  const digits = Buffer.from(b.buffer, b.byteOffset + at + 1, Math.max(0, stop - at - 2))
    .toString('latin1')
    .replace(/[^0-9a-fA-F]/g, '');
  return { bytes: new Uint8Array(Buffer.from(digits.length % 2 ? `${digits}0` : digits, 'hex')), end: stop };
}
