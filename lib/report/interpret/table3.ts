/** Table 3 (applications and outcomes): rows matched by label, values placed in the seven columns. */
import { TABLE3_LABELS, TABLE3_OTHER_ROWS } from '../glossary';
import type { ReportSink } from '../findings';
import { APPLICANT_COLUMNS, type ApplicantRow, type Table3, type Table3Key, type TemplateVersion } from '../types';
import { matchTable3, reportLabelQuality } from './match';
import { type AmbiguousRow, settleByColumns } from './decode-columns';
import { type DecodedRow, guardDecodedRows } from './decode-guard';
import { cellPaths, named } from './cell-paths';
import { leadingGap, needsLeadHint, placeRow } from './place';
import { outcomeRows } from '../summary';
import { readCellValue } from '../cells';
import { table3RowRule } from './run-together';
import { alignmentHints, type RowRecord } from './walk';

const NAMES = new Map(TABLE3_LABELS.map((l) => [l.key, l.label]));

/** A row's path, name and cell paths, made once per key (not a fresh path string per row and report). */
interface RowNames {
  rowPath: string;
  name: string;
  paths: readonly string[];
}

const ROWS = new Map<Table3Key, RowNames>();

function rowOf(key: Table3Key): RowNames {
  let row = ROWS.get(key);
  if (!row) {
    const rowPath = `table3.${key}`;
    row = { rowPath, name: NAMES.get(key) ?? key, paths: cellPaths(rowPath, named(APPLICANT_COLUMNS)) };
    ROWS.set(key, row);
  }
  return row;
}

/** The rows of table 3 in the form's order for a template version. */
export function table3Keys(template: TemplateVersion): readonly Table3Key[] {
  return KEYS[template];
}

const keysOf = (template: TemplateVersion): readonly Table3Key[] => {
  const other = TABLE3_OTHER_ROWS[template];
  return TABLE3_LABELS.map((l) => l.key).flatMap((k) =>
    k === 'other' ? other : k === 'otherOverdueCorrection' || k === 'otherUnpaidFee' ? [] : [k],
  );
};
const KEYS: Record<TemplateVersion, readonly Table3Key[]> = { 2019: keysOf('2019'), 2021: keysOf('2021') };

export function emptyApplicantRow(): ApplicantRow {
  return { natural: null, commercial: null, research: null, social: null, legal: null, other: null, total: null };
}

/**
 * Where the values of a row start, for rows with blank cells at both ends: first from the table's other
 * rows with the label in the same column, else, on grid-like tables (tab rows, Markdown), from the
 * column of the 自然人 header.
 */
function alignment(rows: RowRecord[], naturalColumn: Map<number, number>) {
  const fromSiblings = alignmentHints(
    rows,
    'table3',
    () => 7,
    (r, k) => leadingGap(r.view.values, k),
  );
  return (r: RowRecord): number | undefined => {
    const hint = fromSiblings(r);
    if (hint !== undefined) return hint;
    const natural = naturalColumn.get(r.tableId);
    if (natural === undefined || (r.origin !== 'tab-rows' && r.origin !== 'markdown')) return undefined;
    const gap = natural - (r.view.labelIndex + 1);
    return gap >= 0 ? gap : undefined;
  };
}

