/**
 * The document model mammoth 1.13 builds from a Word body (lib/documents.js), cut to what reaches
 * its HTML, and its one computation: vMerge runs turned into rowSpan (lib/docx/body-reader.js).
 */
import type { ListLevel } from './docx-parts';

export type DocNode =
  | {
      type: 'paragraph';
      children: DocNode[];
      styleId: string | null;
      styleName: string | null;
      numbering: ListLevel | null;
    }
  | {
      type: 'run';
      children: DocNode[];
      bold: boolean;
      italic: boolean;
      strike: boolean;
      align: string | undefined;
      styleName: string | null;
    }
  | { type: 'text'; value: string }
  | { type: 'lineBreak' }
  | { type: 'hyperlink'; children: DocNode[]; href?: string; anchor?: string; targetFrame?: string | null }
  | { type: 'bookmarkStart'; name: string | undefined }
  | { type: 'image'; altText: string | undefined }
  | { type: 'table'; children: DocNode[] }
  | { type: 'tableRow'; children: DocNode[]; isHeader: boolean }
  | TableCell;

export interface TableCell {
  type: 'tableCell';
  children: DocNode[];
  colSpan: number;
  rowSpan: number;
  vMerge?: boolean | null;
}

/** mammoth's calculateRowSpans: a vMerge run becomes one cell's rowSpan, unless the table holds other things. */
export function computeRowSpans(rows: DocNode[]): void {
  const plain =
    rows.every((row) => row.type === 'tableRow') &&
    rows.every((row) => row.type === 'tableRow' && row.children.every((cell) => cell.type === 'tableCell'));
  if (!plain) return;
  const columns: Record<number, TableCell> = Object.create(null);
  for (const row of rows as { children: TableCell[] }[]) {
    let index = 0;
    for (const cell of row.children) {
      if (cell.vMerge && columns[index]) columns[index].rowSpan++;
      else {
        columns[index] = cell;
        cell.vMerge = false;
      }
      index += cell.colSpan;
    }
  }
  for (const row of rows as { children: TableCell[] }[]) row.children = row.children.filter((cell) => !cell.vMerge);
}
