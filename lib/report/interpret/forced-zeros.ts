/**
 * Zeros the arithmetic forces. Counts are never negative, so when the known terms of one of the form's
 * sums already add up to the other side (一 + 二 = （七）+ 四; （一）…（六）= （七）; six applicant columns
 * = 总计), every unknown term of that sum is 0. Seed 001: 新收 and 上年结转 are 0 in every column, so
 * every outcome is 0 however its short rows' four 0 cells were placed; a crawler page that leaves zero
 * cells blank: the rows with no numbers at all are 0 once the others add up to （七）总计.
 *
 * Such cells are derived as 0 with `value.derived` at their row, never read. Only cells their row could
 * not place: never a cell the report left blank (a blank stays null, as everywhere), never in a row whose
 * unplaced numbers are not all 0, never in a table with a negative count.
 */
import type { ReportSink } from '../findings';
import { cellPaths, named, rowPathOf } from './cell-paths';
import { outcomeRows } from '../summary';
import { APPLICANT_COLUMNS, type ApplicantRow, type Table3, type Table3Key, type TemplateVersion } from '../types';

type Column = (typeof APPLICANT_COLUMNS)[number];

/** Returns whether any cell was derived. */
export function deriveForcedZeros(
  table: Table3,
  template: TemplateVersion | null,
  sink: ReportSink,
  writtenAll: (key: Table3Key) => number[],
): boolean {
  const keys = Object.keys(table) as Table3Key[];
  // Nothing to derive in a complete table (most reports), nothing safe to derive beside a negative count.
  if (!anyNull(table, keys)) return false;
  if (anyNegative(table, keys)) return false;
  const d = new Derivation(table, sink, writtenAll);

  const outcomes = outcomeRows(table, template);
  const sums: [Table3Key[], Table3Key[]][] = [
    [
      ['newReceived', 'carriedOver'],
      ['total', 'carriedForward'],
    ],
    [outcomes, ['total']],
  ];
  for (let pass = 0, changed = true; changed && pass < 6; pass++) {
    changed = false;
    for (const c of APPLICANT_COLUMNS) {
      for (const [left, right] of sums) changed = d.force(left, right, c) || d.force(right, left, c) || changed;
    }
    for (const k of keys) {
      const row = table[k]!;
      if (row.total === null) continue;
      let known = 0;
      for (const c of APPLICANTS) known += row[c] ?? 0;
      if (known !== row.total) continue;
      for (const c of APPLICANTS) if (d.canDerive(k, c)) d.zero(k, c), (changed = true);
    }
  }
  for (const [key, columns] of d.derived) {
    sink.add(
      'value.derived',
      'warning',
      `table3.${key}`,
      `the form's sums already add up without this row's ${columns.size} unplaced cell(s), and counts are never negative: they are derived as 0`,
    );
  }
  return d.derived.size > 0;
}

/** The six applicant columns, without 总计. */
const APPLICANTS = APPLICANT_COLUMNS.slice(0, 6);

// Speed: the two scans below read the seven cells by name (every row has the same shape), not as
// `row[c]` for each column, a lookup by a varying key that V8 does not cache, 350 times a report.

/** Whether a cell of the rows (any of the seven columns) is null. */
function anyNull(table: Table3, keys: Table3Key[]): boolean {
  for (const k of keys) {
    const r = table[k]!;
    if (
      r.natural === null ||
      r.commercial === null ||
      r.research === null ||
      r.social === null ||
      r.legal === null ||
      r.other === null ||
      r.total === null
    )
      return true;
  }
  return false;
}

/** Whether a cell of the rows (any of the seven columns) is negative. */
function anyNegative(table: Table3, keys: Table3Key[]): boolean {
  for (const k of keys) {
    const r = table[k]!;
    if (
      (r.natural ?? 0) < 0 ||
      (r.commercial ?? 0) < 0 ||
      (r.research ?? 0) < 0 ||
      (r.social ?? 0) < 0 ||
      (r.legal ?? 0) < 0 ||
      (r.other ?? 0) < 0 ||
      (r.total ?? 0) < 0
    )
      return true;
  }
  return false;
}

/** One table's derivation: what each row wrote, which cells the report left blank, what was derived. */
class Derivation {
  readonly derived = new Map<Table3Key, Set<Column>>();
  /** Per row, whether it wrote numbers at all and whether every one is 0 (asked for each cell, several passes). */
  private readonly writtenOf = new Map<Table3Key, { any: boolean; zeros: boolean }>();
  /** The paths of table 3's cells the report left blank or unreadable ("table3.granted.natural"). */
  private readonly blank: Set<string>;

  constructor(
    private readonly table: Table3,
    sink: ReportSink,
    private readonly writtenAll: (key: Table3Key) => number[],
  ) {
    this.blank = new Set();
    for (const f of sink.findings) if (f.rule === 'cell.blank' || f.rule === 'cell.unreadable') this.blank.add(f.where);
  }

  written(k: Table3Key): { any: boolean; zeros: boolean } {
    let w = this.writtenOf.get(k);
    if (w === undefined) {
      const numbers = this.writtenAll(k);
      let zeros = true;
      for (const n of numbers) if (n !== 0) zeros = false;
      w = { any: numbers.length > 0, zeros };
      this.writtenOf.set(k, w);
    }
    return w;
  }

  canDerive(k: Table3Key, c: Column): boolean {
    const row = this.table[k];
    // The path only when the cell is null and the row wrote nothing but zeros (most calls stop before).
    return (
      !!row && row[c] === null && this.written(k).zeros && (this.blank.size === 0 || !this.blank.has(cellPath(k, c)))
    );
  }

  zero(k: Table3Key, c: Column): void {
    this.table[k]![c] = 0;
    let columns = this.derived.get(k);
    if (!columns) {
      columns = new Set();
      this.derived.set(k, columns);
    }
    columns.add(c);
  }

  /** A cell's value for reasoning: as read, or a blank 总计 as the sum of six known applicant cells. */
  valueOf(k: Table3Key, c: Column): number | null {
    const row = this.table[k];
    if (!row) return null;
    if (row[c] !== null) return row[c];
    // A row that gives only zeros, however they were placed, is 0 in every column ("0 0 0 0 0 0" for 7).
    const given = this.written(k);
    if (given.any && given.zeros && nullOrZero(row)) return 0;
    if (c !== 'total') return null;
    let sum = 0;
    for (const a of APPLICANTS) {
      const v = row[a];
      if (v === null) return null;
      sum += v;
    }
    return sum;
  }

  /** When `known` is fully known and `other`'s known terms already equal it, `other`'s unknowns are 0. */
  force(known: Table3Key[], other: Table3Key[], c: Column): boolean {
    let target = 0;
    for (const k of known) {
      const v = this.valueOf(k, c);
      if (v === null) return false;
      target += v;
    }
    let sum = 0;
    for (const k of other) sum += this.valueOf(k, c) ?? 0;
    if (sum !== target) return false;
    let changed = false;
    for (const k of other) if (this.canDerive(k, c)) this.zero(k, c), (changed = true);
    return changed;
  }
}

/** Whether each of a row's seven cells is null or 0. */
function nullOrZero(row: ApplicantRow): boolean {
  for (const a of APPLICANT_COLUMNS) if (row[a] !== null && row[a] !== 0) return false;
  return true;
}

/** "table3.granted.natural" for a cell of table 3, the same string each time (cell-paths.ts). */
function cellPath(k: Table3Key, c: Column): string {
  return cellPaths(rowPathOf('table3', k), named(APPLICANT_COLUMNS))[APPLICANT_COLUMNS.indexOf(c)];
}
