/**
 * Zeros the arithmetic forces. When 一、本年新收 and 二、上年结转 are both 0 in every column, 一 + 二 =
 * （七）+ 四 makes （七）总计 and 四、结转 0, and since counts are never negative every outcome row is 0 as
 * well, however a short row's written cells were placed (seed 001: four 0 cells in five for seven
 * columns). Those cells are derived as 0 with `value.derived`, never read: only where every number the
 * report does give for them is 0, so a report that contradicts itself keeps its nulls and its findings,
 * and never a cell the report left blank (a blank stays null, as everywhere).
 */
import type { ReportSink } from '../findings';
import { outcomeRows } from '../summary';
import { APPLICANT_COLUMNS, type ApplicantRow, type Table3, type Table3Key, type TemplateVersion } from '../types';

export function deriveForcedZeros(table: Table3, template: TemplateVersion | null, sink: ReportSink, written: (key: Table3Key) => number[]): void {
  if (!isZero(table.newReceived) || !isZero(table.carriedOver)) return;
  const rows: Table3Key[] = [...outcomeRows(table, template), 'total', 'carriedForward'];
  const writtenBlank = new Set(sink.findings.filter((f) => f.rule === 'cell.blank' || f.rule === 'cell.unreadable').map((f) => f.where));
  const all = rows.every((k) => table[k] && APPLICANT_COLUMNS.every((c) => table[k]![c] === null || table[k]![c] === 0) && written(k).every((n) => n === 0));
  if (!all) return;
  for (const key of rows) {
    const row = table[key]!;
    // A cell the report left blank stays blank: only cells its row could not place are derived.
    const blanks = APPLICANT_COLUMNS.filter((c) => row[c] === null && !writtenBlank.has(`table3.${key}.${c}`));
    if (blanks.length === 0) continue;
    for (const c of blanks) row[c] = 0;
    sink.add('value.derived', 'warning', `table3.${key}`,
      `一、本年新收 and 二、上年结转 are 0 in every column, so this row must be 0: its ${blanks.length} unplaced cell(s) are derived as 0`);
  }
}

/** A row that is 0 in every column: each cell 0, or null with the row's total 0 (the cell cannot be more). */
function isZero(row: ApplicantRow | undefined): boolean {
  if (!row) return false;
  const parts = APPLICANT_COLUMNS.slice(0, 6).map((c) => row[c]);
  const total = row.total ?? (parts.every((v) => v !== null) ? (parts as number[]).reduce((a, b) => a + b, 0) : null);
  return total === 0 && parts.every((v) => v === null || v === 0);
}
