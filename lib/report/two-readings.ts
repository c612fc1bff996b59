/**
 * Tables 2–4 from two readings: the layout reading (rows by label and cells, `interpret/`) always; the
 * order reading (`order/`) when the layout reading is incomplete (a row it could not place, a table it
 * did not find) or a consistency rule fails on it, and always when no table was laid out at all.
 * `reconcile` makes one answer of the two; zeros the arithmetic forces are derived last.
 */
import { checkConsistency } from './checks';
import { ReportSink, SourceIndex } from './findings';
import { deriveForcedZeros } from './interpret/forced-zeros';
import { readTable2 } from './interpret/table2';
import { readTable3 } from './interpret/table3';
import { readTable4 } from './interpret/table4';
import type { Walk } from './interpret/walk';
import { holdsTables, type OrderReading, orderWritten } from './order';
import { FILLABLE, reconcile, type Tables } from './reconcile';
import type { Table3Key, TemplateVersion } from './types';

export interface TwoReadings extends Tables {
  /** The order reading, when it ran. */
  byOrder: OrderReading | null;
}

export function readTables(walk: Walk, readAs: TemplateVersion, template: TemplateVersion | null, sink: ReportSink, readByOrder: () => OrderReading): TwoReadings {
  const table2 = readTable2(walk.rows, readAs, sink);
  const written = new Map<Table3Key, number[]>();
  const table3 = readTable3(walk.rows, walk.naturalColumn, readAs, sink, written);
  const table4 = readTable4(walk.rows, sink);
  const tables = { table2, table3, table4 };
  const byOrder = layoutIncomplete(sink) || layoutInconsistent(tables, template) ? readByOrder() : null;
  if (byOrder) reconcile(tables, byOrder, sink);
  deriveForcedZeros(table3, template, sink, (key) => [...(written.get(key) ?? []), ...(byOrder ? orderWritten(byOrder, key) : [])]);
  return { ...tables, byOrder };
}

export { holdsTables };

function layoutIncomplete(sink: ReportSink): boolean {
  return sink.findings.some((f) => FILLABLE.has(f.rule) || f.rule.endsWith('.missing'));
}

/** The consistency rules, run on a scratch sink: the real findings come after the readings are one. */
function layoutInconsistent(tables: Tables, template: TemplateVersion | null): boolean {
  const scratch = new ReportSink(new SourceIndex(''));
  checkConsistency(tables, template, scratch);
  return scratch.findings.length > 0;
}
