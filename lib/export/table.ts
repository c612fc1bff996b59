/**
 * The one table shape every export format takes (CSV, XLSX), so a view builds its rows once.
 * `kind` says how a spreadsheet shows a number; CSV writes the bare value whatever the kind.
 */

/**
 * text: as written. count: integer with thousands separators. amount: money with two decimals.
 * rate: a fraction 0..1 shown as a percent. year: an integer without separators (2021, not 2,021).
 */
export type ColumnKind = 'text' | 'count' | 'amount' | 'rate' | 'year';

export interface ExportColumn {
  header: string;
  kind: ColumnKind;
}

/** null is "no data" and stays an empty cell in every format, never 0. */
export type ExportCell = string | number | null;

export interface ExportTable {
  columns: ExportColumn[];
  rows: ExportCell[][];
}
