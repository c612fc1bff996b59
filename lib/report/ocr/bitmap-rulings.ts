/**
 * Table borders in a page image: long, thin runs of dark pixels across (rows) and down (columns). They
 * are returned as the PDF reader's ruling segments, in points, so the same grid builder (pdf-grid.ts)
 * turns them into cells; and they are painted white before OCR, because tesseract reads a border next
 * to a digit as "1", "|" or "]" and joins a row's cells into one line.
 */
import type { Rulings, Segment } from '../readers/pdf-rulings';
import { type GreyImage, INK } from './bitmap';

/** Points: a border is at least this long; the longest stroke of a heading character is shorter. */
const MIN_LENGTH_PT = 24;
/** Points: a dark band thicker than this is a filled area or a picture, not a border. */
const MAX_THICKNESS_PT = 2.5;
/** Pixels of paper tolerated inside a run (a faint or broken border). */
const MAX_GAP_PX = 2;
/** Pixels either side of a run painted white with it: the grey edge an upscaled border has. */
const EDGE_PX = 2;

interface Run {
  /** Row (for horizontal runs) or column (vertical) of the run. */
  at: number;
  a: number;
  b: number;
}

/** Dark runs of at least `minLen` pixels along each line of the image, one direction. */
function runs(image: GreyImage, horizontal: boolean, minLen: number): Run[] {
  const { width, height, pixels } = image;
  const lines = horizontal ? height : width;
  const along = horizontal ? width : height;
  const out: Run[] = [];
  for (let at = 0; at < lines; at++) {
    let start = -1;
    let lastInk = -1;
    for (let k = 0; k <= along; k++) {
      const ink = k < along && pixels[horizontal ? at * width + k : k * width + at] < INK;
      if (ink) {
        if (start < 0 || k - lastInk - 1 > MAX_GAP_PX) {
          if (start >= 0 && lastInk - start + 1 >= minLen) out.push({ at, a: start, b: lastInk });
          start = k;
        }
        lastInk = k;
      }
    }
    if (start >= 0 && lastInk - start + 1 >= minLen) out.push({ at, a: start, b: lastInk });
  }
  return out;
}

/** Runs on neighbouring lines that overlap form one band; thin bands are borders (centre line, extent). */
function bands(list: Run[], maxThickness: number): { line: Run; runs: Run[] }[] {
  const open: { runs: Run[]; last: number; a: number; b: number }[] = [];
  const done: typeof open = [];
  for (const r of list) {
    const band = open.find((o) => o.last >= r.at - 1 && r.a <= o.b && r.b >= o.a);
    if (band) {
      band.runs.push(r);
      band.last = r.at;
      band.a = Math.min(band.a, r.a);
      band.b = Math.max(band.b, r.b);
    } else {
      open.push({ runs: [r], last: r.at, a: r.a, b: r.b });
    }
    for (let i = open.length - 1; i >= 0; i--) if (open[i].last < r.at - 1) done.push(...open.splice(i, 1));
  }
  done.push(...open);
  return done
    .filter((o) => o.last - o.runs[0].at + 1 <= maxThickness)
    .map((o) => ({ line: { at: (o.runs[0].at + o.last) / 2, a: o.a, b: o.b }, runs: o.runs }));
}

export interface ImageRulings {
  /** In points (72 per inch), origin top left, like the PDF reader's rulings. */
  rulings: Rulings;
  /** The image with the borders painted white (a copy). */
  erased: GreyImage;
}

export function findRulings(image: GreyImage, dpi: number): ImageRulings {
  const px = dpi / 72;
  const minLen = Math.round(MIN_LENGTH_PT * px);
  const maxThick = Math.max(2, Math.round(MAX_THICKNESS_PT * px));
  const horizontal = bands(runs(image, true, minLen), maxThick);
  const vertical = bands(runs(image, false, minLen), maxThick);
  const pixels = image.pixels.slice();
  const { width, height } = image;
  // Paint each run and its anti-aliased edges white.
  for (const { runs: rs } of horizontal) {
    for (const r of rs)
      for (let y = Math.max(0, r.at - EDGE_PX); y <= Math.min(height - 1, r.at + EDGE_PX); y++)
        pixels.fill(255, y * width + r.a, y * width + r.b + 1);
  }
  for (const { runs: rs } of vertical) {
    for (const r of rs)
      for (let x = Math.max(0, r.at - EDGE_PX); x <= Math.min(width - 1, r.at + EDGE_PX); x++)
        for (let y = r.a; y <= r.b; y++) pixels[y * width + x] = 255;
  }
  const toPoints = (b: { line: Run }): Segment => ({ at: b.line.at / px, a: b.line.a / px, b: b.line.b / px });
  return {
    rulings: { horizontal: horizontal.map(toPoints), vertical: vertical.map(toPoints) },
    erased: { width, height, pixels },
  };
}
