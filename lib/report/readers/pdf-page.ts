/**
 * One PDF page → text items, tables and the prose lines outside them. Ruling lines are read from the
 * operator list only on pages whose text looks tabular (several lines split by wide gaps), since the
 * operator list costs about as much as the text itself.
 */
import type { getDocumentProxy } from 'unpdf';
import { UnreadableReportError } from '../errors';
import { MAX_PDF_PAGE_TEXT_ITEMS } from '../limits';
import { alignedTables } from './pdf-aligned';
import { buildGrids, type GridTable } from './pdf-grid';
import { buildLines, type Line, segments, type TextItem } from './pdf-lines';
import { type OpCodes, rulingsFromOps } from './pdf-rulings';

export interface PdfOps extends OpCodes {
  paintImageXObject: number;
  paintInlineImageXObject: number;
  paintImageMaskXObject: number;
  paintImageXObjectRepeat: number;
}

export interface PageContent {
  width: number;
  height: number;
  tables: GridTable[];
  /** Prose lines outside tables, top to bottom. */
  lines: Line[];
  /** Non-blank characters of text on the page. */
  chars: number;
  /** Set when the page has (almost) no text but paints an image: a scan. */
  scanned: boolean;
}

/** Fewer non-blank characters than this and a page counts as having no text layer. */
export const MIN_TEXT_CHARS = 10;
/** Gap (in em) that separates table columns in a line. */
const COLUMN_GAP_EM = 1.5;

type Matrix = [number, number, number, number, number, number];
type PDFPageProxy = Awaited<ReturnType<Awaited<ReturnType<typeof getDocumentProxy>>['getPage']>>;

export async function readPage(page: PDFPageProxy, ops: PdfOps): Promise<PageContent> {
  const content = await cappedTextContent(page);
  // Read the page the way its text runs, whatever way it is displayed: a table set sideways on a portrait
  // page, or a page turned by /Rotate, comes out as upright lines. Without text, as displayed (the scan).
  const turn = textRotation(content.items);
  const viewport = page.getViewport({ scale: 1, ...(turn === null ? {} : { rotation: turn }) });
  const vt = viewport.transform as Matrix;
  const items: TextItem[] = [];
  let chars = 0;
  for (const raw of content.items) {
    if (!('str' in raw)) continue;
    const text = raw.str.normalize('NFKC');
    const trimmed = text.trim();
    if (!trimmed) continue; // pdf.js fills gaps with space items; they carry no text
    chars += trimmed.replace(/\s+/g, '').length;
    const [a, b, c, d, e, f] = raw.transform as Matrix;
    const size = Math.hypot(c, d) || Math.hypot(a, b) || 1;
    const x = vt[0] * e + vt[2] * f + vt[4];
    const y = vt[1] * e + vt[3] * f + vt[5];
    items.push({ text: trimmed, x0: x, x1: x + Math.max(raw.width, 0), base: y, size, font: raw.fontName });
  }
  const base = { width: viewport.width, height: viewport.height, chars };
  if (chars < MIN_TEXT_CHARS) {
    const list = await page.getOperatorList();
    const images = new Set([
      ops.paintImageXObject,
      ops.paintInlineImageXObject,
      ops.paintImageMaskXObject,
      ops.paintImageXObjectRepeat,
    ]);
    const scanned = list.fnArray.some((fn) => images.has(fn));
    return { ...base, tables: [], lines: chars > 0 ? buildLines(items) : [], scanned };
  }
  let tables: GridTable[] = [];
  let rest = items;
  const lines = buildLines(items);
  if (looksTabular(lines)) {
    const list = await page.getOperatorList();
    const rulings = rulingsFromOps(list.fnArray, list.argsArray, ops, vt);
    ({ tables, rest } = buildGrids(rulings, items));
  }
  const aligned = alignedTables(buildLines(rest));
  return {
    ...base,
    tables: [...tables, ...aligned.tables].sort((p, q) => p.top - q.top),
    lines: aligned.rest,
    scanned: false,
  };
}

type TextContent = Awaited<ReturnType<PDFPageProxy['getTextContent']>>;

/**
 * The page's text content, read as pdf.js streams it and stopped past MAX_PDF_PAGE_TEXT_ITEMS pieces, so a
 * page of millions of tiny runs costs what the limit costs, not what the page holds.
 */
async function cappedTextContent(page: PDFPageProxy): Promise<{ items: TextContent['items'] }> {
  const reader = page.streamTextContent().getReader();
  const items: TextContent['items'] = [];
  for (;;) {
    const { value, done } = await reader.read();
    if (done) return { items };
    for (const item of (value as TextContent).items) items.push(item);
    if (items.length > MAX_PDF_PAGE_TEXT_ITEMS) {
      await reader.cancel(new Error('too many pieces of text')).catch(() => {});
      throw new UnreadableReportError(
        `page ${page.pageNumber} of the PDF holds more than ${MAX_PDF_PAGE_TEXT_ITEMS.toLocaleString('en')} pieces of text (limit; a report's page has a few thousand at most): not read`,
      );
    }
  }
}

/** Two or more lines split into three or more parts by wide gaps. */
function looksTabular(lines: Line[]): boolean {
  let n = 0;
  for (const l of lines) if (segments(l.items, COLUMN_GAP_EM).length >= 3 && ++n >= 2) return true;
  return false;
}

/**
 * The direction most of the page's text runs in, as the clockwise turn (0, 90, 180 or 270 degrees) that
 * makes it read left to right; null without text. Each item counts by its characters.
 */
export function textRotation(items: readonly object[]): number | null {
  const weight = [0, 0, 0, 0];
  for (const item of items) {
    if (!('str' in item) || !('transform' in item)) continue;
    const chars = String(item.str).trim().length;
    if (chars === 0) continue;
    const [a, b] = item.transform as number[];
    const quarter = Math.round(Math.atan2(b, a) / (Math.PI / 2));
    weight[((quarter % 4) + 4) % 4] += chars;
  }
  const best = weight.indexOf(Math.max(...weight));
  return weight[best] === 0 ? null : best * 90;
}
