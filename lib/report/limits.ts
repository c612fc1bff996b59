/**
 * Limits on what the parser accepts, checked before any reader runs, and the file-name check that
 * notes when a file's extension disagrees with what its bytes are.
 */
import { UnreadableReportError } from './errors';

/** Largest file accepted (the import uses the same limit): a report is rarely over 2 MB, even as PDF. */
export const MAX_FILE_BYTES = 20 * 1024 * 1024;

/** DOCX: the sum of the unpacked sizes of all entries. A report's document.xml is well under 5 MB. */
export const MAX_DOCX_UNPACKED_BYTES = 50 * 1024 * 1024;

/**
 * DOCX: the largest unpacked/packed ratio allowed for an entry over 1 MB. Word's XML packs 10–40×
 * and very repetitive tables about 100×; deflate cannot go beyond ~1,030×, which is what zip bombs use.
 */
export const MAX_DOCX_RATIO = 300;

/** PDF: pages read at most. An annual report has 3–30; a document with more is not one. */
export const MAX_PDF_PAGES = 200;

const MB = 1024 * 1024;

export function checkFileSize(bytes: number): void {
  if (bytes > MAX_FILE_BYTES) {
    throw new UnreadableReportError(`the file is ${(bytes / MB).toFixed(1)} MB, over the ${MAX_FILE_BYTES / MB} MB limit (a report is rarely over 2 MB)`);
  }
}

const EXTENSION_FORMATS: Record<string, string[]> = {
  pdf: ['pdf'],
  docx: ['docx'],
  html: ['html', 'htm', 'xhtml', 'shtml'],
  text: ['txt', 'text', 'md', 'markdown'],
  markdown: ['txt', 'text', 'md', 'markdown'],
};

const FORMAT_NAMES: Record<string, string> = { pdf: 'PDF', docx: 'DOCX', html: 'HTML', text: 'plain text', markdown: 'Markdown' };

/** A sentence when the extension names another known format than the content has; else null. */
export function extensionMismatch(fileName: string, format: string): string | null {
  const ext = /\.([A-Za-z0-9]+)$/.exec(fileName)?.[1]?.toLowerCase();
  if (!ext) return null;
  const known = Object.values(EXTENSION_FORMATS).some((list) => list.includes(ext));
  if (!known || (EXTENSION_FORMATS[format] ?? []).includes(ext)) return null;
  return `the file is named ".${ext}" but its content is ${FORMAT_NAMES[format] ?? format}; it was read as ${FORMAT_NAMES[format] ?? format}`;
}
