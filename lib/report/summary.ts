/**
 * The 总计 column of table 3, grouped as in report-json.md. Where the report leaves a 总计 cell blank
 * and all six applicant cells are known, the total is their sum, and a finding says it was derived.
 */
import type { ReportSink } from './findings';
import type { ApplicantRow, Summary, Table3, Table3Key, TemplateVersion } from './types';

const DENIED: Table3Key[] = [
  'deniedStateSecret',
  'deniedLawForbidden',
  'deniedSafetyStability',
  'deniedThirdParty',
  'deniedInternalAffairs',
  'deniedProcessInfo',
  'deniedEnforcementFile',
  'deniedInquiry',
];
const UNABLE: Table3Key[] = ['unableNotHeld', 'unableNeedsCreation', 'unableUnclear'];
const REJECTED: Table3Key[] = [
  'rejectedComplaint',
  'rejectedRepeated',
  'rejectedPublication',
  'rejectedExcessive',
  'rejectedConfirmation',
];
const OTHER_2021: Table3Key[] = ['otherOverdueCorrection', 'otherUnpaidFee', 'otherMisc'];

function otherRows(table: Table3, template: TemplateVersion | null): Table3Key[] {
  return template === '2021' && !table.other ? OTHER_2021 : ['other'];
}

/** The rows （一）to（六） whose sum is （七）总计. */
export function outcomeRows(table: Table3, template: TemplateVersion | null): Table3Key[] {
  return ['granted', 'partial', ...DENIED, ...UNABLE, ...REJECTED, ...otherRows(table, template)];
}

export function summarize(table: Table3, template: TemplateVersion | null, sink: ReportSink): Summary {
  return {
    newReceived: group(table, sink, 'newReceived', ['newReceived']),
    carriedOver: group(table, sink, 'carriedOver', ['carriedOver']),
    granted: group(table, sink, 'granted', ['granted']),
    partial: group(table, sink, 'partial', ['partial']),
    denied: group(table, sink, 'denied', DENIED),
    unable: group(table, sink, 'unable', UNABLE),
    rejected: group(table, sink, 'rejected', REJECTED),
    other: group(table, sink, 'other', otherRows(table, template)),
    total: group(table, sink, 'total', ['total']),
    carriedForward: group(table, sink, 'carriedForward', ['carriedForward']),
  };
}

/** The sum of the rows' 总计 cells; a blank 总计 counts as its row's six applicant columns, with a finding. */
function group(table: Table3, sink: ReportSink, name: keyof Summary, keys: Table3Key[]): number | null {
  const derivedFrom: string[] = [];
  let value: number | null = 0;
  for (const key of keys) {
    const total = rowTotal(table[key], key, derivedFrom);
    // Every row is looked at, as each blank 总计 the sum counts is told.
    value = value === null || total === null ? null : value + total;
  }
  if (value !== null && derivedFrom.length > 0) {
    sink.add(
      'value.derived',
      'warning',
      `summary.${name}`,
      `总计 left blank in ${derivedFrom.join(', ')}; ${value} is the sum of the six applicant columns`,
    );
    // The blank cell's own finding says what the totals did with it (issue 18: "kept as null" beside a 0).
    for (const key of derivedFrom) {
      sink.reword('cell.blank', `table3.${key}.total`, (old) =>
        old.replace(
          /; kept as null, not 0$/,
          '; kept as null in the table (not 0); the totals count the sum of its six applicant columns',
        ),
      );
    }
  }
  return value;
}

function rowTotal(row: ApplicantRow | undefined, key: Table3Key, derivedFrom: string[]): number | null {
  if (!row) return null;
  if (row.total !== null) return row.total;
  const parts = [row.natural, row.commercial, row.research, row.social, row.legal, row.other];
  if (parts.some((v) => v === null)) return null;
  derivedFrom.push(key);
  return (parts as number[]).reduce((a, b) => a + b, 0);
}
