/**
 * PDF → blocks. Text comes from pdf.js (through unpdf) as positioned runs, NFKC-normalized (Chrome
 * writes radical code points such as ⼴ for 广); tables are rebuilt from ruling lines where the page draws
 * them, else from alignment; page numbers and running headers are dropped; tables split across pages
 * are joined. `text` is a plain rendering of the document that every span points into.
 * Pages without a text layer (scans) are only reported (`needsOcr`); no OCR is attempted here.
 */
import { getDocumentProxy, getResolvedPDFJS } from 'unpdf';
import { UnreadableReportError } from '../errors';
import type { Block } from '../model';
import { emitDocument } from './pdf-emit';
import { dropFurniture } from './pdf-furniture';
import { type PageContent, type PdfOps, readPage } from './pdf-page';

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
  pages: number;
}

export async function readPdf(bytes: Uint8Array): Promise<PdfReadResult> {
  ensureTransferToFixedLength();
  const pdfjs = await getResolvedPDFJS();
  const ops = pdfjs.OPS as unknown as PdfOps;
  let doc: Awaited<ReturnType<typeof getDocumentProxy>>;
  try {
    // pdf.js may take over the buffer it is given; the caller keeps its bytes.
    doc = await getDocumentProxy(bytes.slice(), { verbosity: 0, disableFontFace: false });
  } catch (e) {
    throw openError(e);
  }
  try {
    const pages: PageContent[] = [];
    for (let p = 1; p <= doc.numPages; p++) pages.push(await readPage(await doc.getPage(p), ops));
    const needsOcr = pages.some((p) => p.scanned) || (pages.length > 0 && pages.every((p) => p.chars < 10));
    dropFurniture(pages);
    const { text, blocks } = emitDocument(pages.filter((p) => !p.scanned));
    return { text, blocks, needsOcr, pages: doc.numPages };
  } finally {
    await doc.destroy();
  }
}

function openError(e: unknown): Error {
  const name = (e as { name?: string } | null)?.name;
  if (name === 'PasswordException') {
    return new UnreadableReportError('the PDF is password-protected: it cannot be read without its password; ask for an unprotected copy');
  }
  const message = e instanceof Error ? e.message : String(e);
  return new UnreadableReportError(`the PDF cannot be opened: ${message}`);
}
