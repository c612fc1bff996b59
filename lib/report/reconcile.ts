/**
 * Two readings, one answer, never a silent choice. The layout reading (rows by their label and cells)
 * and the order reading (the form's order and arithmetic, `order/`) are compared cell by cell:
 * - equal, or the order reading has nothing: the layout reading stands;
 * - the layout reading left the cell null because it could not place its row (short, ambiguous, run
 *   together, not found) and the order reading has a number that passed the form's rules: that number,
 *   with an info finding `reading.order` saying which reading gave it;
 * - both have a number and they differ: null, with `reading.disagree` showing both.
 * A cell the layout reading saw blank or unreadable stays null: a blank is a reading, not an absence.
 */
import type { ReportSink } from './findings';
import { cellPaths, indexed, named, rowPathOf } from './interpret/cell-paths';
import type { OrderNote, OrderReading, OrderRow } from './order';
import {
  APPLICANT_COLUMNS,
  type Finding,
  type Table2,
  type Table3,
  type Table4,
  TABLE4_COLUMNS,
  TABLE4_GROUPS,
} from './types';

/** Why the layout reading left a row null, when another reading may fill it. */
export const FILLABLE: ReadonlySet<string> = new Set([
  'row.short',
  'row.missing',
  'row.ambiguous',
  'row.undecodable',
  'row.long',
  'row.decodeWithdrawn',
]);
const HOW: Record<OrderRow['how'], string> = {
  read: 'its cells as written',
  decoded: 'its digits, which ran together, cut in the only way the sums allow',
  columns: 'its digits, which ran together, cut in the only way the row and column sums allow',
  order: "numbers given to it by the form's order (its label was lost or moved), every sum of the table holding",
  total: 'its total only: its other cells vanished',
  counted: 'its digits, which ran together, are cut in the only way their count allows',
  displaced:
    'its cells as written, and one cell of two lines that the conversion pushed out of the table, put back in the column its note names',
};

interface RowSlot {
  rowPath: string;
  table: 'table2' | 'table3' | 'table4';
  paths: readonly string[];
  /** The row's cells: table 2's array (`columns` null), or a table 3 / table 4 row keyed by `columns`. */
  row: Cells;
  columns: readonly string[] | null;
  order: OrderRow | undefined;
}

type Cells = Record<string, number | null> | (number | null)[];

function cellOf(slot: RowSlot, i: number): number | null {
  return slot.columns
    ? (slot.row as Record<string, number | null>)[slot.columns[i]]
    : (slot.row as (number | null)[])[i];
}

function setCell(slot: RowSlot, i: number, v: number | null): void {
  if (slot.columns) (slot.row as Record<string, number | null>)[slot.columns[i]] = v;
  else (slot.row as (number | null)[])[i] = v;
}

export interface Tables {
  table2: Table2;
  table3: Table3;
  table4: Table4;
}

/** Returns whether any cell changed (filled, or emptied where the readings disagree). */
export function reconcile(tables: Tables, reading: OrderReading, sink: ReportSink): boolean {
  const slots = slotsOf(tables, reading);
  const touched = new Set<string>();
  const layout = layoutFindings(sink.findings);
  const answered = new Set<string>();
  let changed = false;
  for (const slot of slots) {
    if (!slot.order) continue;
    const order = slot.order;
    const fillable = rowIsFillable(slot, layout);
    let filled = 0;
    /** Whether every cell of the row holds a number once this row is done. */
    let full = true;
    for (let i = 0; i < slot.paths.length; i++) {
      const mine = cellOf(slot, i);
      const theirs = order.values[i];
      if (theirs === null || theirs === undefined || mine === theirs) {
        if (mine === null) full = false;
        continue;
      }
      const path = slot.paths[i];
      if (mine !== null) {
        setCell(slot, i, null);
        changed = true;
        full = false;
        sink.forget(path);
        sink.add(
          'reading.disagree',
          'warning',
          path,
          `the table as laid out gives ${mine}, the form's order and arithmetic give ${theirs}; left null`,
          order.spans[i]?.offset,
        );
        continue;
      }
      if (!fillable || layout.blank.has(path)) {
        full = false;
        continue;
      }
      setCell(slot, i, theirs);
      changed = true;
      const span = order.spans[i];
      if (span) sink.trace(path, span);
      filled++;
    }
    if (filled === 0) continue;
    touched.add(slot.table);
    // A row filled in full no longer needs the layout's excuses for it (taken back together below: the
    // findings added meanwhile are never FILLABLE, so the same ones go).
    if (full) answered.add(slot.rowPath).add(slot.table);
    sink.add(
      'reading.order',
      'info',
      slot.rowPath,
      `read by the form's order and arithmetic, not by the table's layout: ${HOW[slot.order.how]}`,
      slot.order.spans.find((s) => s)?.offset,
    );
  }
  if (answered.size > 0) sink.retractAll((f) => FILLABLE.has(f.rule) && answered.has(f.where));
  // A table the order reading found is not missing: its rows' own findings say what could not be read.
  for (const table of ['table2', 'table3', 'table4'] as const) {
    if (touched.has(table) || reading[table]) sink.retractAll((f) => f.rule === MISSING[table]);
  }
  addNotes(
    reading,
    slots.filter((s) => touched.has(s.table) || reading[s.table]),
    sink,
  );
  return changed;
}

