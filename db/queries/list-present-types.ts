/** The agency types present in the filtered data, with how many reports and agencies: the type picker. */
import { asc, desc, sql } from 'drizzle-orm';
import type { Db } from '../client';
import { reportMetrics } from '../schema';
import { metricConditions, regionLevelOf, type MetricFilters } from './metric-filters';
import { summarizeMetrics } from './summarize-metrics';

export interface PresentType {
  /** Null: agencies whose type could not be told from the name. */
  typeId: string | null;
  reports: number;
  agencies: number;
}

/**
 * The type filter itself is ignored, so the picker keeps offering the other types. Reports per type
 * come from the rollups and agencies from agency_presence, unless a county is chosen.
 */
export async function listPresentTypes(db: Db, filters: MetricFilters = {}, source: 'auto' | 'metrics' = 'auto'): Promise<PresentType[]> {
  if (source === 'auto' && (!filters.region || regionLevelOf(filters.region) !== 'county')) {
    const rows = await summarizeMetrics(db, { ...filters, typeIds: undefined }, 'type');
    return rows
      .map((r) => ({ typeId: r.key as string | null, reports: r.reports, agencies: r.agencies }))
      .sort((a, b) => b.reports - a.reports || (a.typeId === null ? 1 : b.typeId === null ? -1 : a.typeId.localeCompare(b.typeId)));
  }
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
