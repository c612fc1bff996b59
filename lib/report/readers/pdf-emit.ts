/**
 * Pages → one plain-text rendering and the blocks that point into it. Paragraphs become one line each;
 * a table row becomes one line with its cells separated by tabs (a cell's own line breaks kept).
 * A table that runs on at the top of the next page (same outer edges) is joined to the one that ends
 * the page before, without its repeated header rows; a paragraph broken by the page break is joined too.
 */
import type { Block, Cell, Row, TableBlock } from '../model';
import { compact } from '../normalize';
import type { GridCell, GridTable } from './pdf-grid';
import { continues, groupParagraphs, joinLines, type Line, proseMargins } from './pdf-lines';
import type { PageContent } from './pdf-page';

/** Points: tables on consecutive pages with outer edges this close continue each other. */
const EDGE_TOL = 3;

type Piece =
  | { kind: 'para'; lines: Line[]; y: number }
  | { kind: 'table'; table: GridTable; rows: GridCell[][]; y: number };

const hasNumber = (row: GridCell[]) => row.some((c) => /\d/.test(c.text));
const rowKey = (row: GridCell[]) => row.map((c) => compact(c.text)).join('|');

function pagePieces(page: PageContent): Piece[] {
  const margins = proseMargins(page.lines);
  const pieces: Piece[] = [
    ...groupParagraphs(page.lines, margins).map((lines): Piece => ({ kind: 'para', lines, y: lines[0].base })),
    ...page.tables.map((table): Piece => ({ kind: 'table', table, rows: [...table.rows], y: table.top })),
  ];
  return pieces.sort((p, q) => p.y - q.y);
}

/** Rows at the start of `next` that repeat the header rows (rows before the first number) of `prev`. */
function repeatedHeader(prev: GridCell[][], next: GridCell[][]): number {
  let n = 0;
  while (n < next.length && n < prev.length && !hasNumber(prev[n]) && rowKey(prev[n]) === rowKey(next[n])) n++;
  return n;
}

/** Same outer edges (ruled tables), or the same value columns (tables rebuilt from alignment). */
function continuesTable(prev: GridTable, next: GridTable): boolean {
  if (prev.ruled && next.ruled)
    return Math.abs(prev.left - next.left) <= EDGE_TOL && Math.abs(prev.right - next.right) <= EDGE_TOL;
  return (
    prev.xs.length > 0 &&
    prev.xs.length === next.xs.length &&
    prev.xs.every((x, i) => Math.abs(x - next.xs[i]) <= EDGE_TOL)
  );
}

/**
 * Whether the paragraphs that open a page (before its first table) repeat those just before the table
 * that ended the previous page: header lines a borderless table repeats and that read as text.
 */
function repeatsLead(before: Piece[], lead: Piece[]): boolean {
  if (lead.length === 0) return true;
  const prior = before.slice(-lead.length);
  const text = (p: Piece) => (p.kind === 'para' ? compact(joinLines(p.lines.map((l) => l.text))) : null);
  return prior.length === lead.length && lead.every((p, i) => text(p) !== null && text(p) === text(prior[i]));
}

function stitch(pages: PageContent[]): Piece[] {
  const out: Piece[] = [];
  let prevMargins = { left: 0, right: 0 };
  for (const page of pages) {
    const pieces = pagePieces(page);
    const margins = proseMargins(page.lines);
    const last = out[out.length - 1];
    const first = pieces[0];
    const k = pieces.findIndex((p) => p.kind === 'table');
    const next = pieces[k];
    if (
      last?.kind === 'table' &&
      next?.kind === 'table' &&
      continuesTable(last.table, next.table) &&
      repeatsLead(out.slice(0, -1), pieces.slice(0, k))
    ) {
      last.rows.push(...next.rows.slice(repeatedHeader(last.rows, next.rows)));
      pieces.splice(0, k + 1);
    } else if (
      last &&
      first &&
      last.kind === 'para' &&
      first.kind === 'para' &&
      continues(
        last.lines[last.lines.length - 1],
        first.lines[0],
        { left: margins.left, right: prevMargins.right },
        false,
      )
    ) {
      last.lines.push(...first.lines);
      pieces.shift();
    }
    out.push(...pieces);
    prevMargins = margins;
  }
  return out;
}

class TextSink {
  private readonly parts: string[] = [];
  length = 0;
  add(s: string): number {
    const at = this.length;
    this.parts.push(s);
    this.length += s.length;
    return at;
  }
  toString(): string {
    return this.parts.join('');
  }
}

function tableBlock(rows: GridCell[][], sink: TextSink): TableBlock | null {
  const out: Row[] = [];
  for (const row of rows) {
    const start = sink.length;
    const cells: Cell[] = row.map((c, i) => {
      if (i > 0) sink.add('\t');
      const offset = sink.add(c.text);
      return { text: c.text, span: { offset, length: c.text.length }, colSpan: c.colSpan, rowSpan: c.rowSpan };
    });
    out.push({ cells, span: { offset: start, length: sink.length - start } });
    sink.add('\n');
  }
  if (out.length === 0) return null;
  const offset = out[0].span.offset;
  const end = out[out.length - 1].span;
  return { kind: 'table', origin: 'pdf', rows: out, span: { offset, length: end.offset + end.length - offset } };
}

export function emitDocument(pages: PageContent[]): { text: string; blocks: Block[] } {
  const sink = new TextSink();
  const blocks: Block[] = [];
  for (const piece of stitch(pages)) {
    if (piece.kind === 'para') {
      const text = joinLines(piece.lines.map((l) => l.text));
      const offset = sink.add(text);
      sink.add('\n');
      blocks.push({ kind: 'paragraph', text, span: { offset, length: text.length } });
    } else {
      const block = tableBlock(piece.rows, sink);
      if (block) blocks.push(block);
    }
  }
  return { text: sink.toString(), blocks };
}
