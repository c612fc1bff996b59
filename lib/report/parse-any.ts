/**
 * The entry for every format: the container is told by its first bytes, never by the file name,
 * then the matching reader turns it into blocks and `interpretBlocks` reads the report from them.
 * Text, HTML and Markdown go through the sync `parseDocument`; DOCX and PDF need async readers.
 * They are imported statically: a lazy `import()` of a .ts path fails in the import's worker threads,
 * which register tsx for `require` only, and loading mammoth plus unpdf up front costs little (BENCHMARKS.md,
 * 'Figures from code comments'; pdf.js itself loads on first use). Scanned PDF pages are read by OCR when the
 * optional tools are installed (ADR 0008).
 */
import { describeOle2, imageKind, sniffContainer } from './container';
import { UnreadableReportError, errorMessage } from './errors';
import { checkFileSize } from './limits';
import type { Block } from './model';
import { type InterpretedDocument, interpretDocument, parseDocument, type SourceMeta } from './parse';
import { readDocx } from './readers/docx';
import { findOcrTools, type OcrTools, pageOcr, type PageOcr } from './ocr';
import { type OcrPage, readPdf } from './readers/pdf';
import type { ParsedReport } from './types';

/**
 * The report, the string its provenance offsets point into (the decoded text, mammoth's HTML, or the PDF's
 * text rendering), and its prose paragraphs.
 */
export type ParsedDocument = InterpretedDocument;

export interface ParseOptions {
  /** The OCR tools for scanned PDF pages: looked for on PATH when not given; null reads no scans. */
  ocr?: OcrTools | null;
}

export async function parseAnyReport(
  bytes: Uint8Array,
  fileName: string,
  options: ParseOptions = {},
): Promise<ParsedReport> {
  return (await parseAnyDocument(bytes, fileName, options)).report;
}

export async function parseAnyDocument(
  bytes: Uint8Array,
  fileName: string,
  options: ParseOptions = {},
): Promise<ParsedDocument> {
  checkFileSize(bytes.length);
  switch (sniffContainer(bytes)) {
    case 'zip': {
      const { text, blocks, fileDates } = await readDocx(bytes);
      return interpret(blocks, text, bytes, fileName, 'docx', 'utf-8', { fileDates });
    }
    case 'pdf':
      return parsePdf(bytes, fileName, options);
    case 'ole2':
      throw new UnreadableReportError(describeOle2(bytes));
    case 'image':
      throw new UnreadableReportError(
        `the file is an image (${imageKind(bytes)}), not a document with text: it needs OCR, which is not done here; import the report as text, HTML, DOCX or a PDF with a text layer`,
      );
    case 'rtf':
      throw new UnreadableReportError(
        'the file is RTF (Rich Text Format), which is not read: save it as .docx or PDF and import that',
      );
    case 'text':
      return parseDocument(bytes, fileName);
  }
}

function interpret(
  blocks: Block[],
  text: string,
  bytes: Uint8Array,
  fileName: string,
  format: 'docx' | 'pdf',
  encoding: string,
  properties: Pick<SourceMeta, 'metadataTitle' | 'fileDates'>,
): ParsedDocument {
  return interpretDocument(blocks, text, { format, encoding, bytes: bytes.length, fileName, ...properties });
}

/** OCR for the scanned pages of one PDF; the tools are looked for only when a page needs them. */
function lazyOcr(pdf: Uint8Array, options: ParseOptions): OcrPage {
  let reader: Promise<PageOcr | null> | undefined;
  return async (pageNumber, widthPt, heightPt) => {
    reader ??= (options.ocr === undefined ? findOcrTools() : Promise.resolve(options.ocr)).then(
      (tools) => tools && pageOcr(tools, pdf),
    );
    const read = await reader;
    return read ? read(pageNumber, widthPt, heightPt) : null;
  };
}

async function parsePdf(bytes: Uint8Array, fileName: string, options: ParseOptions): Promise<ParsedDocument> {
  let read: Awaited<ReturnType<typeof readPdf>>;
  try {
    // pdf.js refuses Node Buffers (a Uint8Array subclass): hand it a plain view of the same bytes.
    const pdf = new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    read = await readPdf(pdf, { ocrPage: lazyOcr(pdf, options) });
  } catch (e) {
    throw pdfError(e);
  }
  const { text, blocks, needsOcr, ocrPages, ocrError } = read;
  const notRead = ocrError ? `, and OCR failed here (${ocrError})` : ', which is not done here';
  let parsed: ParsedDocument;
  try {
    parsed = interpret(blocks, text, bytes, fileName, 'pdf', 'pdf', {
      metadataTitle: read.title,
      fileDates: read.fileDates,
    });
  } catch (e) {
    if (needsOcr && e instanceof UnreadableReportError) {
      throw new UnreadableReportError(
        `the PDF is scanned images without a text layer: it needs OCR${notRead}; ask for a PDF with text, or the report as DOCX or HTML`,
      );
    }
    if (read.blank && e instanceof UnreadableReportError) {
      const pages = read.pages === 1 ? 'its page' : `its ${read.pages} pages`;
      const chars = text.replace(/\s+/g, '').length;
      const has = chars === 0 ? 'no text' : `only ${chars} character${chars === 1 ? '' : 's'} of text`;
      throw new UnreadableReportError(
        `the PDF has ${has} and no images on ${pages}: there is nothing to read (text drawn as outlines is not read either); ask for a PDF with text, or the report as DOCX or HTML`,
      );
    }
    throw e;
  }
  if (needsOcr) {
    parsed.report.findings.push({
      rule: 'source.needsOcr',
      severity: 'warning',
      where: 'source',
      message: `some pages are scanned images without a text layer; what they show was not read, so tables may be missing or incomplete${ocrError ? ` (OCR failed: ${ocrError})` : ''}`,
    });
  }
  if (ocrPages.length > 0) {
    const which =
      ocrPages.length < read.pages
        ? `pages ${ocrPages.join(', ')} of ${read.pages}`
        : read.pages === 1
          ? 'the page'
          : `all ${read.pages} pages`;
    parsed.report.findings.push({
      rule: 'source.ocr',
      severity: 'warning',
      where: 'source',
      message: `${which} read by OCR from scanned images: a digit may be misread, so check the numbers against the original (the consistency checks still apply; cells OCR could not read are null)`,
    });
  }
  return parsed;
}

/** The PDF reader's own errors already read well; anything else is put in the same words. */
function pdfError(e: unknown): Error {
  const message = errorMessage(e);
  if ((e as { name?: string } | null)?.name === 'PasswordException' || /password|encrypt/i.test(message)) {
    if (e instanceof UnreadableReportError && /password-protected/.test(message)) return e;
    return new UnreadableReportError(
      'the PDF is password-protected: it cannot be read without its password; ask for an unprotected copy',
    );
  }
  if (e instanceof UnreadableReportError) return e;
  return new UnreadableReportError(`the PDF cannot be read (truncated or damaged?): ${message}`);
}
