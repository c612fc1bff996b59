/**
 * Tables from ruling lines. Connected border segments form a table; the distinct x of its vertical
 * and y of its horizontal lines form a grid; neighbouring grid boxes with no border between them are one
 * merged cell (colspan/rowspan). Text goes to the cell its centre lies in. A number that crosses a
 * column border cannot be placed with certainty, so the cells it touches are left empty.
 */
import { boxText, centreX, centreY, type TextItem } from './pdf-lines';
import type { Rulings, Segment } from './pdf-rulings';

/** Points: lines closer than this are one line; a border reaching this close to a corner meets it. */
const TOL = 2;

export interface GridCell {
  text: string;
  row: number;
  col: number;
  rowSpan: number;
  colSpan: number;
}

export interface GridTable {
  /** Rows of cells as written: each merged cell once, in the row where it starts. */
  rows: GridCell[][];
  top: number;
  bottom: number;
  left: number;
  right: number;
  /** Column borders (ruled tables) or value-column centres (aligned ones): tell whether a table on the next page continues this one. */
  xs: number[];
  /** Row borders of a ruled table (a cell spans ys[row] to ys[row + rowSpan]): the OCR adapter re-reads cells by them. */
  ys?: number[];
  ruled: boolean;
}

const NUMERIC = /^[-+−]?\d[\d,，.]*\s*(?:元|万元|%|件|条|个)?$/;

/** Joins collinear segments that overlap or touch. */
function mergeCollinear(segs: Segment[]): Segment[] {
  const sorted = [...segs].sort((p, q) => p.at - q.at || p.a - q.a);
  const out: Segment[] = [];
  for (const s of sorted) {
    let o: Segment | undefined;
    for (let k = out.length - 1; k >= 0 && out[k].at >= s.at - TOL / 2; k--) {
      if (s.a <= out[k].b + TOL && s.b >= out[k].a - TOL) {
        o = out[k];
        break;
      }
    }
    if (o) [o.a, o.b] = [Math.min(o.a, s.a), Math.max(o.b, s.b)];
    else out.push({ ...s });
  }
  return out;
}

/** Sorted distinct values, those within TOL of each other averaged. */
function cluster(values: number[]): number[] {
  const sorted = [...values].sort((p, q) => p - q);
  const groups: number[][] = [];
  for (const v of sorted) {
    const g = groups[groups.length - 1];
    if (g && v - g[g.length - 1] <= TOL) g.push(v);
    else groups.push([v]);
  }
  return groups.map((g) => g.reduce((a, v) => a + v, 0) / g.length);
}

class UnionFind {
  private readonly parent: number[];
  constructor(n: number) {
    this.parent = Array.from({ length: n }, (_, i) => i);
  }
  find(i: number): number {
    while (this.parent[i] !== i) i = this.parent[i] = this.parent[this.parent[i]];
    return i;
  }
  union(i: number, j: number): void {
    this.parent[this.find(i)] = this.find(j);
  }
}

/** Groups horizontal and vertical segments that touch into tables (index lists into h and v). */
function components(h: Segment[], v: Segment[]): { h: Segment[]; v: Segment[] }[] {
  const uf = new UnionFind(h.length + v.length);
  for (let i = 0; i < h.length; i++) {
    for (let j = 0; j < v.length; j++) {
      if (v[j].at >= h[i].a - TOL && v[j].at <= h[i].b + TOL && h[i].at >= v[j].a - TOL && h[i].at <= v[j].b + TOL)
        uf.union(i, h.length + j);
    }
  }
  const groups = new Map<number, { h: Segment[]; v: Segment[] }>();
  const get = (root: number) => groups.get(root) ?? groups.set(root, { h: [], v: [] }).get(root)!;
  h.forEach((s, i) => get(uf.find(i)).h.push(s));
  v.forEach((s, j) => get(uf.find(h.length + j)).v.push(s));
  return [...groups.values()].filter((g) => g.h.length >= 2 && g.v.length >= 2);
}

const covers = (segs: Segment[], at: number, from: number, to: number) =>
  segs.some((s) => Math.abs(s.at - at) <= TOL && s.a <= (from + to) / 2 && s.b >= (from + to) / 2);

