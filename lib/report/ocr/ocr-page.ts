/**
 * One scanned PDF page → the same PageContent the PDF reader builds from a text layer, so everything
 * after it (furniture, tables joined across pages, the interpreter, the checks) is shared. The page is
 * rendered grey by pdftoppm, its table borders are found and erased (bitmap-rulings.ts), tesseract
 * reads the words with their boxes, the PDF reader's grid and alignment code builds the tables, and the
 * value cells are read a second time (cell-recheck.ts).
 */
import { alignedTables } from '../readers/pdf-aligned';
import { buildGrids } from '../readers/pdf-grid';
import { buildLines } from '../readers/pdf-lines';
import type { PageContent } from '../readers/pdf-page';
import { encodePgm, type GreyImage, parsePgm } from './bitmap';
import { findRulings } from './bitmap-rulings';
import { recheckCells } from './cell-recheck';
import { runTool } from './run-tool';
import { wordsFromTsv } from './tesseract-words';
import type { OcrTools } from './tools';

/** Chinese body text at 300 dpi is ~40 px high, which tesseract reads well; more only costs time. */
const DPI = 300;
/** Pixels per page at most (a poster-sized page is rendered at a lower resolution instead). */
const MAX_PIXELS = 40e6;
/** Below this resolution tesseract reads nothing: a page that would need less is not rendered at all. */
const MIN_DPI = 72;
const RENDER_TIMEOUT_MS = 60_000;
const READ_TIMEOUT_MS = 120_000;
/** psm 6, "a single uniform block of text": with the borders erased it keeps each table row on one line. */
const PAGE_SEGMENTATION = '6';
/** Chinese alone for text: chi_sim+eng reads some labels as Latin words (规范性文件 → "BRERA"). */
const TEXT_LANGUAGE = 'chi_sim';

/** Resolution for a page of this size in points: DPI unless the image would pass MAX_PIXELS. */
export function dpiFor(widthPt: number, heightPt: number): number {
  const inches = (widthPt / 72) * (heightPt / 72);
  return Math.min(DPI, Math.floor(Math.sqrt(MAX_PIXELS / Math.max(inches, 1))));
}

function tesseract(tools: OcrTools, image: GreyImage, dpi: number, languages: string): Promise<string> {
  const args = ['-', '-', '--dpi', String(dpi), '-l', languages, '--psm', PAGE_SEGMENTATION, 'tsv'];
  return runTool(tools.tesseract, args, { input: encodePgm(image), timeoutMs: READ_TIMEOUT_MS }).then((out) =>
    out.toString('utf8'),
  );
}

/** Reads page `pageNumber` (1-based) of `pdf`, whose size in points is given (pdf.js's viewport). */
export async function ocrPdfPage(
  tools: OcrTools,
  pdf: Uint8Array,
  pageNumber: number,
  widthPt: number,
  heightPt: number,
): Promise<PageContent> {
  const dpi = dpiFor(widthPt, heightPt);
  if (dpi < MIN_DPI) {
    throw new Error(
      `page ${pageNumber} is ${Math.round(widthPt / 72)} × ${Math.round(heightPt / 72)} inches, too large to render for OCR (limit ${MAX_PIXELS / 1e6} million pixels at ${MIN_DPI} dpi or more)`,
    );
  }
  const n = String(pageNumber);
  // The output is capped too, in case poppler sizes the page otherwise than pdf.js (another page box).
  const pgm = await runTool(tools.pdftoppm, ['-r', String(dpi), '-gray', '-f', n, '-l', n, '-'], {
    input: pdf,
    timeoutMs: RENDER_TIMEOUT_MS,
    maxBytes: MAX_PIXELS + 1024,
  });
  const image = parsePgm(pgm);
  const { rulings, erased } = findRulings(image, dpi);
  const words = wordsFromTsv(await tesseract(tools, erased, dpi, TEXT_LANGUAGE), dpi);
  const { tables, rest } = buildGrids(rulings, words);
  await recheckCells(tables, erased, dpi, { text: TEXT_LANGUAGE, digits: tools.digits }, (sheet, language) =>
    tesseract(tools, sheet, dpi, language),
  );
  const aligned = alignedTables(buildLines(rest));
  return {
    width: (image.width * 72) / dpi,
    height: (image.height * 72) / dpi,
    tables: [...tables, ...aligned.tables].sort((p, q) => p.top - q.top),
    lines: aligned.rest,
    chars: words.reduce((n, w) => n + w.text.length, 0),
    scanned: false,
  };
}
