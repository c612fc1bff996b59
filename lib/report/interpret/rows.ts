/** One table row seen as a label and the value cells after it. */
import type { Cell, Row } from '../model';
import { isValueText } from '../cells';
import { compact, countHan } from '../normalize';

export interface RowView {
  /** Label cells in order (merged group labels first, the row's own label last). */
  labels: Cell[];
  /** Cells after the last label cell: numbers, blanks and anything unreadable. */
  values: Cell[];
  /** Index in `row.cells` of the last label cell (-1 when the row has none). */
  labelIndex: number;
  row: Row;
}

/** A label cell holds words: at least two ideographs and not a number with its unit ("129600元"). */
export function isLabelCell(cell: Cell): boolean {
  return countHan(cell.text) >= 2 && !isValueText(cell.text);
}

export function viewRow(row: Row): RowView {
  let last = -1;
  for (let i = row.cells.length - 1; i >= 0; i--) {
    if (isLabelCell(row.cells[i])) {
      last = i;
      break;
    }
  }
  const labels = last < 0 ? [] : row.cells.slice(0, last + 1).filter(isLabelCell);
  return { labels, values: row.cells.slice(last + 1), labelIndex: last, row };
}

export function labelText(view: RowView): string {
  return compact(view.labels.map((c) => c.text).join(''));
}

/**
 * Rows whose boundaries were lost (label, numbers, label, numbers …) are split before each label that
 * follows a number; empty cells just before such a label go with it (they are its merged label area).
 */
export function splitInterleaved(row: Row): Row[] {
  const cells = row.cells;
  const starts: number[] = [0];
  let sawValue = false;
  for (let i = 0; i < cells.length; i++) {
    const cell = cells[i];
    if (isLabelCell(cell)) {
      if (sawValue) {
        let s = i;
        while (s > starts[starts.length - 1] + 1 && cells[s - 1].text.trim() === '') s--;
        starts.push(s);
        sawValue = false;
      }
    } else if (cell.text.trim() !== '' && isValueText(cell.text)) {
      sawValue = true;
    }
  }
  if (starts.length === 1) return [row];
  return starts.map((s, k) => {
    const part = cells.slice(s, k + 1 < starts.length ? starts[k + 1] : cells.length);
    const first = part[0].span;
    const last = part[part.length - 1].span;
    return { cells: part, span: { offset: first.offset, length: last.offset + last.length - first.offset } };
  });
}
