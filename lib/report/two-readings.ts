/**
 * Tables 2–4 from two readings: the layout reading (rows by label and cells, `interpret/`) always; the
 * order reading (`order/`) when the layout reading is incomplete (a row it could not place, a table it
 * did not find) or a consistency rule fails on it, and always when no table was laid out at all.
 * `reconcile` makes one answer of the two; zeros the arithmetic forces are derived; then the form's
 * consistency rules are checked on the one answer.
 */
import { checkConsistency } from './checks';
import { ReportSink, SourceIndex } from './findings';
import { deriveForcedZeros } from './interpret/forced-zeros';
import { readTable2 } from './interpret/table2';
import { readTable3, writtenNumbers } from './interpret/table3';
import { readTable4 } from './interpret/table4';
import type { RowRecord, Walk } from './interpret/walk';
import { type OrderReading, orderWritten, type TableName } from './order';
import { FILLABLE, reconcile, type Tables } from './reconcile';
import type { Finding, Table3Key, TemplateVersion } from './types';

export interface TwoReadings extends Tables {
  /** The order reading, when it ran. */
  byOrder: OrderReading | null;
}

export function readTables(
  walk: Walk,
  readAs: TemplateVersion,
  template: TemplateVersion | null,
  sink: ReportSink,
  readByOrder: (which: ReadonlySet<TableName>) => OrderReading,
): TwoReadings {
  const table2 = readTable2(walk.rows, readAs, sink);
  const written = new Map<Table3Key, RowRecord[]>();
  const table3 = readTable3(walk.rows, walk.naturalColumn, readAs, sink, written);
  const table4 = readTable4(walk.rows, sink);
  const tables = { table2, table3, table4 };
  const { which, consistency } = tablesToReread(sink, tables, template);
  const byOrder = which.size > 0 ? readByOrder(which) : null;
  const reconciled = byOrder ? reconcile(tables, byOrder, sink) : false;
  const derived = deriveForcedZeros(table3, template, sink, (key) => [
    ...writtenNumbers(written.get(key) ?? []),
    ...(byOrder ? orderWritten(byOrder, key) : []),
  ]);
  // The rules already ran on these very numbers when nothing was derived since and the order reading, if
  // it ran, changed no cell (it mostly agrees; reconcile says whether it did): their findings depend on the numbers alone.
  if (derived || reconciled) checkConsistency(tables, template, sink);
  else sink.findings.push(...consistency);
  return { ...tables, byOrder };
}

/**
 * The tables the layout reading left incomplete (a row it could not place, the table not found) or
 * inconsistent (a rule of the table fails): only those are read again, by the form's order.
 */
function tablesToReread(
  sink: ReportSink,
  tables: Tables,
  template: TemplateVersion | null,
): { which: Set<TableName>; consistency: Finding[] } {
  const scratch = new ReportSink(new SourceIndex(''));
  checkConsistency(tables, template, scratch);
  const which = new Set<TableName>();
  for (const f of sink.findings) addIfIncomplete(which, f);
  for (const f of scratch.findings) addIfIncomplete(which, f);
  return { which, consistency: scratch.findings };
}

/** The finding's table, when the finding says a row of it was not placed, it is missing, or a rule fails. */
function addIfIncomplete(which: Set<TableName>, f: Finding): void {
  const table = tableOf(f.where);
  if (table === null) return;
  if (FILLABLE.has(f.rule) || f.rule.endsWith('.missing') || f.severity === 'error') which.add(table);
}

/** The table a finding's path is in ("table3.granted.natural" → table3), or null for another path. */
function tableOf(where: string): TableName | null {
  if (!where.startsWith('table') || where.length < 6) return null;
  const next = where.charCodeAt(6);
  // The name ends the path or is followed by "." or "[".
  if (where.length > 6 && next !== 0x2e && next !== 0x5b) return null;
  const name = where.slice(0, 6);
  return name === 'table2' || name === 'table3' || name === 'table4' ? name : null;
}
