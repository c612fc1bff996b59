/**
 * What kind of file the bytes are, from their first bytes (magic numbers), never from the file name:
 * a DOCX named .pdf is still a DOCX. Files this parser cannot read get one sentence saying what they
 * are and what to do instead.
 */
export type Container = 'zip' | 'pdf' | 'ole2' | 'image' | 'rtf' | 'text';

const startsWith = (bytes: Uint8Array, sig: number[], at = 0) => sig.every((b, i) => bytes[at + i] === b);
const ascii = (s: string) => [...s].map((c) => c.charCodeAt(0));

const IMAGES: { name: string; test: (b: Uint8Array) => boolean }[] = [
  { name: 'PNG', test: (b) => startsWith(b, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]) },
  { name: 'JPEG', test: (b) => startsWith(b, [0xff, 0xd8, 0xff]) },
  { name: 'GIF', test: (b) => startsWith(b, ascii('GIF87a')) || startsWith(b, ascii('GIF89a')) },
  { name: 'TIFF', test: (b) => startsWith(b, [0x49, 0x49, 0x2a, 0x00]) || startsWith(b, [0x4d, 0x4d, 0x00, 0x2a]) },
  { name: 'WebP', test: (b) => startsWith(b, ascii('RIFF')) && startsWith(b, ascii('WEBP'), 8) },
  // "BM" alone starts ordinary text too; a bitmap's reserved header bytes 6–9 are zero.
  { name: 'BMP', test: (b) => b.length > 14 && startsWith(b, ascii('BM')) && startsWith(b, [0, 0, 0, 0], 6) },
];

export function imageKind(bytes: Uint8Array): string | null {
  return IMAGES.find((i) => i.test(bytes))?.name ?? null;
}

export function sniffContainer(bytes: Uint8Array): Container {
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) return 'zip';
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) return 'ole2';
  if (imageKind(bytes)) return 'image';
  // A PDF may have a few bytes of junk before its header (readers allow up to 1 KB); the version digit
  // keeps a text that merely mentions "%PDF-" a text.
  if (indexOfAscii(bytes, '%PDF-1.', 1024) >= 0 || indexOfAscii(bytes, '%PDF-2.', 1024) >= 0) return 'pdf';
  if (startsWith(bytes, ascii('{\\rtf'))) return 'rtf';
  return 'text';
}

/** First offset of an ASCII string within the first `limit` bytes, or -1. */
export function indexOfAscii(bytes: Uint8Array, s: string, limit = bytes.length): number {
  const sig = ascii(s);
  const last = Math.min(limit, bytes.length - sig.length);
  for (let i = 0; i <= last; i++) if (startsWith(bytes, sig, i)) return i;
  return -1;
}

/** Whether an OLE2 compound file (old Office format) names a stream, e.g. "EncryptedPackage". */
export function oleHasStream(bytes: Uint8Array, name: string): boolean {
  // Directory entries store names as UTF-16LE; a byte search is enough to tell them apart.
  const utf16 = Buffer.from(name, 'utf16le');
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).indexOf(utf16) >= 0;
}

/** The sentence for a compound file: a password-protected Office 2007+ file, or a legacy one. */
export function describeOle2(bytes: Uint8Array): string {
  if (oleHasStream(bytes, 'EncryptedPackage') || oleHasStream(bytes, 'EncryptionInfo')) {
    return 'the document is password-protected (an encrypted Word/Office file): it cannot be read without its password; ask for an unprotected copy, or open it in Word and save it without a password';
  }
  const kind = oleHasStream(bytes, 'WordDocument')
    ? 'a legacy Word 97–2003 document (.doc)'
    : oleHasStream(bytes, 'Workbook') || oleHasStream(bytes, 'Book')
      ? 'a legacy Excel 97–2003 workbook (.xls)'
      : 'a legacy Office 97–2003 file (.doc/.xls)';
  return `the file is ${kind}, which is not read: save it as .docx or PDF and import that`;
}
