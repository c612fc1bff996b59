/**
 * One page of the compare table's agency-years in the compare order, as report and agency ids: only the sort value
 * is computed (a row's ~80 columns are not carried through the sort); list-compare-rows.ts reads the rows in full.
 */
import { sql, type SQL } from 'drizzle-orm';
import type { Db } from '../client';
import { agencies, reportMetrics } from '../schema';
import { agencyYearOrder, type CompareSort } from '../sql/compare-order';

export interface AgencyYearPageOptions {
  sort: CompareSort;
  offset: number;
  limit: number;
  /** Read down the agencies' pinyin index (sorted by agency) instead of from report_metrics. */
  agencyFirst: boolean;
  /** An index of report_metrics the page must be read through (INDEXED BY). */
  indexedBy?: string;
}

/** Report (and agency) ids of the page in order, computing only the sort value. */
export async function agencyYearPage(
  db: Db,
  where: SQL | undefined,
  o: AgencyYearPageOptions,
): Promise<{ reportId: number; agencyId: number }[]> {
  const m = reportMetrics;
  const order = agencyYearOrder(o.sort);
  // The join order is written out (CROSS JOIN fixes it in SQLite): sorted by agency, the page is read
  // down the agencies' pinyin index; otherwise from report_metrics, where the (synthetic[, year], apps_new)
  // indexes give the default order. Left to itself, with true statistics the planner chose to walk all
  // 172 k agencies and sort a million rows for the default order (measured: ADR 0007, decision 4).
  const metrics = o.indexedBy ? sql`${m} INDEXED BY ${sql.identifier(o.indexedBy)}` : sql`${m}`;
  const from = o.agencyFirst
    ? sql`${agencies} CROSS JOIN ${m} ON ${m.agencyId} = ${agencies.id}`
    : sql`${metrics} CROSS JOIN ${agencies} ON ${agencies.id} = ${m.agencyId}`;
  return pageIds(
    await db.all(sql`SELECT ${m.reportId} AS "reportId", ${m.agencyId} AS "agencyId" FROM ${from}
    WHERE ${where ?? sql`1`} ORDER BY ${sql.join(order, sql`, `)} LIMIT ${o.limit} OFFSET ${o.offset}`),
  );
}

/** Rows of `"reportId"`, `"agencyId"` as numbers (the driver may give bigints or strings). */
export function pageIds(rows: { reportId: unknown; agencyId: unknown }[]): { reportId: number; agencyId: number }[] {
  return rows.map((r) => ({ reportId: Number(r.reportId), agencyId: Number(r.agencyId) }));
}
