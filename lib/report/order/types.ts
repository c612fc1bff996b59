/** What the order reading gives back: rows of values with where each came from, and notes. */
import type { Severity } from '../types';

export interface Region {
  from: number;
  to: number;
}

export interface OrderRow {
  values: (number | null)[];
  spans: ({ offset: number; length: number } | null)[];
  /** read: cells as written; decoded: digits cut by the row sum; columns: chosen by the column rules;
   *  order: numbers given to rows whose labels were lost; total: only the total of a short row;
   *  counted: digits that ran together, as many as the columns (table 2, which has no sums);
   *  displaced: a cell a converter pushed out of the table, put back in the column its note names. */
  how: 'read' | 'decoded' | 'counted' | 'columns' | 'order' | 'total' | 'displaced';
}

export interface OrderNote {
  rule: string;
  severity: Severity;
  where: string;
  message: string;
  offset?: number;
}
