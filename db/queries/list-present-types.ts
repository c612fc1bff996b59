/** The agency types present in the filtered data, with how many reports and agencies: the type picker. */
import { asc, desc, sql } from 'drizzle-orm';
import type { Db } from '../client';
import { reportMetrics } from '../schema';
import { metricConditions, type MetricFilters } from './metric-filters';

export interface PresentType {
  /** Null: agencies whose type could not be told from the name. */
  typeId: string | null;
  reports: number;
  agencies: number;
}

/** The type filter itself is ignored, so the picker keeps offering the other types. */
export async function listPresentTypes(db: Db, filters: MetricFilters = {}): Promise<PresentType[]> {
  const reports = sql<number>`count(*)`;
  const rows = await db
    .select({ typeId: reportMetrics.typeId, reports, agencies: sql<number>`count(DISTINCT ${reportMetrics.agencyId})` })
    .from(reportMetrics)
    .where(metricConditions({ ...filters, typeIds: undefined }))
    // "+type_id" keeps SQLite from walking the (type_id, year) index for the grouping's order and
    // then fetching every row in that scattered order: a plain scan and a sort of the ~50 groups is
    // 2–3× faster at a million rows. A year or division filter still uses its own index.
    .groupBy(sql`+${reportMetrics.typeId}`)
    .orderBy(desc(reports), sql`${reportMetrics.typeId} NULLS LAST`);
  return rows.map((r) => ({ typeId: r.typeId, reports: Number(r.reports), agencies: Number(r.agencies) }));
}
