/**
 * A second look at table-3 rows read from digits that ran together. The row sum can pick a unique
 * reading by coincidence when a blank cell vanished with the boundaries (six numbers read as seven).
 * Two signs withdraw such readings: another row of the same table admits no reading at all (cells went
 * missing there, so they may have here), or a column rule of the template fails on a decoded row.
 */
import type { ReportSink } from '../findings';
import { APPLICANT_COLUMNS, type Table3, type Table3Key } from '../types';
import { anyReading, readRunTogether } from './run-together';

export interface DecodedRow {
  key: Table3Key;
  tableId: number;
  digits: string;
}

function withdraw(table: Table3, sink: ReportSink, row: DecodedRow, why: string): void {
  if (!table[row.key] || (table[row.key]!.total === null && table[row.key]!.natural === null)) return;
  for (const c of APPLICANT_COLUMNS) {
    table[row.key]![c] = null;
    sink.forget(`table3.${row.key}.${c}`);
  }
  sink.add(
    'row.decodeWithdrawn',
    'warning',
    `table3.${row.key}`,
    `"${row.digits}" was read as one reading, but ${why}; left null`,
  );
}

export function guardDecodedRows(
  table: Table3,
  decoded: DecodedRow[],
  tablesWithNoReading: Set<number>,
  outcomeRows: Table3Key[],
  sink: ReportSink,
): void {
  for (const row of decoded) {
    const couldBeSix = readRunTogether(row.digits, 6, anyReading, undefined, 1).readings.length > 0;
    if (tablesWithNoReading.has(row.tableId) && couldBeSix) {
      withdraw(
        table,
        sink,
        row,
        'other rows of this table show that blank cells vanished, and these digits also read as six numbers',
      );
    }
  }

  const decodedKeys = new Set(decoded.map((d) => d.key));
  const equations: Table3Key[][][] = [
    [
      ['newReceived', 'carriedOver'],
      ['total', 'carriedForward'],
    ],
    [outcomeRows, ['total']],
  ];
  for (const [left, right] of equations) {
    const involved = [...left, ...right].filter((k) => decodedKeys.has(k));
    if (involved.length === 0) continue;
    const broken = APPLICANT_COLUMNS.some((c) => {
      const l = sumOf(table, left, c);
      const r = sumOf(table, right, c);
      return l !== null && r !== null && l !== r;
    });
    if (!broken) continue;
    for (const row of decoded.filter((d) => involved.includes(d.key))) {
      withdraw(table, sink, row, "with that reading the table's column sums do not hold");
    }
  }
}

function sumOf(table: Table3, keys: Table3Key[], column: (typeof APPLICANT_COLUMNS)[number]): number | null {
  let s = 0;
  for (const k of keys) {
    const v = table[k]?.[column];
    if (v === null || v === undefined) return null;
    s += v;
  }
  return s;
}
