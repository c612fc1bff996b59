/**
 * A table's fingerprint: every cell of table 3 or table 4, in the form's order, hashed. Two reports of one
 * agency with the same fingerprint in consecutive years have that table identical cell by cell — a classic
 * sign of a report copied from last year (issue 16). A table with nothing but blanks and zeros has no
 * fingerprint: an agency with no requests in two years has nothing copied to show.
 */
import { createHash } from 'node:crypto';
import {
  APPLICANT_COLUMNS,
  TABLE3_ROWS,
  TABLE4_COLUMNS,
  TABLE4_GROUPS,
  type Table3,
  type Table4,
} from '../report/types';

export interface TableFingerprints {
  table3: string | null;
  table4: string | null;
}

function fingerprint(cells: (number | null)[]): string | null {
  if (!cells.some((v) => v !== null && v !== 0)) return null;
  return createHash('sha1').update(JSON.stringify(cells)).digest('hex').slice(0, 16);
}

export function tableFingerprints(table3: Table3, table4: Table4): TableFingerprints {
  const cells3 = TABLE3_ROWS.flatMap((row) => APPLICANT_COLUMNS.map((c) => table3[row]?.[c] ?? null));
  const cells4 = TABLE4_GROUPS.flatMap((g) => TABLE4_COLUMNS.map((c) => table4[g]?.[c] ?? null));
  return { table3: fingerprint(cells3), table4: fingerprint(cells4) };
}
