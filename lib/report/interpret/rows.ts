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
function viewPart(part: Row, isLabel: readonly boolean[], from: number): RowView {
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

/**
 * The row as labels and values. Rows whose boundaries were lost (label, numbers, label, numbers …) are
 * split before each label that follows a number, one view per part; empty cells just before such a label
 * go with it (they are its merged label area). Each cell is classified once.
 */
export function viewRows(row: Row): RowView[] {
  const isLabel = row.cells.map(isLabelCell);
  return partStarts(row.cells, isLabel).map(([s, part]) => viewPart(part ?? row, isLabel, s));
}

/** Where each part starts, and the part as a row (null for the whole row when it is not split). */
function partStarts(cells: Cell[], isLabel: readonly boolean[]): [number, Row | null][] {
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
  if (starts.length === 1) return [[0, null]];
  return starts.map((s, k) => {
    const part = cells.slice(s, k + 1 < starts.length ? starts[k + 1] : cells.length);
    const first = part[0].span;
    const last = part[part.length - 1].span;
    return [s, { cells: part, span: { offset: first.offset, length: last.offset + last.length - first.offset } }];
  });
}
