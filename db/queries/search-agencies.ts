/** Agencies whose name contains the text, for the search box: only agencies with a current report. */
import { and, asc, eq, exists, sql } from 'drizzle-orm';
import type { Db } from '../client';
import { agencies, regions, reportMetrics } from '../schema';

export interface AgencyMatch {
  id: number;
  name: string;
  typeId: string | null;
  regionCode: string | null;
  /** The name of the agency's most specific division. */
  region: string | null;
}

export async function searchAgencies(db: Db, text: string, limit: number, synthetic = false): Promise<AgencyMatch[]> {
  const needle = text.trim();
  if (needle === '') return [];
  // Agencies are walked in sort_key order and each name match is checked with one probe of the
  // (agency_id, year) index on report_metrics (which holds the current reports), stopping at the
  // limit, far faster at a million rows than an IN list of every agency with a report (measured:
  // BENCHMARKS.md, 'Figures from code comments').
  // instr() rather than LIKE: the text is matched as typed, % and _ included.
  const hasReport = db
    .select({ one: sql`1` })
    .from(reportMetrics)
    .where(and(eq(reportMetrics.agencyId, agencies.id), eq(reportMetrics.synthetic, synthetic)));
  return db
    .select({
      id: agencies.id,
      name: agencies.name,
      typeId: agencies.typeId,
      regionCode: agencies.regionCode,
      region: regions.name,
    })
    .from(agencies)
    .leftJoin(regions, eq(regions.code, agencies.regionCode))
    .where(and(sql`instr(${agencies.name}, ${needle}) > 0`, exists(hasReport)))
    .orderBy(sql`${agencies.sortKey} NULLS LAST`, asc(agencies.id))
    .limit(limit);
}
