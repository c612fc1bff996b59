/**
 * DOCX → blocks: the Word document becomes the HTML mammoth would write for it (merged cells become
 * rowspan/colspan) and the HTML reader does the rest, so `text`, which every span points into, is
 * mammoth's HTML. docx-direct.ts writes that HTML itself, ten times faster; a file it does not vouch
 * for (broken XML, footnotes, checkboxes, symbols: see docx-xml.ts, docx-body.ts) goes to mammoth.
 *
 * The archive is measured before mammoth unpacks anything: total unpacked size, ratios, encryption,
 * and every XML part inflated once under a hard cap with its checksum checked, so a zip bomb, a size
 * the directory lies about, or a truncated file is refused with a sentence instead of eating memory.
 * mammoth then reads those parts from memory (not through its own unzip); document.xml is first
 * stripped of layout it ignores (docx-slim.ts). Images are never unpacked: no numbers are in them.
 * Each XML part is refused if its elements nest deeper than mammoth's recursion can follow.
 */
import mammoth from 'mammoth';
import { UnreadableReportError, errorMessage } from '../errors';
import { MAX_DOCX_RATIO, MAX_DOCX_UNPACKED_BYTES, MAX_DOCX_XML_DEPTH } from '../limits';
import type { Block } from '../model';
import { docxToHtml } from './docx-direct';
import { hasSingleRoot, slimDocumentXml } from './docx-slim';
import { readHtml } from './html';
import { xmlDepth } from './xml-depth';
import { readZipDirectory, readZipEntry, ZipFormatError, type ZipEntry } from './zip';

export interface DocxReadResult {
  /** mammoth's HTML: what the block spans and the report's provenance offsets point into. */
  text: string;
  blocks: Block[];
  /** docProps/core.xml's dcterms:created and dcterms:modified as written (2022-01-25T01:23:00Z), when set. */
  fileDates: { created: string | null; modified: string | null };
}

const MB = 1024 * 1024;
const DAMAGED = 'the DOCX file is truncated or damaged';
/** The parts mammoth reads: XML and relationships. Media and embedded files are left packed. */
const XML_PART = /\.(xml|rels)$/i;
const UTF8 = new TextDecoder('utf-8');

export async function readDocx(bytes: Uint8Array): Promise<DocxReadResult> {
  const file = new VerifiedDocx(bytes, docxEntries(bytes));
  const html = directHtml(file) ?? (await mammothHtml(file));
  return { text: html, blocks: readHtml(html), fileDates: await coreDates(file) };
}

/** The HTML written without mammoth, or null when mammoth must read (or refuse) this file. */
function directHtml(file: VerifiedDocx): string | null {
  try {
    return docxToHtml(file);
  } catch {
    // NotPlainDocx, or anything unforeseen: mammoth's reading is the reference, and it decides.
    return null;
  }
}

async function mammothHtml(file: VerifiedDocx): Promise<string> {
  try {
    // mammoth 1.13 takes an opened file as `{ file: { exists, read } }` (lib/unzip.js); this one serves
    // parts this module inflated under its caps, so mammoth never unpacks anything by itself.
    const input = { file } as unknown as Parameters<typeof mammoth.convertToHtml>[0];
    const result = await mammoth.convertToHtml(input, {
      convertImage: mammoth.images.imgElement(async () => ({ src: '' })),
      externalFileAccess: false,
    });
    return result.value;
  } catch (e) {
    if (e instanceof UnreadableReportError) throw e;
    if (e instanceof RangeError && /call stack/i.test(e.message)) {
      throw new UnreadableReportError(
        'the DOCX nests its content too deeply for the reader to follow (it ran out of stack): not read',
      );
    }
    throw new UnreadableReportError(`${DAMAGED}: its document part cannot be read (${errorMessage(e)})`);
  }
}

/** The created and modified dates Word keeps in docProps/core.xml; a missing or odd part gives none. */
async function coreDates(file: VerifiedDocx): Promise<DocxReadResult['fileDates']> {
  const none = { created: null, modified: null };
  if (!file.exists('docProps/core.xml')) return none;
  let xml: string;
  try {
    xml = (await file.read('docProps/core.xml', 'utf-8')) as string;
  } catch {
    return none;
  }
  const value = (tag: string) => new RegExp(`<dcterms:${tag}\\b[^>]*>([^<]*)<`).exec(xml)?.[1].trim() || null;
  return { created: value('created'), modified: value('modified') };
}

/** The archive's parts: every XML part inflated (capped, checksummed) up front, served to either reader. */
class VerifiedDocx {
  private readonly parts = new Map<string, Uint8Array>();
  private readonly byName: Map<string, ZipEntry>;

  constructor(
    private readonly bytes: Uint8Array,
    entries: ZipEntry[],
  ) {
    this.byName = new Map(entries.map((e) => [e.name, e]));
    for (const entry of entries) if (XML_PART.test(entry.name)) this.parts.set(entry.name, this.inflate(entry));
  }

  exists(name: string): boolean {
    return this.byName.has(name);
  }