/** Builds the tables on a page and hands back the items that fall in none of them. */
export function buildGrids(rulings: Rulings, items: TextItem[]): { tables: GridTable[]; rest: TextItem[] } {
  const tables: GridTable[] = [];
  let rest = items;
  for (const comp of components(mergeCollinear(rulings.horizontal), mergeCollinear(rulings.vertical))) {
    const xs = cluster(comp.v.map((s) => s.at));
    const ys = cluster(comp.h.map((s) => s.at));
    if (xs.length < 2 || ys.length < 2) continue;
    const inside = (it: TextItem) =>
      centreX(it) > xs[0] && centreX(it) < xs[xs.length - 1] && centreY(it) > ys[0] && centreY(it) < ys[ys.length - 1];
    const table = gridTable(comp, xs, ys, rest.filter(inside));
    if (!table) continue; // a frame around text, not a table
    tables.push(table);
    rest = rest.filter((it) => !inside(it));
  }
  return { tables, rest };
}

function gridTable(
  comp: { h: Segment[]; v: Segment[] },
  xs: number[],
  ys: number[],
  items: TextItem[],
): GridTable | null {
  const nr = ys.length - 1;
  const nc = xs.length - 1;
  const id = (r: number, c: number) => r * nc + c;
  const uf = new UnionFind(nr * nc);
  for (let r = 0; r < nr; r++) {
    for (let c = 0; c < nc; c++) {
      if (c + 1 < nc && !covers(comp.v, xs[c + 1], ys[r], ys[r + 1])) uf.union(id(r, c), id(r, c + 1));
      if (r + 1 < nr && !covers(comp.h, ys[r + 1], xs[c], xs[c + 1])) uf.union(id(r, c), id(r + 1, c));
    }
  }
  const boxes = new Map<
    number,
    { r0: number; c0: number; r1: number; c1: number; items: TextItem[]; unsure: boolean }
  >();
  for (let r = 0; r < nr; r++) {
    for (let c = 0; c < nc; c++) {
      const root = uf.find(id(r, c));
      const b = boxes.get(root);
      if (!b) boxes.set(root, { r0: r, c0: c, r1: r, c1: c, items: [], unsure: false });
      else
        Object.assign(b, {
          r0: Math.min(b.r0, r),
          c0: Math.min(b.c0, c),
          r1: Math.max(b.r1, r),
          c1: Math.max(b.c1, c),
        });
    }
  }
  if (boxes.size < 2) return null;
  const find = (values: number[], v: number) => {
    for (let i = 0; i + 1 < values.length; i++) if (v >= values[i] && v < values[i + 1]) return i;
    return -1;
  };
  for (const it of items) {
    const r = find(ys, centreY(it));
    const c = find(xs, centreX(it));
    if (r < 0 || c < 0) continue;
    const box = boxes.get(uf.find(id(r, c)))!;
    box.items.push(it);
    if (NUMERIC.test(it.text.trim()) && (it.x0 < xs[box.c0] - TOL || it.x1 > xs[box.c1 + 1] + TOL)) {
      box.unsure = true;
      for (const x of [it.x0, it.x1]) {
        const other = boxes.get(uf.find(id(r, Math.max(0, Math.min(nc - 1, find(xs, x))))));
        if (other) other.unsure = true;
      }
    }
  }
  const rows: GridCell[][] = Array.from({ length: nr }, () => []);
  for (const b of boxes.values()) {
    // A box open on its outer side lies outside the drawn table (an irregular outline): not a cell.
    const closed =
      covers(comp.h, ys[b.r0], xs[b.c0], xs[b.c0 + 1]) &&
      covers(comp.h, ys[b.r1 + 1], xs[b.c0], xs[b.c0 + 1]) &&
      covers(comp.v, xs[b.c0], ys[b.r0], ys[b.r0 + 1]) &&
      covers(comp.v, xs[b.c1 + 1], ys[b.r0], ys[b.r0 + 1]);
    if (!closed && b.items.length === 0) continue;
    const text = b.unsure ? '' : boxText(b.items);
    rows[b.r0].push({ text, row: b.r0, col: b.c0, rowSpan: b.r1 - b.r0 + 1, colSpan: b.c1 - b.c0 + 1 });
  }
  const written = rows.map((r) => r.sort((p, q) => p.col - q.col)).filter((r) => r.length > 0);
  if (written.length === 0) return null;
  return { rows: written, top: ys[0], bottom: ys[nr], left: xs[0], right: xs[nc], xs, ys, ruled: true };
}
