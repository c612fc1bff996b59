/** The agency and year of some reports, for a page that names the reports it quotes. */
import { eq, inArray } from 'drizzle-orm';
import type { Db } from '../client';
import { agencies, reports } from '../schema';

export interface ReportName {
  reportId: number;
  agencyId: number;
  agency: string;
  year: number;
}

export async function reportNames(db: Db, reportIds: readonly number[]): Promise<Map<number, ReportName>> {
  if (reportIds.length === 0) return new Map();
  const rows = await db
    .select({ reportId: reports.id, agencyId: reports.agencyId, agency: agencies.name, year: reports.year })
    .from(reports)
    .innerJoin(agencies, eq(agencies.id, reports.agencyId))
    .where(inArray(reports.id, [...reportIds]));
  return new Map(rows.map((r) => [r.reportId, r]));
}
