/**
 * Table 4 (administrative review and litigation): fifteen numbers in one row under a two-level header,
 * or, in some reports, three labelled rows of five.
 */
import { TABLE4_GROUP_LABELS } from '../glossary';
import type { ReportSink } from '../findings';
import { compact, isBlank } from '../normalize';
import { TABLE4_COLUMNS, TABLE4_GROUPS, type Table4, type Table4Group } from '../types';
import { cellPaths, named } from './cell-paths';
import { placeRow } from './place';
import { table4Prune, table4RowRule } from './run-together';
import type { RowRecord } from './walk';

const GROUP_NAMES: Record<Table4Group, string> = {
  review: '行政复议',
  litigationDirect: '行政诉讼 未经复议直接起诉',
  litigationAfterReview: '行政诉讼 复议后起诉',
};

export function emptyTable4(): Table4 {
  return { review: emptyGroup(), litigationDirect: emptyGroup(), litigationAfterReview: emptyGroup() };
}

function emptyGroup(): Table4[Table4Group] {
  return { upheld: null, corrected: null, other: null, pending: null, total: null };
}

/** A group's row of five checked as the row of fifteen would be, each group alike. */
const groupRowRule = (n: number[]) => table4RowRule([...n, ...n, ...n]);

/** The paths of all 15 cells, for table 4 written as one row. */
const ALL_PATHS = TABLE4_GROUPS.flatMap((g) => cellPaths(`table4.${g}`, named(TABLE4_COLUMNS)));

export function readTable4(rows: RowRecord[], sink: ReportSink): Table4 {
  const table = emptyTable4();
  const done = new Set<Table4Group>();

  for (const record of rows) {
    if (record.kind !== 'table4') continue;
    const label = compact(record.view.labels.map((c) => c.text).join(''));
    const at = record.view.row.span.offset;
    const group = TABLE4_GROUP_LABELS.find((g) => g.words.some((w) => label.includes(w)))?.group;
    const filled = record.view.values.filter((c) => !isBlank(c.text)).length;
    if (group && filled <= 5 && record.view.values.length <= 6) {
      if (done.has(group)) continue;
      done.add(group);
      const paths = cellPaths(`table4.${group}`, named(TABLE4_COLUMNS));
      const values = placeRow(
        record.view.values,
        {
          paths,
          rowName: GROUP_NAMES[group],
          rowPath: `table4.${group}`,
          validate: groupRowRule,
        },
        sink,
      ).values;
      TABLE4_COLUMNS.forEach((c, i) => (table[group][c] = values[i]));
      continue;
    }
    if (done.size > 0) {
      sink.add('row.duplicate', 'info', 'table4', 'another row of table 4 numbers follows the first; ignored', at);
      continue;
    }
    const values = placeRow(
      record.view.values,
      {
        paths: ALL_PATHS,
        rowName: '行政复议、行政诉讼',
        rowPath: 'table4',
        validate: table4RowRule,
        prune: table4Prune,
      },
      sink,
    ).values;
    TABLE4_GROUPS.forEach((g, gi) => TABLE4_COLUMNS.forEach((c, ci) => (table[g][c] = values[gi * 5 + ci])));
    TABLE4_GROUPS.forEach((g) => done.add(g));
  }
  return table;
}
