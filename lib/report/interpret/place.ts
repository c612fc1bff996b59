/**
 * Puts a row's value cells into the template's columns. Exporter artefacts (empty cells before or
 * after the numbers) are trimmed when only one trimming fits; rows too short to place with certainty,
 * or numbers that ran together without exactly one reading, come out as nulls with a finding.
 */
import { type CellValue, isDigitRun, readCellValue } from '../cells';
import type { ReportSink } from '../findings';
import type { Cell } from '../model';
import { compact, isBlank } from '../normalize';
import { anyReading, readRunTogether, type Validate } from './run-together';

export interface ColumnSpec {
  /** Path of each column, e.g. "table3.granted.natural". */
  paths: readonly string[];
  /** Human name of the row, for messages. */
  rowName: string;
  /** Where the row as a whole is reported ("table3.granted"). */
  rowPath: string;
  validate: Validate;
  prune?: Validate;
  /**
   * A row with no sums (table 2): digits that ran together are cut only when their count leaves one way
   * and they cannot be fewer numbers with blank cells gone ("000" for three columns, never "27" for two).
   */
  countOnly?: boolean;
  /** Columns where a negative number is legitimate (本年增/减). */
  signed?: boolean[];
  /** The unit a column is kept in, where a cell may carry one ("元" or "万元"). */
  units?: (string | null)[];
  /**
   * How many empty cells follow the label before the first value in the other rows of the same table
   * with the label in the same column: settles rows with blanks at both ends (see `leadingGap`). Only
   * such a row needs it (`needsLeadHint`), and finding it reads the table's other rows.
   */
  leadHint?: number;
}

export interface Placed {
  values: (number | null)[];
  /** Set when the values were read from digits that ran together. */
  decodedFrom?: string;
  /** Set when digits ran together and no reading satisfied the row's sums: a sign cells went missing. */
  noReading?: boolean;
  /** Set when digits ran together and several readings satisfied the row's sums (up to a few). */
  candidates?: number[][];
  /** The cell holding the run of digits, for provenance once a candidate is chosen. */
  cell?: Cell;
}

export function placeRow(cells: Cell[], spec: ColumnSpec, sink: ReportSink): Placed {
  const k = spec.paths.length;
  let filled = 0;
  let firstFilled: Cell | null = null;
  for (const c of cells) {
    if (isBlank(c.text)) continue;
    filled++;
    firstFilled ??= c;
  }
  if (cells.length < k && filled === 1 && isDigitRun(firstFilled!.text) && digitsOf(firstFilled!).length >= k) {
    return decodeRun(firstFilled!, spec, sink);
  }
  return { values: placeCells(cells, filled, spec, sink) ?? new Array<number | null>(k).fill(null) };
}

/** Whether a row's cells leave a choice of where its values start that only `ColumnSpec.leadHint` settles. */
export function needsLeadHint(cells: Cell[], k: number): boolean {
  return cells.length > k && chooseCells(cells, k) === 'ambiguous';
}

function placeCells(cells: Cell[], filledCount: number, spec: ColumnSpec, sink: ReportSink): (number | null)[] | null {
  const k = spec.paths.length;
  const at = cells[0]?.span.offset;
  const chosen = chooseCells(cells, k, spec.leadHint);
  if (chosen === 'short') {
    sink.add(
      'row.short',
      'warning',
      spec.rowPath,
      `${spec.rowName}: ${filledCount} value(s) in ${cells.length} cell(s) for ${k} columns; which column each belongs to cannot be told, so none is used`,
      at,
    );
    return null;
  }
  if (chosen === 'long') {
    sink.add(
      'row.long',
      'warning',
      spec.rowPath,
      `${spec.rowName}: ${filledCount} values for ${k} columns; the extra cells cannot be told apart, so none is used`,
      at,
    );
    return null;
  }
  if (chosen === 'ambiguous') {
    sink.add(
      'row.ambiguous',
      'warning',
      spec.rowPath,
      `${spec.rowName}: ${cells.length} cells for ${k} columns with blanks at both ends; the alignment is uncertain, so none is used`,
      at,
    );
    return null;
  }
  const values: (number | null)[] = [];
  for (let i = 0; i < chosen.length; i++) values.push(readPlaced(chosen[i], i, spec, sink));
  return values;
}

function digitsOf(cell: Cell): string {
  return compact(cell.text);
}

/**
 * The number of empty cells between a row's label and its first value, when the row settles it alone
 * (its first and last values are filled); null otherwise.
 */
export function leadingGap(cells: Cell[], k: number): number | null {
  const chosen = chooseCells(cells, k);
  if (typeof chosen === 'string') return null;
  if (isBlank(chosen[0].text) || isBlank(chosen[k - 1].text)) return null;
  return cells.indexOf(chosen[0]);
}

