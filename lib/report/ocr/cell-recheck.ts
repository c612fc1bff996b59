/**
 * The cells of ruled tables, read again one by one (cell-sheet.ts), twice: first every cell in Chinese,
 * which replaces the whole-page reading of the cell; then the
 * cells that may hold a number with the Latin model (eng), which reads isolated digits more reliably.
 * A number is kept only when both readings agree:
 * - first a number, second the same number → kept;
 * - first a number, second a different one or none → doubtful ("?": null, cell.unreadable);
 * - first no number although the cell has ink, second a clean number read with high confidence → the
 *   second reading; a number read with low confidence by either → doubtful.
 * A dash or "无" read the first time is left alone: a blank mark is never turned into a number.
 * On the fixture scan (70 table-3 cells visible) the page alone gets 50 right, with the eng check 56,
 * with both readings 63; none wrong in any of the three.
 */
import { readCellValue } from '../cells';
import type { GridCell, GridTable } from '../readers/pdf-grid';
import type { GreyImage } from './bitmap';
import { cellCrops, type CellReading, contactSheet, sheetReadings } from './cell-sheet';
import { DOUBTFUL, MIN_DIGIT_CONFIDENCE } from './tesseract-words';

/** tesseract's confidence a second reading needs to stand in for a first one that is no number. */
const MIN_FILL_CONFIDENCE = 90;
const CJK_WORD = /[\u3400-\u9fff]{2,}/;
const UNIT = /(万元|元|件|条|个|项|篇|次|份|人次)$/;
const leadingNumber = (s: string) => /^[+-]?[\d,]+(?:\.\d+)?/.exec(s.replace(/\s+/g, ''))?.[0] ?? null;

/** Reads an image with the given tesseract language, returning the TSV. */
export type ReadImage = (image: GreyImage, language: string) => Promise<string>;

/** Cells that may be values: empty, a number, or a short text that is not Chinese words (a misread). */
function mayBeValue(cell: GridCell): boolean {
  const t = cell.text.replace(/\s+/g, '').replace(UNIT, '');
  return t.length <= 12 && !CJK_WORD.test(t);
}

async function readCells(
  tables: GridTable[],
  image: GreyImage,
  dpi: number,
  choose: (c: GridCell) => boolean,
  read: (sheet: GreyImage) => Promise<string>,
) {
  const crops = cellCrops(tables, image, dpi, choose);
  if (crops.length === 0) return [];
  const { sheet, tops } = contactSheet(image, crops);
  const readings = sheetReadings(await read(sheet), crops, tops);
  return crops.map((c, i) => ({ cell: c.cell, reading: readings[i] }));
}

/** The cell's own reading, or "?" for a number tesseract was unsure of, or the page's reading if it read nothing. */
function firstReading(pageText: string, r: CellReading): string {
  if (!r.text) return pageText || DOUBTFUL; // the cell has ink
  return readCellValue(r.text).kind === 'number' && r.conf < MIN_DIGIT_CONFIDENCE ? DOUBTFUL : r.text;
}

function combine(first: string, second: CellReading): string {
  const a = readCellValue(first);
  if (a.kind === 'blank' && a.mark !== null) return first;
  if (a.kind === 'number') return leadingNumber(second.text) === leadingNumber(first) ? first : DOUBTFUL;
  const b = readCellValue(second.text);
  if (b.kind === 'number' && b.unit === null && second.conf >= MIN_FILL_CONFIDENCE) return second.text;
  return b.kind === 'number' || first === '' ? DOUBTFUL : first;
}

/** Re-reads the cells of the page's ruled tables, in place. `image` is the page with its borders erased. */
export async function recheckCells(
  tables: GridTable[],
  image: GreyImage,
  dpi: number,
  languages: { text: string; digits: string },
  read: ReadImage,
): Promise<void> {
  for (const { cell, reading } of await readCells(
    tables,
    image,
    dpi,
    () => true,
    (s) => read(s, languages.text),
  )) {
    cell.text = firstReading(cell.text, reading);
  }
  for (const { cell, reading } of await readCells(tables, image, dpi, mayBeValue, (s) => read(s, languages.digits))) {
    cell.text = combine(cell.text, reading);
  }
}
