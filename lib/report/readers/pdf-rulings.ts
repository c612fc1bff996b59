/**
 * Ruling lines of a PDF page (table borders), from the page's operator list: thin filled rectangles
 * (Chrome, Skia, WPS) and stroked axis-aligned lines or rectangles (Word, LibreOffice). Coordinates are
 * viewport points (origin top-left, y down), the same space as the text items.
 */

/** A horizontal segment at `y` from `a` to `b`, or a vertical one at `x = at` from `a` to `b` (a < b). */
export interface Segment {
  at: number;
  a: number;
  b: number;
}

export interface Rulings {
  horizontal: Segment[];
  vertical: Segment[];
}

/** Operator codes of pdf.js 5 (OPS) used here; passed in so this module needs no pdf.js import. */
export interface OpCodes {
  save: number;
  restore: number;
  transform: number;
  constructPath: number;
  paintFormXObjectBegin: number;
  paintFormXObjectEnd: number;
  fill: number;
  eoFill: number;
  stroke: number;
  closeStroke: number;
  fillStroke: number;
  eoFillStroke: number;
  closeFillStroke: number;
  closeEOFillStroke: number;
}

/** Rectangles thinner than this (points) are lines; thicker filled ones are backgrounds. */
const THIN = 3;
/** A segment whose ends differ by less than this across its direction is axis-aligned. */
const SKEW = 0.5;

type Matrix = [number, number, number, number, number, number];

function multiply(m: Matrix, n: Matrix): Matrix {
  // m applied first, then n (PDF's row-vector convention: [x y 1] × m × n).
  return [
    m[0] * n[0] + m[1] * n[2],
    m[0] * n[1] + m[1] * n[3],
    m[2] * n[0] + m[3] * n[2],
    m[2] * n[1] + m[3] * n[3],
    m[4] * n[0] + m[5] * n[2] + n[4],
    m[4] * n[1] + m[5] * n[3] + n[5],
  ];
}

/** Path data of pdf.js 5: 0 moveTo x y, 1 lineTo x y, 2 curveTo 6 numbers, 3 quadraticCurveTo 4, 4 closePath. */
const DRAW_ARGS = [2, 2, 6, 4, 0];

/** Collects ruling segments; `viewport` maps PDF user space to viewport points. */
export function rulingsFromOps(fnArray: number[], argsArray: unknown[], ops: OpCodes, viewport: Matrix): Rulings {
  const out: Rulings = { horizontal: [], vertical: [] };
  const stack: Matrix[] = [];
  let ctm = viewport;
  const fills = new Set([
    ops.fill,
    ops.eoFill,
    ops.fillStroke,
    ops.eoFillStroke,
    ops.closeFillStroke,
    ops.closeEOFillStroke,
  ]);
  const strokes = new Set([
    ops.stroke,
    ops.closeStroke,
    ops.fillStroke,
    ops.eoFillStroke,
    ops.closeFillStroke,
    ops.closeEOFillStroke,
  ]);

  for (let i = 0; i < fnArray.length; i++) {
    const fn = fnArray[i];
    const args = argsArray[i] as unknown[] | null;
    if (fn === ops.save) stack.push(ctm);
    else if (fn === ops.restore) ctm = stack.pop() ?? viewport;
    else if (fn === ops.transform && args) ctm = multiply(args as Matrix, ctm);
    else if (fn === ops.paintFormXObjectBegin && args) {
      stack.push(ctm);
      if (Array.isArray(args[0]) || ArrayBuffer.isView(args[0]))
        ctm = multiply(Array.from(args[0] as ArrayLike<number>) as Matrix, ctm);
    } else if (fn === ops.paintFormXObjectEnd) ctm = stack.pop() ?? viewport;
    else if (fn === ops.constructPath && args) {
      const paint = args[0] as number;
      const isFill = fills.has(paint);
      const isStroke = strokes.has(paint);
      if (!isFill && !isStroke) continue; // clipping paths and endPath draw nothing
      const data = (args[1] as ArrayLike<number>[] | undefined)?.[0];
      if (data) addPath(data, ctm, isFill, isStroke, out);
    }
  }
  return out;
}

function addPath(data: ArrayLike<number>, m: Matrix, isFill: boolean, isStroke: boolean, out: Rulings): void {
  let sub: number[] = [];
  const flush = () => {
    if (sub.length >= 4) addSubpath(sub, isFill, isStroke, out);
    sub = [];
  };
  for (let k = 0; k < data.length; ) {
    const op = data[k];
    const n = DRAW_ARGS[op] ?? 0;
    if (op === 0) flush();
    if (op === 0 || op === 1) {
      const x = data[k + 1];
      const y = data[k + 2];
      sub.push(m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]);
    } else if (op === 2 || op === 3) {
      flush(); // curves are not rulings; start afresh at the curve's end point
      const x = data[k + n - 1];
      const y = data[k + n];
      sub.push(m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]);
    } else if (op === 4 && sub.length >= 2) sub.push(sub[0], sub[1]);
    k += 1 + n;
  }
  flush();
}

/** `pts` = x0 y0 x1 y1 …; a closed axis-aligned quadrilateral is a rectangle, anything else a polyline. */
function addSubpath(pts: number[], isFill: boolean, isStroke: boolean, out: Rulings): void {
  const xs = pts.filter((_, i) => i % 2 === 0);
  const ys = pts.filter((_, i) => i % 2 === 1);
  const x0 = Math.min(...xs);
  const x1 = Math.max(...xs);
  const y0 = Math.min(...ys);
  const y1 = Math.max(...ys);
  const axisAligned =
    xs.every((x) => Math.abs(x - x0) < SKEW || Math.abs(x - x1) < SKEW) &&
    ys.every((y) => Math.abs(y - y0) < SKEW || Math.abs(y - y1) < SKEW);
  if (isFill && axisAligned && xs.length >= 4) {
    if (y1 - y0 <= THIN && x1 - x0 > y1 - y0) out.horizontal.push({ at: (y0 + y1) / 2, a: x0, b: x1 });
    else if (x1 - x0 <= THIN && y1 - y0 > x1 - x0) out.vertical.push({ at: (x0 + x1) / 2, a: y0, b: y1 });
    else if (!isStroke) return; // a filled background, not a border
  }
  if (!isStroke) return;
  for (let i = 0; i + 3 < pts.length; i += 2) {
    const [ax, ay, bx, by] = [pts[i], pts[i + 1], pts[i + 2], pts[i + 3]];
    if (Math.abs(ay - by) < SKEW && Math.abs(ax - bx) >= SKEW)
      out.horizontal.push({ at: (ay + by) / 2, a: Math.min(ax, bx), b: Math.max(ax, bx) });
    else if (Math.abs(ax - bx) < SKEW && Math.abs(ay - by) >= SKEW)
      out.vertical.push({ at: (ax + bx) / 2, a: Math.min(ay, by), b: Math.max(ay, by) });
  }
}
