/**
 * Limits on what the parser accepts, checked before any reader runs (the file size) or by the reader of
 * the format before it unpacks anything; and the file-name check that notes when a file's extension
 * disagrees with what its bytes are.
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

/**
 * PDF: pieces of text on one page. The fixtures' pages have at most 509 (pdf.js gives one per run of text);
 * a writer that places every character apart gives one per character, ~3,000 on a dense A4 page. Past this
 * the page is not read further: 100,000 one-character runs (3 KB deflated) took pdf.js and the layout 3.2 s.
 */
export const MAX_PDF_PAGE_TEXT_ITEMS = 20_000;

/**
 * PDF: what one stream (page content, font, object stream) may unpack to. In the fixtures the largest is
 * a font of 470 KB (Chrome keeps metrics for all 46,558 glyph ids of a subset); page content is tens of
 * KB a page. The worst real case is a whole embedded CJK font, 10–20 MB. pdf.js inflates what it reads
 * in full, which is what a decompression bomb relies on: deflate packs 64 MB into 64 KB.
 */
export const MAX_PDF_STREAM_BYTES = 64 * 1024 * 1024;

/**
 * PDF: the largest unpacked/packed ratio for a stream over 1 MB, images aside. In the fixtures page
 * content packs about 6:1 and fonts 35–59:1 (Chrome's zero-filled metrics, all under 1 MB); deflate's
 * ceiling, ~1,030:1, is where bombs sit. An image is exempt (a blank scanned page packs ~1,000:1) but
 * may not unpack to more than its pixels need.
 */
export const MAX_PDF_RATIO = 300;

/**
 * PDF: all streams together, images' pixels included. The fixtures unpack to 2.6 MB at most (the scan);
 * the large real case is a scan in Flate: 30 grey A4 pages at 300 dpi are 261 MB. A JPEG scan, the
 * usual kind, is not unpacked by this check at all (only its header is read).
 */
export const MAX_PDF_UNPACKED_BYTES = 512 * 1024 * 1024;

/**
 * PDF: pixels in one image, by its dictionary and by its codec's own header (a JPEG may claim
 * 60,000 × 60,000 in a few bytes). An A4 page scanned at 600 dpi has 35 million; the OCR adapter
 * renders a page at 40 million at most.
 */
export const MAX_PDF_IMAGE_PIXELS = 40_000_000;

/**
 * PDF: how deep arrays and dictionaries may nest, in objects and content. Writers nest fewer than 10
 * levels (the fixtures: 1 in content); pdf.js reads nesting by recursion and overflows its stack between
 * 5,000 and 10,000 levels. Random binary read as syntax stays far below 1,000 in a stream under the size limit.
 */
export const MAX_PDF_NESTING = 1000;

/**
 * DOCX: how deep XML elements may nest in a part. Word writes 10–40 levels (a text box in a table cell
 * in a table is about 30); mammoth converts by recursion and overflows near 1,000 nested paragraphs.
 */
export const MAX_DOCX_XML_DEPTH = 256;

const MB = 1024 * 1024;

export function checkFileSize(bytes: number): void {
  if (bytes > MAX_FILE_BYTES) {
    throw new UnreadableReportError(
      `the file is ${(bytes / MB).toFixed(1)} MB, over the ${MAX_FILE_BYTES / MB} MB limit (a report is rarely over 2 MB)`,
    );
  }
}

const EXTENSION_FORMATS: Record<string, string[]> = {
  pdf: ['pdf'],
  docx: ['docx'],
  html: ['html', 'htm', 'xhtml', 'shtml'],
  text: ['txt', 'text', 'md', 'markdown'],
  markdown: ['txt', 'text', 'md', 'markdown'],
};

const FORMAT_NAMES: Record<string, string> = {
  pdf: 'PDF',
  docx: 'DOCX',
  html: 'HTML',
  text: 'plain text',
  markdown: 'Markdown',
};

/** A sentence when the extension names another known format than the content has; else null. */
export function extensionMismatch(fileName: string, format: string): string | null {
  const ext = /\.([A-Za-z0-9]+)$/.exec(fileName)?.[1]?.toLowerCase();
  if (!ext) return null;
  const known = Object.values(EXTENSION_FORMATS).some((list) => list.includes(ext));
  if (!known || (EXTENSION_FORMATS[format] ?? []).includes(ext)) return null;
  return `the file is named ".${ext}" but its content is ${FORMAT_NAMES[format] ?? format}; it was read as ${FORMAT_NAMES[format] ?? format}`;
}