  /** The part as UTF-8 text, as mammoth receives it, without the checks `read` makes for mammoth. */
  text(name: string): string {
    const entry = this.byName.get(name);
    if (!entry) throw new Error(`no part ${name}`);
    return UTF8.decode(this.parts.get(name) ?? this.inflate(entry));
  }

  async read(name: string, encoding?: string): Promise<Uint8Array | string> {
    const entry = this.byName.get(name);
    if (!entry) throw new Error(`no part ${name}`);
    const data = this.parts.get(name) ?? this.inflate(entry);
    if (encoding === 'base64') return Buffer.from(data.buffer, data.byteOffset, data.byteLength).toString('base64');
    if (!encoding) return data;
    const text = new TextDecoder(encoding).decode(data);
    if (XML_PART.test(name)) checkDepth(name, text);
    if (name !== 'word/document.xml') return text;
    if (!hasSingleRoot(text))
      throw new UnreadableReportError(`${DAMAGED}: its word/document.xml is cut short or has content after its end`);
    return slimDocumentXml(text);
  }

  private inflate(entry: ZipEntry): Uint8Array {
    try {
      return readZipEntry(this.bytes, entry);
    } catch (e) {
      throw zipError(e);
    }
  }
}

function checkDepth(name: string, xml: string): void {
  const depth = xmlDepth(xml);
  if (depth <= MAX_DOCX_XML_DEPTH) return;
  throw new UnreadableReportError(
    `the DOCX part ${name} nests its XML ${depth} levels deep, over the limit of ${MAX_DOCX_XML_DEPTH} (Word writes fewer than 40): not read, as the reader cannot follow it`,
  );
}

/** The archive's directory, refused if it is not a Word document or breaks a limit. */
export function docxEntries(bytes: Uint8Array): ZipEntry[] {
  let entries: ZipEntry[];
  try {
    entries = readZipDirectory(bytes);
  } catch (e) {
    throw zipError(
      e,
      looksLikeWord(bytes) ? DAMAGED : 'the file is a truncated or damaged ZIP archive, such as a DOCX',
    );
  }
  if (!entries.some((e) => e.name === 'word/document.xml')) throw new UnreadableReportError(notWord(entries));
  if (entries.some((e) => e.flags & 1)) {
    throw new UnreadableReportError(
      'the document is password-protected (its ZIP entries are encrypted): ask for an unprotected copy',
    );
  }
  const total = entries.reduce((sum, e) => sum + e.unpackedSize, 0);
  if (total > MAX_DOCX_UNPACKED_BYTES) {
    throw new UnreadableReportError(
      `the DOCX unpacks to ${(total / MB).toFixed(0)} MB, over the ${MAX_DOCX_UNPACKED_BYTES / MB} MB limit (a report is a few MB at most): not read, to protect the import (possibly a zip bomb)`,
    );
  }
  const bomb = entries.find((e) => e.unpackedSize > MB && e.unpackedSize > e.packedSize * MAX_DOCX_RATIO);
  if (bomb) {
    const ratio = Math.round(bomb.unpackedSize / Math.max(1, bomb.packedSize));
    throw new UnreadableReportError(
      `the DOCX part ${bomb.name} is compressed ${ratio}:1, far beyond what a real document gives (limit ${MAX_DOCX_RATIO}:1): not read, as it looks like a zip bomb`,
    );
  }
  return entries;
}

function zipError(e: unknown, lead = DAMAGED): UnreadableReportError {
  if (e instanceof ZipFormatError) {
    if (e.kind === 'zip64')
      return new UnreadableReportError('the DOCX uses ZIP64, which is not read: open it in Word and save it again');
    if (e.kind === 'multidisk')
      return new UnreadableReportError('the ZIP archive is split over several files: join them first');
    if (/unpacks to more than/.test(e.message)) {
      return new UnreadableReportError(
        `the DOCX is not what its directory claims (${e.message}): not read, as it looks like a zip bomb`,
      );
    }
    return new UnreadableReportError(`${lead} (${e.message}): ask for a complete copy`);
  }
  return new UnreadableReportError(`${lead}: ${errorMessage(e)}`);
}

/** Local headers store names in the clear, so even a truncated DOCX shows its "word/" parts. */
function looksLikeWord(bytes: Uint8Array): boolean {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, 1 << 16));
  return head.includes('word/');
}

function notWord(entries: ZipEntry[]): string {
  const names = entries.map((e) => e.name);
  const has = (prefix: string) => names.some((n) => n.startsWith(prefix));
  const office = has('xl/')
    ? 'an Excel workbook (XLSX)'
    : has('ppt/')
      ? 'a PowerPoint presentation (PPTX)'
      : names.includes('mimetype') && names.includes('content.xml')
        ? 'an OpenDocument file (ODT/ODS)'
        : null;
  if (office)
    return `the file is a ZIP archive that is not a Word document: ${office}; save the report as .docx or PDF`;
  const sample = names
    .filter((n) => !n.endsWith('/'))
    .slice(0, 3)
    .join(', ');
  const holds = `${names.length} entr${names.length === 1 ? 'y' : 'ies'}${sample ? `: ${sample}${names.length > 3 ? ', …' : ''}` : ''}`;
  return `the file is a ZIP archive that is not a Word document (no word/document.xml; it holds ${holds}): unpack it and import the files inside`;
}
