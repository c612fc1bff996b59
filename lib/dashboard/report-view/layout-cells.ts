/**
 * The pieces a template table's layout is made of. A layout is plain data (no React), so the tables can be
 * checked against parsed reports in unit tests and drawn by any renderer: label cells carry the form's words,
 * value cells carry the JSON path of the number that goes there.
 */

/** Words as the form prints them, and in English. */
export interface Bilingual {
  zh: string;
  en: string;
}

/** A header or row label. Spans follow HTML: the cell covers colSpan columns and rowSpan rows. */
export interface LabelCell {
  kind: 'label';
  text: Bilingual;
  colSpan: number;
  rowSpan: number;
}

/** Where a number stands: its path in the parsed report ('table3.granted.natural'). */
export interface ValueCell {
  kind: 'value';
  path: string;
  colSpan: number;
}

export type LayoutCell = LabelCell | ValueCell;

export interface LayoutRow {
  cells: LayoutCell[];
  /** A row of headings inside the body (table 2 repeats its 第二十条 headings block by block). */
  heading?: boolean;
  /** The report row the values belong to ('table3.granted'), where the row is one report row. */
  path?: string;
}

export type TableId = 'table2' | 'table3' | 'table4';

export interface TableLayout {
  id: TableId;
  title: Bilingual;
  /** Width of the table in columns; every row, spans counted, fills exactly this many. */
  columns: number;
  head: LayoutRow[];
  body: LayoutRow[];
}

export const words = (zh: string, en: string): Bilingual => ({ zh, en });

export function label(text: Bilingual, span: { colSpan?: number; rowSpan?: number } = {}): LabelCell {
  return { kind: 'label', text, colSpan: span.colSpan ?? 1, rowSpan: span.rowSpan ?? 1 };
}

export function value(path: string, colSpan = 1): ValueCell {
  return { kind: 'value', path, colSpan };
}
