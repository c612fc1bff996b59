/** The agency types present in the filtered data, with how many reports and agencies: the type picker. */
import { desc, sql } from 'drizzle-orm';
import type { Db } from '../client';
import { reportMetrics } from '../schema';
import { isOneYear, metricConditions, regionLevelOf, type MetricFilters } from '../sql/metric-filters';
import { ensureCurrentRollups } from './ensure-current-rollups';
import { presenceWhere, rollupWhere } from '../sql/rollup-filters';

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
export async function listPresentTypes(
  db: Db,
  filters: MetricFilters = {},
  source: 'auto' | 'metrics' = 'auto',
): Promise<PresentType[]> {
  if (source === 'auto' && (!filters.region || regionLevelOf(filters.region) !== 'county'))
    return typesFromRollups(db, { ...filters, typeIds: undefined });
  const reports = sql<number>`count(*)`;
  const rows = await db
    .select({ typeId: reportMetrics.typeId, reports, agencies: sql<number>`count(DISTINCT ${reportMetrics.agencyId})` })
    .from(reportMetrics)
    .where(metricConditions({ ...filters, typeIds: undefined }))
    // "+type_id" keeps SQLite from walking the (type_id, year) index for the grouping's order and
    // then fetching every row in that scattered order: a plain scan and a sort of the ~50 groups is
    // faster at a million rows (measured: BENCHMARKS.md, 'Figures from code comments'). A year or division
    // filter still uses its own index.
    .groupBy(sql`+${reportMetrics.typeId}`)
    .orderBy(desc(reports), sql`${reportMetrics.typeId} NULLS LAST`);
  return rows.map((r) => ({ typeId: r.typeId, reports: Number(r.reports), agencies: Number(r.agencies) }));
}

async function typesFromRollups(db: Db, filters: MetricFilters): Promise<PresentType[]> {
  await ensureCurrentRollups(db);
  const table = filters.region && regionLevelOf(filters.region) === 'city' ? 'city_rollups' : 'province_rollups';
  const where = rollupWhere(filters);
  const reports = (
    await db.$client.execute({
      sql: `SELECT r.type_id AS type_id, sum(r.reports) AS n FROM ${table} r WHERE ${where.sql} GROUP BY r.type_id`,
      args: where.args,
    })
  ).rows;
  const agencies = new Map<string | null, number>();
  if (!isOneYear(filters)) {
    const p = presenceWhere(filters);
    for (const r of (
      await db.$client.execute({
        sql: `SELECT p.type_id AS type_id, count(*) AS n FROM agency_presence p WHERE ${p.sql} GROUP BY p.type_id`,
        args: p.args,
      })
    ).rows) {
      agencies.set((r.type_id as string | null) ?? null, Number(r.n));
    }
  }
  return reports
    .map((r) => {
      const typeId = (r.type_id as string | null) ?? null;
      const n = Number(r.n);
      return { typeId, reports: n, agencies: isOneYear(filters) ? n : (agencies.get(typeId) ?? 0) };
    })
    .filter((t) => t.reports > 0)
    .sort(
      (a, b) =>
        b.reports - a.reports || (a.typeId === null ? 1 : b.typeId === null ? -1 : a.typeId.localeCompare(b.typeId)),
    );
}
