/**
 * A table as plain data, so a server page can describe it and a client component can render it, and the
 * CSV/XLSX exports write exactly the same columns. Values stay raw (numbers, fractions, null); the
 * renderer formats them for the locale.
 */
import type { ColumnKind, ExportCell } from '../../export/table';

export type { ColumnKind };

export interface TableColumn {
  id: string;
  header: string;
  kind: ColumnKind;
  /** Header of the group the column sits under (the template's own grouping); columns of one group are adjacent. */
  group?: string;
  /** Where the column's definition is explained (/metrics#id). */
  definitionHref?: string;
  /** Whether the server can sort by it. */
  sortable?: boolean;
  /** Held in place while the table scrolls sideways (the agency name). */
  sticky?: boolean;
  /**
   * Its cells are names, not words of the UI (the agency's): the page marks them translate="no", so neither a
   * browser's translation nor a check of the page's language takes them for words to translate.
   */
  names?: boolean;
  /**
   * How a number column's cells read on screen when not as a count: 'days-late' writes 按时 / 逾期 N 天 / 未知
   * (lib/format/days-late.ts); 'points' writes a score with one decimal (98.8, 100.0). The value stays the number,
   * for the sort and the exports.
   */
  format?: 'days-late' | 'points';
}

export type CellValue = ExportCell;

export interface TableRow {
  key: string;
  cells: Record<string, CellValue>;
  /** Links per column id (the agency name to its page). */
  links?: Record<string, string>;
  /** Per rate column id, the count the rate rests on (its denominator), shown beside it and exported after it. */
  bases?: Record<string, number | null>;
}
