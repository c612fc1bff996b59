/** One table row seen as a label and the value cells after it. */
import type { Cell, Row } from '../model';
import { isValueText } from '../cells';
import { compact, countHan, isBlank } from '../normalize';

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

/** The view of `part`, whose cells are classified by `isLabel` from index `from` on. */
function viewPart(part: Row, isLabel: Uint8Array, from: number): RowView {
  const cells = part.cells;
  let last = -1;
  for (let i = cells.length - 1; i >= 0; i--) {
    if (isLabel[from + i]) {
      last = i;
      break;
    }
  }
  const labels: Cell[] = [];
  for (let i = 0; i <= last; i++) if (isLabel[from + i]) labels.push(cells[i]);
  return { labels, values: cells.slice(last + 1), labelIndex: last, row: part };
}

export function labelText(view: RowView): string {
  const labels = view.labels;
  return compact(labels.length === 1 ? labels[0].text : labels.map((c) => c.text).join(''));
}

/** Per cell of the row being viewed, 1 for a label cell (see `viewRows`). */
let isLabelScratch = new Uint8Array(64);

/**
 * The row as labels and values. Rows whose boundaries were lost (label, numbers, label, numbers …) are
 * split before each label that follows a number, one view per part; empty cells just before such a label
 * go with it (they are its merged label area). Each cell is classified once, into a scratch array reused
 * from row to row (read only until this returns); most rows are not split and skip the part bookkeeping.
 */
export function viewRows(row: Row): RowView[] {
  const cells = row.cells;
  const n = cells.length;
  if (isLabelScratch.length < n) isLabelScratch = new Uint8Array(2 * n);
  const isLabel = isLabelScratch;
  let sawValue = false;
  let split = false;
  for (let i = 0; i < n; i++) {
    const text = cells[i].text;
    if (isLabelCell(cells[i])) {
      isLabel[i] = 1;
      if (sawValue) split = true;
    } else {
      isLabel[i] = 0;
      if (!sawValue && !isBlank(text) && isValueText(text)) sawValue = true;
    }
  }
  if (!split) return [viewPart(row, isLabel, 0)];
  return partStarts(cells, isLabel).map(([s, part]) => viewPart(part, isLabel, s));
}

/** Where each part of a split row starts, and the part as a row. */
function partStarts(cells: Cell[], isLabel: Uint8Array): [number, Row][] {
  const starts: number[] = [0];
  let sawValue = false;
  for (let i = 0; i < cells.length; i++) {
    const cell = cells[i];
    if (isLabel[i]) {
      if (sawValue) {
        let s = i;
        while (s > starts[starts.length - 1] + 1 && isBlank(cells[s - 1].text)) s--;
        starts.push(s);
        sawValue = false;
      }
    } else if (!isBlank(cell.text) && isValueText(cell.text)) {
      sawValue = true;
    }
  }
  return starts.map((s, k) => {
    const part = cells.slice(s, k + 1 < starts.length ? starts[k + 1] : cells.length);
    const first = part[0].span;
    const last = part[part.length - 1].span;
    return [s, { cells: part, span: { offset: first.offset, length: last.offset + last.length - first.offset } }];
  });
}
