/** Table 2 (proactive disclosure): rows by label; columns per template version. */
import { TABLE2_COLUMNS, TABLE2_LABELS } from '../glossary';
import type { ReportSink } from '../findings';
import type { Table2, Table2Key, TemplateVersion } from '../types';
import { matchTable2, reportLabelQuality } from './match';
import { cellPaths, indexed } from './cell-paths';
import { leadingGap, needsLeadHint, placeRow } from './place';
import { anyReading } from './run-together';
import { alignmentHints, type RowRecord } from './walk';

const NAMES = new Map(TABLE2_LABELS.map((l) => [l.key, l.label]));
/** "table2.regulations", …: each row's path made once, not per row and report. */
const ROW_PATHS = new Map(TABLE2_LABELS.map((l) => [l.key, `table2.${l.key}`]));

export function readTable2(rows: RowRecord[], template: TemplateVersion, sink: ReportSink): Table2 {
  const columns = TABLE2_COLUMNS[template];
  const table: Table2 = {};
  const leadHint = alignmentHints(
    rows,
    'table2',
    (r) => {
      const key = matchTable2(r.view.labels.map((c) => c.text))?.key;
      return key ? (columns[key] ?? null) : null;
    },
    (r, k) => leadingGap(r.view.values, k),
  );
  for (const record of rows) {
    if (record.kind !== 'table2') continue;
    const labels = record.view.labels.map((c) => c.text);
    const match = matchTable2(labels) ?? (record.previousLabel ? matchTable2([record.previousLabel, ...labels]) : null);
    const at = record.view.row.span.offset;
    if (!match) {
      if (labels.length > 0)
        sink.add(
          'row.unmatched',
          'info',
          'table2',
          `row "${labels.join(' ').trim()}" is not a template row; ignored`,
          at,
        );
      continue;
    }
    const k = columns[match.key];
    const rowPath = ROW_PATHS.get(match.key) ?? `table2.${match.key}`;
    const name = NAMES.get(match.key) ?? match.key;
    if (!k) {
      sink.add('row.offTemplate', 'warning', rowPath, `${name} is not a row of the ${template} form; ignored`, at);
      continue;
    }
    reportLabelQuality(match, rowPath, sink, at);
    if (table[match.key]) {
      sink.add('row.duplicate', 'info', rowPath, `${name} appears more than once; the first is kept`, at);
      continue;
    }
    const paths = cellPaths(rowPath, indexed(k));
    table[match.key] = placeRow(
      record.view.values,
      {
        paths,
        rowName: name,
        rowPath,
        // No sums: 新公开 ≤ 总数 (2019) is a check real reports break, not a way to cut digits.
        validate: anyReading,
        countOnly: true,
        signed: signedColumns(template, match.key, k),
        units: unitColumns(template, match.key, k),
        leadHint: needsLeadHint(record.view.values, k) ? leadHint(record) : undefined,
      },
      sink,
    ).values;
  }
  const anyFound = Object.keys(table).length > 0;
  const out: Table2 = {};
  for (const key of Object.keys(columns) as Table2Key[]) {
    if (!table[key] && anyFound)
      sink.add('row.missing', 'warning', `table2.${key}`, `row ${NAMES.get(key)} not found; its cells are null`);
    out[key] = table[key] ?? new Array(columns[key]).fill(null);
  }
  return out;
}

/** 本年增/减 (2019 form, the middle column of the item blocks) may be negative. */
function signedColumns(template: TemplateVersion, key: Table2Key, k: number): boolean[] {
  const itemBlock = key !== 'regulations' && key !== 'normativeDocs' && key !== 'procurement';
  return template === '2019' && itemBlock && k > 1 ? SIGNED_MIDDLE[k] : UNSIGNED[k];
}

/** Column flags per width, made once: none signed / the second signed. Never changed by their users. */
const UNSIGNED = Array.from({ length: 4 }, (_, k) => new Array<boolean>(k).fill(false));
const SIGNED_MIDDLE = Array.from({ length: 4 }, (_, k) => Array.from({ length: k }, (_, i) => i === 1));

/**
 * The unit each column is kept in. Made once per form and row (the width `k` follows from both), never
 * changed by its users.
 */
function unitColumns(template: TemplateVersion, key: Table2Key, k: number): (string | null)[] {
  const made = UNITS[template];
  let units = made.get(key);
  if (!units) {
    units = new Array(k).fill(null);
    if (template === '2019' && key === 'procurement') units[1] = '元';
    if (template === '2021' && key === 'fees') units[0] = '万元';
    made.set(key, units);
  }
  return units;
}

const UNITS: Record<TemplateVersion, Map<Table2Key, (string | null)[]>> = { 2019: new Map(), 2021: new Map() };
