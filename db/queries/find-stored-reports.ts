/**
 * What of a batch of prepared reports the database already holds, so a preview can say before saving
 * which files would change nothing (same bytes) and which would replace a current report.
 */
import { and, eq, inArray } from 'drizzle-orm';
import type { Db } from '../client';
import { agencies, reports } from '../schema';

export interface StoredReports {
  /** Source hashes with a report already made from them. */
  hashes: Set<string>;
  /** `${agency name}:${year}` of the agency-years with a current report. */
  agencyYears: Set<string>;
}

export async function findStoredReports(
  db: Db,
  batch: { hash: string; agency: string; year: number }[],
): Promise<StoredReports> {
  const hashes = [...new Set(batch.map((b) => b.hash))];
  const names = [...new Set(batch.map((b) => b.agency))];
  if (hashes.length === 0) return { hashes: new Set(), agencyYears: new Set() };
  const byHash = await db
    .selectDistinct({ hash: reports.sourceHash })
    .from(reports)
    .where(inArray(reports.sourceHash, hashes));
  const current = await db
    .select({ name: agencies.name, year: reports.year })
    .from(reports)
    .innerJoin(agencies, eq(agencies.id, reports.agencyId))
    .where(and(eq(reports.status, 'current'), inArray(agencies.name, names)));
  return {
    hashes: new Set(byHash.map((r) => r.hash)),
    agencyYears: new Set(current.map((r) => `${r.name}:${r.year}`)),
  };
}
