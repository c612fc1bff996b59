/**
 * The optional OCR adapter (ADR 0008): the only part of the parser that touches the file system and
 * runs programs. `parse-any.ts` asks `findOcrTools` once; when tesseract with chi_sim and pdftoppm are
 * on PATH, the PDF reader hands each scanned page to a `PageOcr` made here, and gets back the page as if
 * it had a text layer. Results are kept per process by the PDF's hash and page, because an upload is
 * parsed for its preview and again when saved, and OCR takes seconds per page (keyed by the tools too:
 * other tools may read the page differently). The dashboard no longer parses to show a source: the
 * import keeps the text (ADR 0013).
 */
import { createHash } from 'node:crypto';
import type { PageContent } from '../readers/pdf-page';
import { ocrPdfPage } from './ocr-page';
import type { OcrTools } from './tools';

export { findOcrTools, lookupOnPath, type OcrTools, type ToolLookup } from './tools';

/** Reads one scanned page of the document it was made for (1-based page number, size in points). */
export type PageOcr = (pageNumber: number, widthPt: number, heightPt: number) => Promise<PageContent>;

const CACHE_PAGES = 64;
const cache = new Map<string, PageContent>();

export function pageOcr(tools: OcrTools, pdf: Uint8Array): PageOcr {
  let hash: string | undefined;
  return async (pageNumber, widthPt, heightPt) => {
    hash ??= createHash('sha256').update(pdf).digest('hex');
    const key = `${tools.tesseract}|${tools.pdftoppm}|${hash}:${pageNumber}`;
    let page = cache.get(key);
    if (!page) {
      page = await ocrPdfPage(tools, pdf, pageNumber, widthPt, heightPt);
      if (cache.size >= CACHE_PAGES) cache.delete(cache.keys().next().value!);
      cache.set(key, page);
    }
    // The reader edits pages (furniture is dropped): hand out a copy, keep the original.
    return structuredClone(page);
  };
}
