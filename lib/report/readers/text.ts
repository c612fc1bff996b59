/**
 * Plain text and Markdown → blocks. Handles the forms reports reach us in as text: one cell per line
 * (each starting with a tab, blank lines between rows, header cells continued on following lines),
 * tab-separated rows, Markdown pipe tables (separators, page footers, repeated headers) and plain lines
 * whose numbers are separated by spaces or ran together.
 */
import type { Block, Cell, Row, TableBlock, TableOrigin } from '../model';
import { isValueText } from '../cells';
import { isBlank } from '../normalize';
import { hideCrawlerHeader } from '../crawler-header';
import * as lineKinds from './text-lines';
import { isBareNumber, type Lines, makeCell, spacedRowCells, splitCells, splitLines } from './text-lines';

// The line kinds as this module's own constants, read once: tsx compiles imports to getters, which the
// switch below would call for every line.
const { BLANK, CELL, FOOTER, MARKDOWN, TAB_ROW, TEXT } = lineKinds;

const HEADING = /^\s*(?:[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）|\([一二三四五六七八九十]+\))/;
const TAB = 9;
const PIPE = 0x7c;

export function readText(text: string): Block[] {
  const source = hideCrawlerHeader(text);
  return readLines(splitLines(source), source);
}

/**
 * `readText`, and where the text's lines start when they end with "\n" only (as `SourceIndex` counts
 * lines; the crawler header is blanked without moving a line break): the index then needs no pass of its own.
 */
export function readTextAndLines(text: string): { blocks: Block[]; lineStarts: Int32Array | null } {
  const source = hideCrawlerHeader(text);
  const lines = splitLines(source);
  // A view of the reused array, not a copy: it is read while this text is interpreted, before the next
  // text is split (`splitLines` runs once per parse, in `parseDocument`).
  const lineStarts = lines.anyCr ? null : lines.starts.subarray(0, lines.count);
  return { blocks: readLines(lines, source), lineStarts };
}

function readLines(lines: Lines, source: string): Block[] {
  const { kinds, starts, ends } = lines;
  const out = new TextBlocks();
  let blankSinceCell = false;

  for (let i = 0; i < lines.count; i++) {
    const start = starts[i];
    const end = ends[i];
    const current = out.table;
    switch (kinds[i]) {
      case BLANK:
        blankSinceCell = true;
        continue;
      case FOOTER:
        continue;
      case CELL: {
        if (current?.origin === 'tab-rows') {
          out.pushRow('tab-rows', splitCells(source, start, end, TAB), start, end);
          continue;
        }
        out.ensureTable('cell-per-line', start);
        if (blankSinceCell || !out.row) {
          out.closeRow();
          out.row = { cells: [], span: { offset: start, length: 0 } };
        }
        const r = out.row;
        r.cells.push(makeCell(source.slice(start + 1, end), start + 1));
        r.span.length = end - r.span.offset;
        blankSinceCell = false;
        continue;
      }
      case TAB_ROW:
        out.pushRow('tab-rows', splitCells(source, start, end, TAB), start, end);
        blankSinceCell = false;
        continue;
      case MARKDOWN: {
        const cells = markdownCells(source, start, end);
        if (cells) out.pushRow('markdown', cells, start, end);
        blankSinceCell = false;
        continue;
      }
      case TEXT: {
        const line = source.slice(start, end);
        const r = out.row;
        if (current?.origin === 'cell-per-line' && r && continuesCell(lines, i, line, r, blankSinceCell)) {
          const last = r.cells[r.cells.length - 1];
          last.text += `\n${line}`;
          last.span.length = end - last.span.offset;
          r.span.length = end - r.span.offset;
          blankSinceCell = false;
          continue;
        }
        if (current?.origin === 'markdown' && isBareNumber(line)) continue; // page number between table rows
        const cells = spacedRowCells(line, start);
        if (cells) {
          out.pushRow(
            current && current.origin !== 'cell-per-line' ? current.origin : 'spaced-text',
            cells,
            start,
            end,
          );
          blankSinceCell = false;
          continue;
        }
        out.closeTable();
        out.blocks.push({ kind: 'paragraph', text: line, span: { offset: start, length: end - start } });
        blankSinceCell = false;
        continue;
      }
    }
  }
  out.closeTable();
  return out.blocks;
}

/** The blocks read so far, the table being read and its open row (one cell per line builds a row over lines). */
class TextBlocks {
  readonly blocks: Block[] = [];
  table: TableBlock | null = null;
  row: Row | null = null;

  closeRow(): void {
    if (this.table && this.row && this.row.cells.length > 0) this.table.rows.push(this.row);
    this.row = null;
  }

  closeTable(): void {
    this.closeRow();
    const table = this.table;
    if (table && table.rows.length > 0) {
      const last = table.rows[table.rows.length - 1].span;
      table.span.length = last.offset + last.length - table.span.offset;
      this.blocks.push(table);
    }
    this.table = null;
  }

  ensureTable(origin: TableOrigin, offset: number): TableBlock {
    if (!this.table || this.table.origin !== origin) {
      this.closeTable();
      this.table = { kind: 'table', origin, rows: [], span: { offset, length: 0 } };
    }
    return this.table;
  }

  pushRow(origin: TableOrigin, cells: Cell[], start: number, end: number): void {
    const t = this.ensureTable(origin, start);
    this.closeRow();
    t.rows.push({ cells, span: { offset: start, length: end - start } });
  }
}

/**
 * In the one-cell-per-line form a header cell may go on over following lines ("本年新\n制作数量"),
 * sometimes after a blank line. A text line continues the last cell when it follows it directly, or
 * after blanks when the cell is a label, the line is short and no heading, and more cells follow.
 */
function continuesCell(lines: Lines, i: number, text: string, row: Row, blankSinceCell: boolean): boolean {
  const last = row.cells[row.cells.length - 1];
  if (!last) return false;
  if (HEADING.test(text) || text.length > 40) return false;
  if (!blankSinceCell) return !isValueText(last.text);
  if (isValueText(last.text)) return false;
  for (let j = i + 1; j < lines.count; j++) {
    if (lines.kinds[j] === BLANK) continue;
    return lines.kinds[j] === CELL;
  }
  return false;
}

const MD_SEPARATOR = /^\s*:?-{2,}:?\s*$/;

/** The cells of a Markdown line, from just after its first pipe (the line's first character once trimmed). */
function markdownCells(source: string, start: number, end: number): Cell[] | null {
  const first = source.indexOf('|', start);
  const cells = splitCells(source, first + 1, end, PIPE);
  if (cells.length > 0 && isBlank(cells[cells.length - 1].text)) cells.pop();
  // A row of separators and blanks is no row; a blank cell's text is "" (its span stays where it was).
  let content = false;
  for (const c of cells) {
    if (isBlank(c.text)) c.text = '';
    else if (!content && !MD_SEPARATOR.test(c.text)) content = true;
  }
  return content ? cells : null;
}