/** The k cells to use, after trimming empty cells at the ends in the one way that fits. */
function chooseCells(cells: Cell[], k: number, leadHint?: number): Cell[] | 'short' | 'long' | 'ambiguous' {
  const n = cells.length;
  if (n === k) return cells;
  if (n < k) return 'short';
  let lead = 0;
  while (lead < n && isBlank(cells[lead].text)) lead++;
  let trail = 0;
  while (trail < n - lead && isBlank(cells[n - 1 - trail].text)) trail++;
  const surplus = n - k;
  if (lead + trail < surplus) return 'long';
  const fromLead = Math.max(0, surplus - trail);
  const toLead = Math.min(lead, surplus);
  if (fromLead === toLead) return cells.slice(fromLead, fromLead + k);
  if (leadHint !== undefined && leadHint >= fromLead && leadHint <= toLead) return cells.slice(leadHint, leadHint + k);
  return 'ambiguous';
}

function readPlaced(cell: Cell, i: number, spec: ColumnSpec, sink: ReportSink): number | null {
  const path = spec.paths[i];
  const value: CellValue = readCellValue(cell.text);
  const at = cell.span.offset;
  if (value.kind === 'blank') {
    const how = value.mark ? `written as "${value.mark}"` : 'left blank';
    sink.add('cell.blank', 'warning', path, `${spec.rowName}: cell ${how}; kept as null, not 0`, at);
    return null;
  }
  if (value.kind === 'unreadable') {
    sink.add(
      'cell.unreadable',
      'warning',
      path,
      `${spec.rowName}: cannot read "${cell.text.trim().replace(/\s*\n\s*/g, ' / ')}" as one number`,
      at,
    );
    return null;
  }
  let n = value.value;
  if (value.negative && !spec.signed?.[i]) {
    sink.add('cell.negative', 'error', path, `${spec.rowName}: negative number ${n} where only counts belong`, at);
  }
  if (value.decimal && !spec.units?.[i]) {
    sink.add('cell.decimal', 'warning', path, `${spec.rowName}: ${n} is not a whole number`, at);
  }
  const want = spec.units?.[i];
  if (value.unit === '万元' && want === '元') {
    n = Math.round(n * 10000 * 100) / 100;
    sink.add('value.derived', 'info', path, `${spec.rowName}: "${cell.text.trim()}" converted to ${n} 元`, at);
  } else if (value.unit === '元' && want === '万元') {
    n = n / 10000;
    sink.add('value.derived', 'info', path, `${spec.rowName}: "${cell.text.trim()}" converted to ${n} 万元`, at);
  }
  sink.traceCell(path, cell);
  return n;
}

/** Readings kept for the column rules to choose from; more than this and the row stays null. */
const MAX_CANDIDATES = 12;

function decodeRun(cell: Cell, spec: ColumnSpec, sink: ReportSink): Placed {
  const digits = digitsOf(cell);
  const k = spec.paths.length;
  const { readings, truncated } = spec.countOnly
    ? cutByCount(digits, k)
    : readRunTogether(digits, k, spec.validate, spec.prune, MAX_CANDIDATES);
  const at = cell.span.offset;
  if (readings.length === 1 && !truncated) {
    const [reading] = readings;
    sink.add(
      'row.decoded',
      'warning',
      spec.rowPath,
      `${spec.rowName}: "${digits}" has no cell boundaries; the only reading that satisfies the table's sums is ${reading.join(', ')}`,
      at,
    );
    reading.forEach((_, i) => sink.trace(spec.paths[i], cell));
    return { values: reading, decodedFrom: digits };
  }
  const why =
    readings.length === 0
      ? "no reading satisfies the table's sums"
      : truncated
        ? 'too many readings to check'
        : "more than one reading satisfies the table's sums";
  sink.add(
    'row.undecodable',
    'warning',
    spec.rowPath,
    `${spec.rowName}: "${digits}" has no cell boundaries and ${why}; left null`,
    at,
  );
  const nulls = new Array<number | null>(k).fill(null);
  if (readings.length > 1 && readings.length < MAX_CANDIDATES && !truncated)
    return { values: nulls, candidates: readings, cell, decodedFrom: undefined };
  return { values: nulls, noReading: readings.length === 0 && !truncated };
}

/** `countOnly` rows: the one reading the digit count allows, unless fewer numbers would read as well. */
function cutByCount(digits: string, k: number): { readings: number[][]; truncated: boolean } {
  for (let n = 1; n < k; n++)
    if (readRunTogether(digits, n, anyReading, undefined, 1).readings.length > 0)
      return { readings: [], truncated: false };
  return readRunTogether(digits, k, anyReading, undefined, MAX_CANDIDATES);
}
