/**
 * PDF → blocks. Text comes from pdf.js (through unpdf) as positioned runs, NFKC-normalized (Chrome
 * writes radical code points such as ⼴ for 广); tables are rebuilt from ruling lines where the page draws
 * them, else from alignment; page numbers and running headers are dropped; tables split across pages
 * are joined. `text` is a plain rendering of the document that every span points into.
 * Pages without a text layer (scans) are reported (`needsOcr`), or handed to the caller's `ocrPage`
 * (the optional adapter in ../ocr, ADR 0008), which returns them as if they had one.
 * Before pdf.js sees the file, its streams are unpacked under caps and its nesting is counted
 * (pdf-unpack-check.ts), so a decompression bomb or a value nested past pdf.js's stack is refused.
 */
import { getDocumentProxy, getResolvedPDFJS } from 'unpdf';
import { UnreadableReportError, errorMessage } from '../errors';
import { MAX_PDF_IMAGE_PIXELS, MAX_PDF_PAGES } from '../limits';
import type { Block } from '../model';
import { emitDocument } from './pdf-emit';
import { dropFurniture } from './pdf-furniture';
import { MIN_TEXT_CHARS, type PageContent, type PdfOps, readPage } from './pdf-page';
import { checkPdfUnpacking } from './pdf-unpack-check';

/**
 * pdf.js 5 sends each font to the display side with ArrayBuffer.prototype.transferToFixedLength, which
 * Node 20 lacks; without it the operator list (and with it the ruling lines) stops at the first text.
 * A copying stand-in is enough for pdf.js, which never touches the old buffer afterwards.
 */
function ensureTransferToFixedLength(): void {
  const proto = ArrayBuffer.prototype as ArrayBuffer & { transferToFixedLength?: unknown };
  if (typeof proto.transferToFixedLength === 'function') return;
  Object.defineProperty(ArrayBuffer.prototype, 'transferToFixedLength', {
    configurable: true,
    writable: true,
    value(this: ArrayBuffer, length?: number): ArrayBuffer {
      const n = length ?? this.byteLength;
      const out = new ArrayBuffer(n);
      new Uint8Array(out).set(new Uint8Array(this, 0, Math.min(n, this.byteLength)));
      return out;
    },
  });
}

export interface PdfReadResult {
  /** Plain-text rendering: paragraphs one per line, table rows one per line with tab-separated cells. */
  text: string;
  blocks: Block[];
  /** Set when pages carry images but no text layer: the document (or part of it) needs OCR. */
  needsOcr: boolean;
  /** Set when no page has a text layer or an image: nothing on the pages can be read, not even by OCR. */
  blank: boolean;
  pages: number;
  /** Pages (1-based) whose content was read by OCR. */
  ocrPages: number[];
  /** Why OCR of a scanned page failed (time limit, a tool's error), when it did. */
  ocrError?: string;
  /** The document's Title property, when set: a title source for a report without a title line. */
  title: string | null;
  /** The document's CreationDate and ModDate as written (D:20220125093000+08'00'), when set. */
  fileDates: { created: string | null; modified: string | null };
}

/** Reads a scanned page (1-based number, size in points); null when no OCR is available. */
export type OcrPage = (pageNumber: number, widthPt: number, heightPt: number) => Promise<PageContent | null>;

export interface PdfReadOptions {
  ocrPage?: OcrPage;
}

/** Pages read at the same time. */
const PAGES_AT_ONCE = 4;

/** Scanned pages read by OCR per document at most (seconds each); a report has fewer than ten. */
const MAX_OCR_PAGES = 30;

export async function readPdf(bytes: Uint8Array, options: PdfReadOptions = {}): Promise<PdfReadResult> {
  await checkPdfUnpacking(bytes);
  try {
    return await readChecked(bytes, options);
  } catch (e) {
    throw stackOverflow(e) ?? e;
  }
}

