/**
 * The database the compare-table tests read (list-compare-rows*.test.ts): the five samples, 240 synthetic
 * reports over two years with some metrics blanked, days late for three synthetic reports in four and copy
 * shares for two in three, so every sort meets known, tied and unknown values.
 */
import type { Db } from '../../db/client';
import { type CompareOptions, type CompareRow, listCompareRows } from '../../db/queries/list-compare-rows';
import type { MetricFilters } from '../../db/sql/metric-filters';
import { importPaths } from '../../lib/ingest/import-files';
import { tempDatabase } from '../support/temp-db';
import { blankSomeMetrics, importSyntheticReports, SAMPLES } from './synthetic-reports';

export const SYNTHETIC: MetricFilters = { synthetic: true };

export async function compareRowsDatabase(): Promise<Db> {
  const { db } = await tempDatabase();
  await importPaths(db, [SAMPLES]);
  await importSyntheticReports(db, 240, 2);
  await blankSomeMetrics(db, 3);
  // Publication dates for three synthetic reports in four (the generated texts state none): days late from
  // −30 to 59, ties included, so the sort by days late meets on-time, late and unknown rows.
  await db.$client.execute(
    'UPDATE report_metrics SET days_late = CASE WHEN report_id % 4 = 0 THEN NULL ELSE (report_id * 37) % 90 - 30 END WHERE synthetic = 1',
  );
  // Copy shares for two synthetic reports in three, so originality (and the score) meet known and unknown rows.
  await db.$client.execute(`UPDATE report_metrics SET
    copied_prev = CASE WHEN report_id % 3 = 0 THEN NULL ELSE ((report_id * 13) % 10) / 10.0 END,
    copied_peer = CASE WHEN report_id % 3 = 0 THEN NULL ELSE ((report_id * 7) % 5) / 10.0 END WHERE synthetic = 1`);
  return db;
}

export type CompareList = (
  by: CompareOptions['by'],
  id: string,
  desc?: boolean,
  offset?: number,
  limit?: number,
  filters?: MetricFilters,
) => Promise<{ rows: CompareRow[]; total: number }>;

/** listCompareRows of `db` by a sort id, the synthetic reports unless other filters are given. */
export function compareList(db: Db): CompareList {
  return (by, id, desc = false, offset = 0, limit = 1000, filters = SYNTHETIC) =>
    listCompareRows(db, filters, { by, sort: { id, desc }, offset, limit });
}
