/**
 * Rows of run-together digits with several readings that satisfy the row sum may still be settled by
 * the column rules (一+二 = （七）+四; （一）…（六） = （七）): when every other row of a rule is known,
 * the rule says what this row must be in each column. A reading is taken only when exactly one matches.
 */
import type { ReportSink } from '../findings';
import type { Cell } from '../model';
import { APPLICANT_COLUMNS, type ApplicantRow, type Table3, type Table3Key } from '../types';

export interface AmbiguousRow {
  key: Table3Key;
  candidates: number[][];
  cell: Cell;
}

export function settleByColumns(
  table: Table3,
  ambiguous: AmbiguousRow[],
  outcomeRows: Table3Key[],
  sink: ReportSink,
): void {
  const equations: [Table3Key[], Table3Key[]][] = [
    [
      ['newReceived', 'carriedOver'],
      ['total', 'carriedForward'],
    ],
    [outcomeRows, ['total']],
  ];
  let open = ambiguous.slice();
  for (let progress = true; progress && open.length > 0; ) {
    progress = false;
    for (const row of open.slice()) {
      const settled = equations.map((eq) => required(table, eq, row.key)).find((v) => v !== null);
      if (!settled) continue;
      const matches = row.candidates.filter((c) => c.every((n, i) => n === settled[i]));
      if (matches.length !== 1) continue;
      const reading = matches[0];
      const target = table[row.key] as ApplicantRow;
      APPLICANT_COLUMNS.forEach((c, i) => {
        target[c] = reading[i];
        sink.trace(`table3.${row.key}.${c}`, row.cell);
      });
      sink.retract('row.undecodable', `table3.${row.key}`);
      sink.add(
        'row.decoded',
        'warning',
        `table3.${row.key}`,
        `"${row.cell.text.trim()}" has no cell boundaries; of the readings that satisfy the row sum, only ${reading.join(', ')} satisfies the column sums`,
        row.cell.span.offset,
      );
      open = open.filter((r) => r !== row);
      progress = true;
    }
  }
}

/** What `key` must be, column by column, for the equation to hold; null unless every other row is known. */
function required(table: Table3, [left, right]: [Table3Key[], Table3Key[]], key: Table3Key): number[] | null {
  const onLeft = left.includes(key);
  if (!onLeft && !right.includes(key)) return null;
  const result: number[] = [];
  for (const c of APPLICANT_COLUMNS) {
    const l = sumExcept(table, left, key, c);
    const r = sumExcept(table, right, key, c);
    if (l === null || r === null) return null;
    result.push(onLeft ? r - l : l - r);
  }
  return result;
}

function sumExcept(
  table: Table3,
  keys: Table3Key[],
  except: Table3Key,
  column: (typeof APPLICANT_COLUMNS)[number],
): number | null {
  let s = 0;
  for (const k of keys) {
    if (k === except) continue;
    const v = table[k]?.[column];
    if (v === null || v === undefined) return null;
    s += v;
  }
  return s;
}
