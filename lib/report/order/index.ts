/**
 * The second reading of a report, which does not depend on layout: the document as one stream in
 * reading order, the form's row labels as anchors in the form's order, the numbers between them given
 * to the rows, and digit runs cut only where the form's arithmetic allows exactly one cut.
 */
import type { Table3Key, TemplateVersion } from '../types';
import { TABLE_STARTS } from './form';
import { streamOf, type OrderStream, type StreamEnd } from './stream';
import { readTable2ByOrder, type Table2ByOrder } from './table2-by-order';
import { readTable3ByOrder, type Table3ByOrder } from './table3-by-order';
import { firstOf } from './first-of';
import { readTable4ByOrder, type Table4ByOrder } from './table4-by-order';

export interface OrderReading {
  table2: Table2ByOrder | null;
  table3: Table3ByOrder | null;
  table4: Table4ByOrder | null;
}

export { streamOf, type OrderStream };
export type { OrderRow, OrderNote } from './types';

export type TableName = 'table2' | 'table3' | 'table4';
const ALL: ReadonlySet<TableName> = new Set(['table2', 'table3', 'table4']);

/** The tables `which` names, read by the form's order; the others are left null (not looked at). */
export function readByOrder(
  stream: OrderStream,
  template: TemplateVersion,
  which: ReadonlySet<TableName> = ALL,
): OrderReading {
  const text = stream.text;
  const end = text.length;
  const t2 = firstOf(text, TABLE_STARTS.table2, 0, end);
  const t3 = firstOf(text, TABLE_STARTS.table3, Math.max(t2, 0), end);
  const t4From = firstOf(text, TABLE_STARTS.table4, Math.max(t3, t2, 0), end);
  const table2 =
    t2 >= 0 && which.has('table2')
      ? readTable2ByOrder(stream, { from: t2, to: t3 >= 0 ? t3 : t4From >= 0 ? t4From : end }, template)
      : null;
  const table3 =
    t3 >= 0 && which.has('table3')
      ? readTable3ByOrder(stream, { from: t3, to: t4From >= 0 ? t4From : end }, template)
      : null;
  const table4 = which.has('table4')
    ? readTable4ByOrder(stream, { from: Math.max(table3?.end ?? 0, t3, t2, 0), to: end })
    : null;
  return { table2, table3, table4 };
}

/**
 * Where the stream a reading of `which` needs may end (streamOf): table 2 alone is read up to table 3's opening,
 * so the blocks after it need not be streamed (run-together text mostly rereads table 2 alone).
 */
export function streamEndFor(which: ReadonlySet<TableName>): StreamEnd | undefined {
  return which.size === 1 && which.has('table2')
    ? { after: TABLE_STARTS.table2, until: TABLE_STARTS.table3 }
    : undefined;
}

/** The stream's words from the first table on: the template's cues where no table was walked. */
export function tableText(stream: OrderStream): string {
  const from = firstOf(stream.text, [...TABLE_STARTS.table2, ...TABLE_STARTS.table3], 0, stream.text.length);
  return from < 0 ? '' : stream.text.slice(from);
}

/** The numbers the order reading found after a table-3 row's label, placed or not. */
export function orderWritten(reading: OrderReading, key: Table3Key): number[] {
  return reading.table3?.written.get(key) ?? [];
}

/** Whether the stream holds any of the form's tables at all (a report the layout reading missed). */
export function holdsTables(reading: OrderReading): boolean {
  return (reading.table3?.byKey.size ?? 0) + rowCount(reading.table4) + rowCount(reading.table2) > 0;
}

function rowCount(t: { rows: object } | null): number {
  return t ? Object.keys(t.rows).length : 0;
}
