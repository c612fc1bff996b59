/**
 * Table cells cut out of a page image and stacked on a "contact sheet", one under the other with wide
 * gaps, so that one tesseract run reads every cell on its own: no neighbouring cell, border or row to
 * confuse the layout analysis, which on a whole page drops or merges lines of a table.
 */
import type { GridCell, GridTable } from '../readers/pdf-grid';
import { type GreyImage, INK } from './bitmap';

/** Pixels trimmed inside a cell's borders (what is left of an erased border, anti-aliasing). */
const INSET_PX = 6;

export interface CellCrop {
  cell: GridCell;
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

export interface CellReading {
  /** Words in tesseract's reading order: one space between words, a line break between lines. */
  text: string;
  /** The lowest word confidence (0–100); 0 when nothing was read. */
  conf: number;
}

/** The ink inside a box, or null when the box is blank. */
function inkBox(
  image: GreyImage,
  x0: number,
  y0: number,
  x1: number,
  y1: number,
): [number, number, number, number] | null {
  let [l, t, r, b] = [Infinity, Infinity, -1, -1];
  for (let y = y0; y < y1; y++) {
    for (let x = x0; x < x1; x++) {
      if (image.pixels[y * image.width + x] >= INK) continue;
      if (x < l) l = x;
      if (x > r) r = x;
      if (y < t) t = y;
      if (y > b) b = y;
    }
  }
  return r < 0 ? null : [l, t, r + 1, b + 1];
}

/** The ink of each chosen cell of the ruled tables (cells without ink are left out). */
export function cellCrops(
  tables: GridTable[],
  image: GreyImage,
  dpi: number,
  choose: (cell: GridCell) => boolean,
): CellCrop[] {
  const px = dpi / 72;
  const crops: CellCrop[] = [];
  for (const { rows, xs, ys } of tables) {
    if (!ys) continue;
    for (const cell of rows.flat()) {
      if (!choose(cell)) continue;
      const x0 = Math.max(0, Math.round(xs[cell.col] * px) + INSET_PX);
      const x1 = Math.min(image.width, Math.round(xs[cell.col + cell.colSpan] * px) - INSET_PX);
      const y0 = Math.max(0, Math.round(ys[cell.row] * px) + INSET_PX);
      const y1 = Math.min(image.height, Math.round(ys[cell.row + cell.rowSpan] * px) - INSET_PX);
      const ink = x1 > x0 && y1 > y0 ? inkBox(image, x0, y0, x1, y1) : null;
      if (ink) crops.push({ cell, x0: ink[0], y0: ink[1], x1: ink[2], y1: ink[3] });
    }
  }
  return crops;
}

/** The crops one under the other, with gaps as tall as the tallest crop; and the top of each. */
export function contactSheet(image: GreyImage, crops: CellCrop[]): { sheet: GreyImage; tops: number[] } {
  const gap = Math.max(20, ...crops.map((c) => c.y1 - c.y0));
  const width = Math.max(...crops.map((c) => c.x1 - c.x0)) + 2 * gap;
  const tops: number[] = [];
  let height = gap;
  for (const c of crops) {
    tops.push(height);
    height += c.y1 - c.y0 + gap;
  }
  const pixels = new Uint8Array(width * height).fill(255);
  crops.forEach((c, i) => {
    for (let y = c.y0; y < c.y1; y++)
      pixels.set(
        image.pixels.subarray(y * image.width + c.x0, y * image.width + c.x1),
        (tops[i] + y - c.y0) * width + gap,
      );
  });
  return { sheet: { width, height, pixels }, tops };
}

/** tesseract's TSV of a sheet → one reading per crop, from the words whose centre lies in the crop. */
export function sheetReadings(tsv: string, crops: CellCrop[], tops: number[]): CellReading[] {
  const lines = crops.map(() => new Map<string, string[]>());
  const conf = crops.map(() => 100);
  for (const row of tsv.split('\n')) {
    const f = row.split('\t');
    if (f.length < 12 || f[0] !== '5' || !f[11].trim()) continue;
    const [top, height, c] = [Number(f[7]), Number(f[9]), Number(f[10])];
    const mid = top + height / 2;
    const i = tops.findIndex((t, k) => mid >= t && mid < t + (crops[k].y1 - crops[k].y0));
    if (i < 0) continue;
    const line = f.slice(2, 5).join('.'); // block.paragraph.line
    lines[i].set(line, [...(lines[i].get(line) ?? []), f.slice(11).join('\t').trim().normalize('NFKC')]);
    conf[i] = Math.min(conf[i], c);
  }
  return lines.map((l, i) =>
    l.size === 0 ? { text: '', conf: 0 } : { text: [...l.values()].map((w) => w.join(' ')).join('\n'), conf: conf[i] },
  );
}