async function readChecked(bytes: Uint8Array, options: PdfReadOptions): Promise<PdfReadResult> {
  ensureTransferToFixedLength();
  const pdfjs = await getResolvedPDFJS();
  const ops = pdfjs.OPS as unknown as PdfOps;
  let doc: Awaited<ReturnType<typeof getDocumentProxy>>;
  try {
    // pdf.js may take over the buffer it is given; the caller keeps its bytes.
    doc = await getDocumentProxy(bytes.slice(), {
      verbosity: 0,
      disableFontFace: false,
      isEvalSupported: false,
      maxImageSize: MAX_PDF_IMAGE_PIXELS,
    });
    skipFontInstall(doc);
  } catch (e) {
    throw openError(e);
  }
  try {
    const pages: PageContent[] = [];
    const ocrPages: number[] = [];
    let ocrError: string | undefined;
    if (doc.numPages > MAX_PDF_PAGES) {
      throw new UnreadableReportError(
        `the PDF has ${doc.numPages} pages, over the ${MAX_PDF_PAGES}-page limit (an annual report has a few dozen at most)`,
      );
    }
    // Pages are asked for a few at a time: pdf.js inflates streams off the thread, and one page's wait
    // is another's work (measured: docs/parser.md, 'Figures').
    const read: PageContent[] = [];
    for (let first = 1; first <= doc.numPages; first += PAGES_AT_ONCE) {
      const numbers = Array.from({ length: Math.min(PAGES_AT_ONCE, doc.numPages - first + 1) }, (_, i) => first + i);
      read.push(...(await Promise.all(numbers.map(async (p) => readPage(await doc.getPage(p), ops)))));
    }
    for (let p = 1; p <= doc.numPages; p++) {
      let page = read[p - 1];
      if (page.scanned && options.ocrPage && !ocrError && ocrPages.length < MAX_OCR_PAGES) {
        try {
          const ocr = await options.ocrPage(p, page.width, page.height);
          if (ocr) {
            page = ocr;
            ocrPages.push(p);
          }
        } catch (e) {
          // The page stays a scan and is reported as needing OCR; later pages are not tried.
          ocrError = errorMessage(e);
        }
      }
      pages.push(page);
    }
    const needsOcr = pages.some((p) => p.scanned);
    const blank = pages.length > 0 && !needsOcr && pages.every((p) => p.chars < MIN_TEXT_CHARS);
    dropFurniture(pages);
    const { text, blocks } = emitDocument(pages.filter((p) => !p.scanned));
    const { title, fileDates } = await documentProperties(doc);
    return {
      text,
      blocks,
      needsOcr,
      blank,
      pages: doc.numPages,
      ocrPages,
      title,
      fileDates,
      ...(ocrError ? { ocrError } : {}),
    };
  } finally {
    await doc.destroy();
  }
}

/** info.Title, else XMP dc:title; info's CreationDate and ModDate. A damaged metadata stream only loses them. */
async function documentProperties(
  doc: Awaited<ReturnType<typeof getDocumentProxy>>,
): Promise<Pick<PdfReadResult, 'title' | 'fileDates'>> {
  const string = (v: unknown) => (typeof v === 'string' && v.trim() ? v.trim() : null);
  try {
    const { info, metadata } = await doc.getMetadata();
    const props = (info ?? {}) as { Title?: unknown; CreationDate?: unknown; ModDate?: unknown };
    return {
      title: string(props.Title ?? metadata?.get('dc:title')),
      fileDates: { created: string(props.CreationDate), modified: string(props.ModDate) },
    };
  } catch {
    return { title: null, fileDates: { created: null, modified: null } };
  }
}

/**
 * A stack overflow inside pdf.js, put in words. The nesting check catches the known cause first; this
 * is for recursion it does not count.
 */
function stackOverflow(e: unknown): UnreadableReportError | null {
  if (!(e instanceof RangeError) || !/call stack/i.test(e.message)) return null;
  return new UnreadableReportError(
    'the PDF nests its objects too deeply for the reader to follow (it ran out of stack): not read',
  );
}

function openError(e: unknown): Error {
  const overflow = stackOverflow(e);
  if (overflow) return overflow;
  const name = (e as { name?: string } | null)?.name;
  if (name === 'PasswordException') {
    return new UnreadableReportError(
      'the PDF is password-protected: it cannot be read without its password; ask for an unprotected copy',
    );
  }
  const message = errorMessage(e);
  return new UnreadableReportError(`the PDF cannot be opened: ${message}`);
}

/**
 * pdf.js sends each font an operator list uses to the "main thread" to be installed for drawing. In Node
 * that fails (no FontFace, no Uint8Array#toBase64 on Node 20), and its fallback builds a vector path for
 * every glyph: about a third of the time of a PDF. We only read positions, so installing is skipped. The
 * hook is internal to pdf.js; if it moves, nothing breaks, PDFs are only slower again (see pdf-bench).
 */
function skipFontInstall(doc: object): void {
  const loader = (doc as { _transport?: { fontLoader?: { bind?: unknown } } })._transport?.fontLoader;
  if (loader && typeof loader.bind === 'function') loader.bind = async () => undefined;
}
