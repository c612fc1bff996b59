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
  const derivedFrom: string[] = [];
  const rowTotal = (key: Table3Key): number | null => {
    const row: ApplicantRow | undefined = table[key];
    if (!row) return null;
    if (row.total !== null) return row.total;
    const parts = [row.natural, row.commercial, row.research, row.social, row.legal, row.other];
    if (parts.some((v) => v === null)) return null;
    derivedFrom.push(key);
    return (parts as number[]).reduce((a, b) => a + b, 0);
  };
  const group = (name: keyof Summary, keys: Table3Key[]): number | null => {
    derivedFrom.length = 0;
    const totals = keys.map(rowTotal);
    const value = totals.some((v) => v === null) ? null : (totals as number[]).reduce((a, b) => a + b, 0);
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
  };
  return {
    newReceived: group('newReceived', ['newReceived']),
    carriedOver: group('carriedOver', ['carriedOver']),
    granted: group('granted', ['granted']),
    partial: group('partial', ['partial']),
    denied: group('denied', DENIED),
    unable: group('unable', UNABLE),
    rejected: group('rejected', REJECTED),
    other: group('other', otherRows(table, template)),
    total: group('total', ['total']),
    carriedForward: group('carriedForward', ['carriedForward']),
  };
}
