/** The agency and year of each given report, so a save result can link to the agency's page. */
import { eq, inArray } from 'drizzle-orm';
import type { Db } from '../client';
import { agencies, reports } from '../schema';

export interface ReportAgency {
  agencyId: number;
  agency: string;
  year: number;
}

export async function reportAgencies(db: Db, reportIds: number[]): Promise<Map<number, ReportAgency>> {
  const ids = [...new Set(reportIds)];
  if (ids.length === 0) return new Map();
  const rows = await db
    .select({ id: reports.id, agencyId: reports.agencyId, agency: agencies.name, year: reports.year })
    .from(reports)
    .innerJoin(agencies, eq(agencies.id, reports.agencyId))
    .where(inArray(reports.id, ids));
  return new Map(rows.map(({ id, ...rest }) => [id, rest]));
}