/**
 * What the layout reading said before the readings are reconciled, indexed: where it could not place a
 * row (FILLABLE rules, by `where`), the rows given twice (row.conflict), the tables it did not find
 * (`table2.missing` …), and the cells it saw blank or unreadable (a blank is a reading, not an absence).
 */
interface LayoutFindings {
  unplaced: Set<string>;
  conflict: Set<string>;
  missing: Set<string>;
  blank: Set<string>;
}

function layoutFindings(findings: readonly Finding[]): LayoutFindings {
  const found: LayoutFindings = { unplaced: new Set(), conflict: new Set(), missing: new Set(), blank: new Set() };
  for (const f of findings) {
    if (FILLABLE.has(f.rule)) found.unplaced.add(f.where);
    else if (f.rule === 'row.conflict') found.conflict.add(f.where);
    else if (f.rule === 'cell.blank' || f.rule === 'cell.unreadable') found.blank.add(f.where);
    if (f.rule === 'table2.missing' || f.rule === 'table3.missing' || f.rule === 'table4.missing')
      found.missing.add(f.rule);
  }
  return found;
}

const MISSING = { table2: 'table2.missing', table3: 'table3.missing', table4: 'table4.missing' } as const;

/** The layout reading could not place this row (or found no table): another reading may fill it. */
function rowIsFillable(slot: RowSlot, layout: LayoutFindings): boolean {
  if (layout.conflict.has(slot.rowPath)) return false;
  return (
    layout.unplaced.has(slot.rowPath) || layout.unplaced.has(slot.table) || layout.missing.has(MISSING[slot.table])
  );
}

/**
 * In a table the order reading found or filled, every null cell keeps a finding that says why: the
 * layout reading's, else the order reading's note for its row, else that neither reading found the row.
 */
function addNotes(reading: OrderReading, slots: RowSlot[], sink: ReportSink): void {
  const notes: OrderNote[] = [
    ...(reading.table2?.notes ?? []),
    ...(reading.table3?.notes ?? []),
    ...(reading.table4?.notes ?? []),
  ];
  // Where a finding (not an info) already explains a null: the cell, its row or its table.
  const explained = new Set<string>();
  for (const f of sink.findings) if (f.severity !== 'info') explained.add(f.where);
  for (const slot of slots) {
    if (explained.has(slot.rowPath) || explained.has(slot.table)) continue;
    const unexplained = slot.paths.some((path, i) => cellOf(slot, i) === null && !explained.has(path));
    if (!unexplained) continue;
    const note = notes.find((n) => n.where === slot.rowPath) ?? notes.find((n) => n.where === slot.table);
    if (note) sink.add(note.rule, note.severity, slot.rowPath, note.message, note.offset);
    else
      sink.add(
        'row.missing',
        'warning',
        slot.rowPath,
        "this row was found by neither reading (the table as laid out, the form's order); its cells are null",
      );
  }
}

function slotsOf(tables: Tables, reading: OrderReading): RowSlot[] {
  const slots: RowSlot[] = [];
  for (const [key, row] of Object.entries(tables.table2) as [keyof Table2, (number | null)[]][]) {
    const rowPath = rowPathOf('table2', key);
    slots.push({
      rowPath,
      table: 'table2',
      paths: cellPaths(rowPath, indexed(row.length)),
      row,
      columns: null,
      order: fit(reading.table2?.rows[key], row.length),
    });
  }
  for (const key of Object.keys(tables.table3) as (keyof Table3)[]) {
    const row = tables.table3[key]!;
    const rowPath = rowPathOf('table3', key);
    slots.push({
      rowPath,
      table: 'table3',
      paths: cellPaths(rowPath, named(APPLICANT_COLUMNS)),
      row: row as unknown as Cells,
      columns: APPLICANT_COLUMNS,
      order: reading.table3?.byKey.get(key),
    });
  }
  for (const group of TABLE4_GROUPS) {
    const row = tables.table4[group];
    const rowPath = rowPathOf('table4', group);
    slots.push({
      rowPath,
      table: 'table4',
      paths: cellPaths(rowPath, named(TABLE4_COLUMNS)),
      row: row as unknown as Cells,
      columns: TABLE4_COLUMNS,
      order: reading.table4?.rows[group],
    });
  }
  return slots;
}

function fit(row: OrderRow | undefined, width: number): OrderRow | undefined {
  return row && row.values.length === width ? row : undefined;
}
