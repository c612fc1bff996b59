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
import { isBareNumber, type Line, makeCell, spacedRowCells, splitCells, splitLines } from './text-lines';

const HEADING = /^\s*(?:[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）|\([一二三四五六七八九十]+\))/;

export function readText(source: string): Block[] {
  const lines = splitLines(hideCrawlerHeader(source));
  const out = new TextBlocks();
  let blankSinceCell = false;

  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const current = out.table;
    switch (line.kind) {
      case 'blank':
        blankSinceCell = true;
        continue;
      case 'footer':
        continue;
      case 'cell': {
        if (current?.origin === 'tab-rows') {
          out.pushRow('tab-rows', splitCells(line.text, line.offset, '\t'), line);
          continue;
        }
        out.ensureTable('cell-per-line', line.offset);
        if (blankSinceCell || !out.row) {
          out.closeRow();
          out.row = { cells: [], span: { offset: line.offset, length: 0 } };
        }
        const r = out.row;
        r.cells.push(makeCell(line.text.slice(1), line.offset + 1));
        r.span.length = line.offset + line.text.length - r.span.offset;
        blankSinceCell = false;
        continue;
      }
      case 'tab-row':
        out.pushRow('tab-rows', splitCells(line.text, line.offset, '\t'), line);
        blankSinceCell = false;
        continue;
      case 'markdown': {
        const cells = markdownCells(line);
        if (cells) out.pushRow('markdown', cells, line);
        blankSinceCell = false;
        continue;
      }
      case 'text': {
        const r = out.row;
        if (current?.origin === 'cell-per-line' && r && continuesCell(lines, i, r, blankSinceCell)) {
          const last = r.cells[r.cells.length - 1];
          last.text += `\n${line.text}`;
          last.span.length = line.offset + line.text.length - last.span.offset;
          r.span.length = line.offset + line.text.length - r.span.offset;
          blankSinceCell = false;
          continue;
        }
        if (current?.origin === 'markdown' && isBareNumber(line.text)) continue; // page number between table rows
        const cells = spacedRowCells(line.text, line.offset);
        if (cells) {
          out.pushRow(current && current.origin !== 'cell-per-line' ? current.origin : 'spaced-text', cells, line);
          blankSinceCell = false;
          continue;
        }
        out.closeTable();
        out.blocks.push({
          kind: 'paragraph',
          text: line.text,
          span: { offset: line.offset, length: line.text.length },
        });
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

  pushRow(origin: TableOrigin, cells: Cell[], line: Line): void {
    const t = this.ensureTable(origin, line.offset);
    this.closeRow();
    t.rows.push({ cells, span: { offset: line.offset, length: line.text.length } });
  }
}

/**
 * In the one-cell-per-line form a header cell may go on over following lines ("本年新\n制作数量"),
 * sometimes after a blank line. A text line continues the last cell when it follows it directly, or
 * after blanks when the cell is a label, the line is short and no heading, and more cells follow.
 */
function continuesCell(lines: Line[], i: number, row: Row, blankSinceCell: boolean): boolean {
  const last = row.cells[row.cells.length - 1];
  if (!last) return false;
  const text = lines[i].text;
  if (HEADING.test(text) || text.length > 40) return false;
  if (!blankSinceCell) return !isValueText(last.text);
  if (isValueText(last.text)) return false;
  for (let j = i + 1; j < lines.length; j++) {
    if (lines[j].kind === 'blank') continue;
    return lines[j].kind === 'cell';
  }
  return false;
}

const MD_SEPARATOR = /^\s*:?-{2,}:?\s*$/;

function markdownCells(line: Line): Cell[] | null {
  const text = line.text;
  const first = text.indexOf('|');
  const cells = splitCells(text.slice(first + 1), line.offset + first + 1, '|');
  if (cells.length > 0 && isBlank(cells[cells.length - 1].text)) cells.pop();
  // A row of separators and blanks is no row; a blank cell's text is "" (its span stays where it was).
  let content = false;
  for (const c of cells) {
    if (isBlank(c.text)) c.text = '';
    else if (!MD_SEPARATOR.test(c.text)) content = true;
  }
  return content ? cells : null;
}
