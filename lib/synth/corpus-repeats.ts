/**
 * Tables copied from last year's report, planted in a share of a synthetic corpus on purpose (issue 16),
 * and the tables that end up equal to last year's whether copied or by chance — a small agency with one
 * request granted two years running has the same table 3 without copying anything. A reader flags a table
 * equal cell by cell (blank ≠ 0) to the same agency's the year before, unless it is all blanks and zeros
 * (lib/metrics/cross-year.ts); this file says which tables that is, from the content as generated.
 */
import { APPLICANT_COLUMNS, TABLE4_COLUMNS, TABLE4_GROUPS } from '../report/types';
import type { ReportContent } from './content';
import type { Rng } from './prng';

export type RepeatableTable = 'table3' | 'table4';

export const REPEATABLE_TABLES: readonly RepeatableTable[] = ['table3', 'table4'];

/** Every cell of the table in a fixed order, blanks as null; table 3 over the rows either year has. */
function cells(c: ReportContent, table: RepeatableTable, rows: readonly string[]): (number | null)[] {
  if (table === 'table4') return TABLE4_GROUPS.flatMap((g) => TABLE4_COLUMNS.map((col) => c.table4[g]?.[col] ?? null));
  const t3 = c.table3 as Record<string, Partial<Record<string, number | null>> | undefined>;
  return rows.flatMap((row) => APPLICANT_COLUMNS.map((col) => t3[row]?.[col] ?? null));
}

const rowsOf = (...cs: ReportContent[]) => [...new Set(cs.flatMap((c) => Object.keys(c.table3)))].sort();

/** Some cell holds a figure other than 0: a table of blanks and zeros shows nothing copied. */
export function hasFigures(c: ReportContent, table: RepeatableTable): boolean {
  return cells(c, table, rowsOf(c)).some((v) => v !== null && v !== 0);
}

/** The tables of `next` equal cell by cell to `prev`'s and not all blanks and zeros. */
export function unchangedTables(prev: ReportContent, next: ReportContent): RepeatableTable[] {
  const rows = rowsOf(prev, next);
  return REPEATABLE_TABLES.filter((table) => {
    const [a, b] = [cells(prev, table, rows), cells(next, table, rows)];
    return a.some((v) => v !== null && v !== 0) && a.every((v, i) => v === b[i]);
  });
}

/**
 * Copies tables of `prev` (the same agency's report of the year before, in the same form, without a
 * defect) into `next`, each by its rate when it has figures to copy. Draws one value per table always.
 */
export function plantRepeats(
  rng: Rng,
  prev: ReportContent | null,
  next: ReportContent,
  rates: Record<RepeatableTable, number>,
): RepeatableTable[] {
  const planted: RepeatableTable[] = [];
  for (const table of REPEATABLE_TABLES) {
    if (rng() >= rates[table] || !prev || !hasFigures(prev, table)) continue;
    if (table === 'table3') next.table3 = structuredClone(prev.table3);
    else next.table4 = structuredClone(prev.table4);
    planted.push(table);
  }
  return planted;
}
