/**
 * Tables drawn without borders, rebuilt from alignment alone. A run of lines split by wide gaps is a
 * table; its value columns are the clusters of the numbers' centres across the run. Each line with
 * numbers is a row: its words as label cells, then one cell per value column; a line without numbers
 * (a header line, or a label's wrapped part) is a row of one cell. A number that fits no column, or shares one
 * with another number, is not placed: those cells stay empty rather than guessed.
 */
import type { GridCell, GridTable } from './pdf-grid';
import { joinFragments, type Line, segments, type TextItem } from './pdf-lines';

const COLUMN_GAP_EM = 1.5;
/** Numbers whose centres are within this many em of each other share a column. */
const COLUMN_TOL_EM = 1;
/** Non-tabular lines allowed between two tabular ones inside a table (wrapped labels, header parts). */
const MAX_INNER_TEXT_LINES = 2;
const MIN_TABULAR_LINES = 2;

const NUMERIC = /^[-+−]?\d[\d,，.]*\s*(?:元|万元|%)?$/;

interface Seg {
  text: string;
  x0: number;
  x1: number;
  cx: number;
  numeric: boolean;
}

function lineSegments(line: Line): Seg[] {
  return segments(line.items, COLUMN_GAP_EM).map((items: TextItem[]) => {
    const text = joinFragments(items);
    const x0 = items[0].x0;
    const x1 = Math.max(...items.map((i) => i.x1));
    return { text, x0, x1, cx: (x0 + x1) / 2, numeric: NUMERIC.test(text) };
  });
}

const hasNumbers = (segs: Seg[]) => segs.some((s) => s.numeric);
const isTabular = (segs: Seg[]) => segs.length >= 2;

export function alignedTables(lines: Line[]): { tables: GridTable[]; rest: Line[] } {
  const segs = lines.map(lineSegments);
  const tables: GridTable[] = [];
  const rest: Line[] = [];
  let i = 0;
  while (i < lines.length) {
    if (!isTabular(segs[i])) {
      rest.push(lines[i++]);
      continue;
    }
    // Extend the run while tabular lines follow, possibly after a few short text lines close by.
    let end = i + 1;
    let tabular = 1;
    let numbersSeen = hasNumbers(segs[i]);
    for (let j = i + 1; j < lines.length; j++) {
      if (lines[j].base - lines[j - 1].base > 3 * lines[j - 1].size) break;
      if (isTabular(segs[j])) {
        // A header row after rows of numbers starts the next table (table 2's blocks have their own columns).
        if (numbersSeen && !hasNumbers(segs[j])) break;
        numbersSeen ||= hasNumbers(segs[j]);
        end = j + 1;
        tabular++;
      } else if (j - end >= MAX_INNER_TEXT_LINES) break;
    }
    if (tabular < MIN_TABULAR_LINES || !segs.slice(i, end).some(hasNumbers)) {
      for (let j = i; j < end; j++) rest.push(lines[j]);
    } else tables.push(buildTable(lines.slice(i, end), segs.slice(i, end)));
    i = end;
  }
  return { tables, rest };
}

function valueColumns(segs: Seg[][], em: number): number[] {
  const centres = segs
    .flatMap((s) => (isTabular(s) ? s.filter((x) => x.numeric).map((x) => x.cx) : []))
    .sort((p, q) => p - q);
  const groups: number[][] = [];
  for (const c of centres) {
    const g = groups[groups.length - 1];
    if (g && c - g[g.length - 1] <= COLUMN_TOL_EM * em) g.push(c);
    else groups.push([c]);
  }
  // A column is where numbers of several rows line up; a lone number off every column makes none.
  const rowsWithNumbers = segs.filter((s) => isTabular(s) && hasNumbers(s)).length;
  const support = rowsWithNumbers >= 3 ? 2 : 1;
  return groups.filter((g) => g.length >= support).map((g) => g.reduce((a, v) => a + v, 0) / g.length);
}

function buildTable(lines: Line[], segs: Seg[][]): GridTable {
  const em = Math.min(...lines.map((l) => l.size));
  const columns = valueColumns(segs, em);
  const firstColumnLeft = columns.length > 0 ? columns[0] - COLUMN_TOL_EM * em : Infinity;
  const wrapped = wrappedLabels(lines, segs, firstColumnLeft);
  const rows: GridCell[][] = [];
  lines.forEach((_line, r) => {
    if (wrapped.absorbed.has(r)) return;
    const row = segs[r];
    const hasValues = isTabular(row) && row.some((s) => s.numeric);
    if (!hasValues) {
      // Header lines: without borders, wrapped header cells cannot be told apart, so the line is one cell.
      rows.push([cell(row.map((s) => s.text).join(' '), r, 0)]);
      return;
    }
    const own = row.filter((s) => !s.numeric && s.cx < firstColumnLeft);
    const label = wrapped.labels.get(r);
    const labels = label !== undefined ? [{ ...own[0], text: label }] : own;
    const placed: (string | null)[] = columns.map(() => null);
    const unsure = new Set<number>();
    for (const s of row) {
      if (own.includes(s)) continue;
      const k = columns.findIndex((c) => Math.abs(c - s.cx) <= COLUMN_TOL_EM * em);
      if (k < 0) {
        // Fits no column: the columns it lies between cannot be trusted either.
        columns.forEach((c, j) => {
          if (c > s.x0 - COLUMN_TOL_EM * em && c < s.x1 + COLUMN_TOL_EM * em) unsure.add(j);
        });
        continue;
      }
      if (placed[k] !== null) unsure.add(k);
      placed[k] = s.text;
    }
    const values = placed.map((t, k) => (unsure.has(k) ? '' : (t ?? '')));
    rows.push([...labels.map((s, c) => cell(s.text, r, c)), ...values.map((t, k) => cell(t, r, labels.length + k))]);
  });
  const x0 = Math.min(...lines.map((l) => l.x0));
  const x1 = Math.max(...lines.map((l) => l.x1));
  return {
    rows,
    top: lines[0].base - lines[0].size,
    bottom: lines[lines.length - 1].base + 0.2 * lines[lines.length - 1].size,
    left: x0,
    right: x1,
    xs: columns,
    ruled: false,
  };
}

/**
 * A row of numbers with no label of its own, with a label line just above and just below it (a label
 * cell wrapped over two lines, centred on the row): the two lines are that row's label.
 */
function wrappedLabels(lines: Line[], segs: Seg[][], firstColumnLeft: number) {
  const labels = new Map<number, string>();
  const absorbed = new Set<number>();
  const labelOnly = (r: number) =>
    r >= 0 &&
    r < lines.length &&
    !absorbed.has(r) &&
    segs[r].length === 1 &&
    !segs[r][0].numeric &&
    segs[r][0].x1 < firstColumnLeft;
  for (let r = 0; r < lines.length; r++) {
    const row = segs[r];
    if (!row.some((s) => s.numeric) || row.some((s) => !s.numeric && s.cx < firstColumnLeft)) continue;
    const near = (q: number) => Math.abs(lines[q].base - lines[r].base) <= 1.3 * lines[r].size;
    if (labelOnly(r - 1) && labelOnly(r + 1) && near(r - 1) && near(r + 1)) {
      labels.set(r, `${segs[r - 1][0].text}\n${segs[r + 1][0].text}`);
      absorbed.add(r - 1).add(r + 1);
    }
  }
  return { labels, absorbed };
}

function cell(text: string, row: number, col: number): GridCell {
  return { text, row, col, rowSpan: 1, colSpan: 1 };
}