/** `written`, when given, receives each row's records, to tell its numbers as written, placed or not (`writtenNumbers`). */
export function readTable3(
  rows: RowRecord[],
  naturalColumn: Map<number, number>,
  template: TemplateVersion,
  sink: ReportSink,
  written?: Map<Table3Key, RowRecord[]>,
): Table3 {
  const table: Table3 = {};
  const seen = new Map<Table3Key, (number | null)[]>();
  let afterOtherGroup = false;
  const leadHint = alignment(rows, naturalColumn);
  const decoded: DecodedRow[] = [];
  const tablesWithNoReading = new Set<number>();
  const ambiguous: AmbiguousRow[] = [];

  for (const record of rows) {
    if (record.kind !== 'table3') continue;
    const labels = record.view.labels.map((c) => c.text);
    let match = matchTable3(labels, { afterOtherGroup });
    if (!match && record.previousLabel) match = matchTable3([record.previousLabel, ...labels], { afterOtherGroup });
    const at = record.view.row.span.offset;
    if (!match) {
      if (labels.length > 0)
        sink.add(
          'row.unmatched',
          'info',
          'table3',
          `row "${labels.join(' ').trim()}" is not a template row; ignored`,
          at,
        );
      continue;
    }
    afterOtherGroup = match.key === 'otherUnpaidFee' || match.key === 'otherOverdueCorrection';
    const { rowPath, name, paths } = rowOf(match.key);
    reportLabelQuality(match, rowPath, sink, at);
    if (written) (written.get(match.key) ?? written.set(match.key, []).get(match.key)!).push(record);
    const placed = placeRow(
      record.view.values,
      {
        paths,
        rowName: name,
        rowPath,
        validate: table3RowRule,
        leadHint: needsLeadHint(record.view.values, paths.length) ? leadHint(record) : undefined,
      },
      sink,
    );
    const values = placed.values;
    if (placed.decodedFrom) decoded.push({ key: match.key, tableId: record.tableId, digits: placed.decodedFrom });
    if (placed.noReading) tablesWithNoReading.add(record.tableId);
    if (placed.candidates && placed.cell)
      ambiguous.push({ key: match.key, candidates: placed.candidates, cell: placed.cell });
    const earlier = seen.get(match.key);
    if (earlier) {
      if (earlier.some((v, i) => v !== values[i])) {
        sink.add(
          'row.conflict',
          'error',
          rowPath,
          `${name} appears twice with different numbers (${earlier.join(',')} / ${values.join(',')}); both dropped`,
          at,
        );
        table[match.key] = emptyApplicantRow();
        paths.forEach((p) => sink.forget(p));
      }
      continue;
    }
    seen.set(match.key, values);
    table[match.key] = toApplicantRow(values);
  }

  if (decoded.length > 0) guardDecodedRows(table, decoded, tablesWithNoReading, outcomeRows(table, template), sink);
  if (ambiguous.length > 0) settleByColumns(table, ambiguous, outcomeRows(table, template), sink);
  const oneOtherRow = template === '2021' && !!table.other;
  for (const key of table3Keys(template)) {
    if (table[key] || (oneOtherRow && key.startsWith('other'))) continue;
    table[key] = emptyApplicantRow();
    if (seen.size > 0)
      sink.add(
        'row.missing',
        'warning',
        `table3.${key}`,
        `row ${NAMES.get(key) ?? '3.其他'} not found; its cells are null`,
      );
  }
  if (oneOtherRow) {
    sink.add(
      'table3.otherLayout',
      'warning',
      'table3.other',
      'the 2021 form splits （六）其他处理 into three rows; this report gives one row',
    );
  }
  return orderRows(table, template);
}

/** The numbers a row's records give, placed or not. */
export function writtenNumbers(records: readonly RowRecord[]): number[] {
  // Loops, not flatMap: no array per cell and per row (asked for each row of a table with a null).
  const numbers: number[] = [];
  for (const r of records) {
    for (const c of r.view.values) {
      const v = readCellValue(c.text);
      if (v.kind === 'number') numbers.push(v.value);
    }
  }
  return numbers;
}

/** By index, not by destructuring: an array pattern walks an iterator (garbage per element). */
function toApplicantRow(v: (number | null)[]): ApplicantRow {
  return { natural: v[0], commercial: v[1], research: v[2], social: v[3], legal: v[4], other: v[5], total: v[6] };
}

/** Template order, with any off-template row (a 2019-style 其他处理 in a 2021 report) after its place. */
function orderRows(table: Table3, template: TemplateVersion): Table3 {
  const order = [...table3Keys(template)];
  if (template === '2021' && table.other) order.splice(order.indexOf('total'), 0, 'other');
  const out: Table3 = {};
  for (const key of order) if (table[key]) out[key] = table[key];
  return out;
}
