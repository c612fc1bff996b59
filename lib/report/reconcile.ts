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
import { cellPaths, indexed, named } from './interpret/cell-paths';
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
  get: (i: number) => number | null;
  set: (i: number, v: number | null) => void;
  order: OrderRow | undefined;
}

export interface Tables {
  table2: Table2;
  table3: Table3;
  table4: Table4;
}

export function reconcile(tables: Tables, reading: OrderReading, sink: ReportSink): void {
  const slots = slotsOf(tables, reading);
  const touched = new Set<string>();
  const fillable = new Map(slots.map((slot) => [slot, rowIsFillable(slot, sink.findings)]));
  for (const slot of slots) {
    if (!slot.order) continue;
    const filled: number[] = [];
    slot.paths.forEach((path, i) => {
      const mine = slot.get(i);
      const theirs = slot.order!.values[i];
      if (theirs === null || theirs === undefined || mine === theirs) return;
      if (mine !== null) {
        slot.set(i, null);
        sink.forget(path);
        sink.add(
          'reading.disagree',
          'warning',
          path,
          `the table as laid out gives ${mine}, the form's order and arithmetic give ${theirs}; left null`,
          slot.order!.spans[i]?.offset,
        );
        return;
      }
      if (!fillable.get(slot) || blankAsWritten(path, sink.findings)) return;
      slot.set(i, theirs);
      const span = slot.order!.spans[i];
      if (span) sink.trace(path, span);
      filled.push(i);
    });
    if (filled.length === 0) continue;
    touched.add(slot.table);
    const complete = slot.paths.every((_, i) => slot.get(i) !== null);
    if (complete) sink.retractAll((f) => (f.where === slot.rowPath || f.where === slot.table) && FILLABLE.has(f.rule));
    sink.add(
      'reading.order',
      'info',
      slot.rowPath,
      `read by the form's order and arithmetic, not by the table's layout: ${HOW[slot.order.how]}`,
      slot.order.spans.find((s) => s)?.offset,
    );
  }
  // A table the order reading found is not missing: its rows' own findings say what could not be read.
  for (const table of ['table2', 'table3', 'table4'] as const) {
    if (touched.has(table) || reading[table]) sink.retractAll((f) => f.rule === `${table}.missing`);
  }
  addNotes(
    reading,
    slots.filter((s) => touched.has(s.table) || reading[s.table]),
    sink,
  );
}

/** The layout reading could not place this row (or found no table): another reading may fill it. */
function rowIsFillable(slot: RowSlot, findings: Finding[]): boolean {
  if (findings.some((f) => f.rule === 'row.conflict' && f.where === slot.rowPath)) return false;
  return findings.some(
    (f) =>
      (FILLABLE.has(f.rule) && (f.where === slot.rowPath || f.where === slot.table)) ||
      f.rule === `${slot.table}.missing`,
  );
}

function blankAsWritten(path: string, findings: Finding[]): boolean {
  return findings.some((f) => f.where === path && (f.rule === 'cell.blank' || f.rule === 'cell.unreadable'));
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
  const explains = (f: Finding, slot: RowSlot, i: number) =>
    f.severity !== 'info' && (f.where === slot.paths[i] || f.where === slot.rowPath || f.where === slot.table);
  for (const slot of slots) {
    const unexplained = slot.paths.some(
      (_, i) => slot.get(i) === null && !sink.findings.some((f) => explains(f, slot, i)),
    );
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
    const rowPath = `table2.${key}`;
    slots.push({
      rowPath,
      table: 'table2',
      paths: cellPaths(rowPath, indexed(row.length)),
      get: (i) => row[i],
      set: (i, v) => (row[i] = v),
      order: fit(reading.table2?.rows[key], row.length),
    });
  }
  for (const [key, row] of Object.entries(tables.table3) as [keyof Table3, NonNullable<Table3[keyof Table3]>][]) {
    const rowPath = `table3.${key}`;
    slots.push({
      rowPath,
      table: 'table3',
      paths: cellPaths(rowPath, named(APPLICANT_COLUMNS)),
      get: (i) => row[APPLICANT_COLUMNS[i]],
      set: (i, v) => (row[APPLICANT_COLUMNS[i]] = v),
      order: reading.table3?.rows[key],
    });
  }
  for (const group of TABLE4_GROUPS) {
    const row = tables.table4[group];
    const rowPath = `table4.${group}`;
    slots.push({
      rowPath,
      table: 'table4',
      paths: cellPaths(rowPath, named(TABLE4_COLUMNS)),
      get: (i) => row[TABLE4_COLUMNS[i]],
      set: (i, v) => (row[TABLE4_COLUMNS[i]] = v),
      order: reading.table4?.rows[group],
    });
  }
  return slots;
}

function fit(row: OrderRow | undefined, width: number): OrderRow | undefined {
  return row && row.values.length === width ? row : undefined;
}
