/**
 * The string a report's provenance offsets point into, found again without the parser. For text, HTML and
 * Markdown it is the file decoded (decode.ts), which is cheap. For DOCX (mammoth's HTML) and PDF (the text
 * rendering of its pages, or OCR) only the readers make it, so the import keeps it (the database's
 * report_texts) and the reader of a stored report is handed it.
 */
import { decodeBytes } from './decode';

/** Formats whose provenance points into something other than the file's bytes decoded. */
const MADE_BY_READER = new Set(['docx', 'pdf']);

/** Whether the import must keep a report's text: its format's text is not the decoded file. */
export function keepsSourceText(format: string): boolean {
  return MADE_BY_READER.has(format);
}

/**
 * The text of a stored report: `kept` when the import kept it, the original decoded when that is its text,
 * and null when neither (a DOCX or PDF report imported before the text was kept).
 */
export function storedSourceText(format: string, original: Uint8Array, kept: string | null): string | null {
  if (kept !== null) return kept;
  if (keepsSourceText(format)) return null;
  return decodeBytes(original).text;
}
