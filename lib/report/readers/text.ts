/**
 * Plain text and Markdown → blocks. Handles the forms reports reach us in as text: one cell per line
 * (each starting with a tab, blank lines between rows, header cells continued on following lines),
 * tab-separated rows, Markdown pipe tables (separators, page footers, repeated headers) and plain lines
 * whose numbers are separated by spaces or ran together.
 */
import type { Block, Cell, Row, TableBlock, TableOrigin } from '../model';
import { isValueText } from '../cells';
import { hideCrawlerHeader } from '../crawler-header';
import { isBareNumber, type Line, makeCell, spacedRowCells, splitCells, splitLines } from './text-lines';

const HEADING = /^\s*(?:[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）|\([一二三四五六七八九十]+\))/;

export function readText(source: string): Block[] {
  const lines = splitLines(hideCrawlerHeader(source));
  const blocks: Block[] = [];
  let table: TableBlock | null = null;
  let row: Row | null = null;
  let blankSinceCell = false;

  const closeRow = () => {
    if (table && row && row.cells.length > 0) table.rows.push(row);
    row = null;
  };
  const closeTable = () => {
    closeRow();
    if (table && table.rows.length > 0) {
      const last = table.rows[table.rows.length - 1].span;
      table.span.length = last.offset + last.length - table.span.offset;
      blocks.push(table);
    }
    table = null;
  };
  const ensureTable = (origin: TableOrigin, offset: number): TableBlock => {
    if (!table || table.origin !== origin) {
      closeTable();
      table = { kind: 'table', origin, rows: [], span: { offset, length: 0 } };
    }
    return table;
  };
  const pushRow = (origin: TableOrigin, cells: Cell[], line: Line) => {
    const t = ensureTable(origin, line.offset);
    closeRow();
    t.rows.push({ cells, span: { offset: line.offset, length: line.text.length } });
  };

  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const current = table as TableBlock | null;
    switch (line.kind) {
      case 'blank':
        blankSinceCell = true;
        continue;
      case 'footer':
        continue;
      case 'cell': {
        if (current?.origin === 'tab-rows') {
          pushRow('tab-rows', splitCells(line.text, line.offset, '\t'), line);
          continue;
        }
        const t = ensureTable('cell-per-line', line.offset);
        if (blankSinceCell || !row) {
          closeRow();
          table = t;
          row = { cells: [], span: { offset: line.offset, length: 0 } };
        }
        const r = row as Row;
        r.cells.push(makeCell(line.text.slice(1), line.offset + 1));
        r.span.length = line.offset + line.text.length - r.span.offset;
        blankSinceCell = false;
        continue;
      }
      case 'tab-row':
        pushRow('tab-rows', splitCells(line.text, line.offset, '\t'), line);
        blankSinceCell = false;
        continue;
      case 'markdown': {
        const cells = markdownCells(line);
        if (cells) pushRow('markdown', cells, line);
        blankSinceCell = false;
        continue;
      }
      case 'text': {
        if (current?.origin === 'cell-per-line' && row && continuesCell(lines, i, row, blankSinceCell)) {
          const r = row as Row;
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
          pushRow(current && current.origin !== 'cell-per-line' ? current.origin : 'spaced-text', cells, line);
          blankSinceCell = false;
          continue;
        }
        closeTable();
        blocks.push({ kind: 'paragraph', text: line.text, span: { offset: line.offset, length: line.text.length } });
        blankSinceCell = false;
        continue;
      }
    }
  }
  closeTable();
  return blocks;
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
  let cells = splitCells(text.slice(first + 1), line.offset + first + 1, '|');
  if (cells.length > 0 && cells[cells.length - 1].text.trim() === '') cells = cells.slice(0, -1);
  if (cells.every((c) => MD_SEPARATOR.test(c.text) || c.text.trim() === '')) return null;
  return cells.map((c) => ({ ...c, text: c.text.trim() === '' ? '' : c.text }));
}
