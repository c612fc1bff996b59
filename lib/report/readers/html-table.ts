/**
 * One open `<table>` while the HTML reader walks the page: its rows and cells as written (no grid
 * expansion: a row lists only the cells written in it), and the decision, made when the table ends,
 * whether it holds data or only lays out the page.
 */
import type { Cell, Row, TableBlock } from '../model';
import { Flow } from './html-flow';

/** A cell this long is prose, not a figure... */
const PROSE_CELL_CHARS = 300;
/** ...when the table is this narrow (a layout or text box, not a report table). */
const PROSE_TABLE_MAX_CELLS = 3;

/** A row as written: its cells' flows (each knows its tag and spans, see Flow). */
interface OpenRow {
  start: number;
  end: number;
  cells: Flow[];
}

/**
 * Parses a colspan/rowspan value as HTML does: leading whitespace, then the leading digits
 * ("2px" → 2). Missing, zero or non-numeric values give 1; huge values are capped as browsers do.
 */
export function parseSpanAttr(value: string, max: number): number {
  let i = 0;
  const n = value.length;
  while (i < n && value.charCodeAt(i) <= 32) i++;
  if (i < n && value.charCodeAt(i) === 43) i++; // '+'
  let result = 0;
  let digits = 0;
  for (; i < n; i++) {
    const d = value.charCodeAt(i) - 48;
    if (d < 0 || d > 9) break;
    if (result < 1e6) result = result * 10 + d;
    digits++;
  }
  if (digits === 0 || result < 1) return 1;
  return Math.min(result, max);
}

export class OpenTable {
  /** Set when a table with rows ends inside one of this table's cells: this table is then layout. */
  hasNestedTable = false;
  private readonly rows: OpenRow[] = [];
  private row: OpenRow | null = null;
  private cell: Flow | null = null;
  /** Text inside the table but outside any cell (captions, stray text): emitted before the table. */
  private readonly stray = new Flow(true);

  constructor(
    private readonly start: number,
    /** Where this table's blocks go when it ends. */
    readonly parent: Flow,
  ) {}

  get inCell(): boolean {
    return this.cell !== null;
  }

  /** The flow that receives text right now. */
  flow(): Flow {
    return this.cell ?? this.stray;
  }

  openRow(tagStart: number): void {
    this.closeRow(tagStart);
    this.row = { start: tagStart, end: tagStart, cells: [] };
    this.rows.push(this.row);
  }

  /** `end`: source offset where the row ends (after `</tr>`, or where the next row/section starts). */
  closeRow(end: number): void {
    this.closeCell();
    const row = this.row;
    if (row) {
      row.end = end;
      this.row = null;
      // A row without cells is dropped (it is always the last one opened).
      if (row.cells.length === 0) this.rows.pop();
    }
  }

  openCell(tagStart: number, colSpan: number, rowSpan: number): void {
    this.closeCell();
    if (!this.row) this.openRow(tagStart); // <td> without <tr>
    this.cell = new Flow(true, tagStart, colSpan, rowSpan);
    this.row!.cells.push(this.cell);
  }

  closeCell(): void {
    if (this.cell) {
      this.cell.lineBreak();
      this.cell = null;
    }
  }

  /** Ends the table and hands its blocks to the parent flow; false when it had no rows. */
  finish(rowEnd: number, tableEnd: number): boolean {
    this.closeRow(rowEnd);
    this.stray.lineBreak();
    for (const item of this.stray.items) this.parent.add(item);
    const rows = this.rows; // rows without cells were dropped as they closed
    if (rows.length === 0) return false;
    if (this.hasNestedTable) {
      this.emitAsLayout(rows);
      return true;
    }
    const tableRows: Row[] = [];
    for (const r of rows) {
      const cells: Cell[] = [];
      for (const cell of r.cells) cells.push(toCell(cell));
      tableRows.push({ cells, span: { offset: r.start, length: r.end - r.start } });
    }
    if (isProseBox(tableRows)) {
      this.emitAsLayout(rows);
      return true;
    }
    const block: TableBlock = {
      kind: 'table',
      origin: 'html',
      rows: tableRows,
      span: { offset: this.start, length: tableEnd - this.start },
    };
    this.parent.add(block);
    return true;
  }

  /** A layout table contributes its cells' lines as paragraphs and its inner tables as they are. */
  private emitAsLayout(rows: OpenRow[]): void {
    for (const row of rows) {
      for (const cell of row.cells) {
        for (const item of cell.items) this.parent.add(item);
      }
    }
  }
}

/** Cell text: the cell's lines joined with "\n"; span from the first line's start to the last line's end. */
function toCell(cell: Flow): Cell {
  const { colSpan, rowSpan, items } = cell;
  // Nested tables make the table layout (never reached here): every item is a line.
  if (items.length === 1 && items[0].kind === 'paragraph') {
    // Most cells hold one line: no array of lines to join.
    const { text, span } = items[0];
    return { text, span: { offset: span.offset, length: span.length }, colSpan, rowSpan };
  }
  const lines: string[] = [];
  let offset = -1;
  let end = -1;
  for (const item of items) {
    if (item.kind !== 'paragraph') continue;
    lines.push(item.text);
    if (offset < 0) offset = item.span.offset;
    end = item.span.offset + item.span.length;
  }
  if (offset < 0) return { text: '', span: { offset: cell.tagStart, length: 0 }, colSpan, rowSpan };
  return { text: lines.join('\n'), span: { offset, length: end - offset }, colSpan, rowSpan };
}

/** A narrow table with a long prose cell is a text box around the report, not a data table. */
function isProseBox(rows: Row[]): boolean {
  let longCell = false;
  for (const row of rows) {
    if (row.cells.length > PROSE_TABLE_MAX_CELLS) return false;
    for (const cell of row.cells) if (cell.text.length > PROSE_CELL_CHARS) longCell = true;
  }
  return longCell;
}
