/**
 * The entry for every format: the container is told by its first bytes, never by the file name,
 * then the matching reader turns it into blocks and `interpretBlocks` reads the report from them.
 * Text, HTML and Markdown go through the sync `parseDocument`; DOCX and PDF need async readers.
 * They are imported statically: a lazy `import()` of a .ts path fails in the import's worker threads,
 * which register tsx for `require` only, and mammoth plus unpdf load in ~30 ms (pdf.js itself loads
 * on first use).
 */
import { describeOle2, imageKind, sniffContainer } from './container';
import { UnreadableReportError } from './errors';
import { checkFileSize } from './limits';
import type { Block } from './model';
import { interpretBlocks, parseDocument } from './parse';
import { readDocx } from './readers/docx';
import { readPdf } from './readers/pdf';
import type { ParsedReport } from './types';

export interface ParsedDocument {
  report: ParsedReport;
  /** The string provenance offsets point into: the decoded text, mammoth's HTML, or the PDF's text rendering. */
  text: string;
}

export async function parseAnyReport(bytes: Uint8Array, fileName: string): Promise<ParsedReport> {
  return (await parseAnyDocument(bytes, fileName)).report;
}

export async function parseAnyDocument(bytes: Uint8Array, fileName: string): Promise<ParsedDocument> {
  checkFileSize(bytes.length);
  switch (sniffContainer(bytes)) {
    case 'zip': {
      const { text, blocks } = await readDocx(bytes);
      return interpret(blocks, text, bytes, fileName, 'docx', 'utf-8');
    }
    case 'pdf':
      return parsePdf(bytes, fileName);
    case 'ole2':
      throw new UnreadableReportError(describeOle2(bytes));
    case 'image':
      throw new UnreadableReportError(`the file is an image (${imageKind(bytes)}), not a document with text: it needs OCR, which is not done here; import the report as text, HTML, DOCX or a PDF with a text layer`);
    case 'rtf':
      throw new UnreadableReportError('the file is RTF (Rich Text Format), which is not read: save it as .docx or PDF and import that');
    case 'text':
      return parseDocument(bytes, fileName);
  }
}

function interpret(blocks: Block[], text: string, bytes: Uint8Array, fileName: string, format: 'docx' | 'pdf', encoding: string): ParsedDocument {
  return { report: interpretBlocks(blocks, text, { format, encoding, bytes: bytes.length, fileName }), text };
}

async function parsePdf(bytes: Uint8Array, fileName: string): Promise<ParsedDocument> {
  let read: Awaited<ReturnType<typeof readPdf>>;
  try {
    // pdf.js refuses Node Buffers (a Uint8Array subclass): hand it a plain view of the same bytes.
    read = await readPdf(new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength));
  } catch (e) {
    throw pdfError(e);
  }
  const { text, blocks, needsOcr } = read;
  let parsed: ParsedDocument;
  try {
    parsed = interpret(blocks, text, bytes, fileName, 'pdf', 'pdf');
  } catch (e) {
    if (needsOcr && e instanceof UnreadableReportError) {
      throw new UnreadableReportError('the PDF is scanned images without a text layer: it needs OCR, which is not done here; ask for a PDF with text, or the report as DOCX or HTML');
    }
    throw e;
  }
  if (needsOcr) {
    parsed.report.findings.push({
      rule: 'source.needsOcr', severity: 'warning', where: 'source',
      message: 'some pages are scanned images without a text layer; what they show was not read, so tables may be missing or incomplete',
    });
  }
  return parsed;
}

/** The PDF reader's own errors already read well; anything else is put in the same words. */
function pdfError(e: unknown): Error {
  const message = e instanceof Error ? e.message : String(e);
  if ((e as { name?: string } | null)?.name === 'PasswordException' || /password|encrypt/i.test(message)) {
    if (e instanceof UnreadableReportError && /password-protected/.test(message)) return e;
    return new UnreadableReportError('the PDF is password-protected: it cannot be read without its password; ask for an unprotected copy');
  }
  if (e instanceof UnreadableReportError) return e;
  return new UnreadableReportError(`the PDF cannot be read (truncated or damaged?): ${message}`);
}
