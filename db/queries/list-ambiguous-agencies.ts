/** Agencies whose region is still ambiguous, with their candidate divisions. */
import { eq } from 'drizzle-orm';
import type { Db } from '../client';
import { agencies, regionCandidates, regions } from '../schema';

export async function listAmbiguousAgencies(db: Db) {
  const rows = await db
    .select({
      agency: agencies.name,
      evidence: agencies.regionEvidence,
      code: regions.code,
      name: regions.name,
      parent: regions.parentCode,
    })
    .from(agencies)
    .innerJoin(regionCandidates, eq(regionCandidates.agencyId, agencies.id))
    .innerJoin(regions, eq(regions.code, regionCandidates.regionCode))
    .where(eq(agencies.regionStatus, 'ambiguous'))
    .orderBy(agencies.name, regions.code);
  const byAgency = new Map<
    string,
    { agency: string; evidence: string | null; candidates: { code: string; name: string; parent: string | null }[] }
  >();
  for (const r of rows) {
    const entry = byAgency.get(r.agency) ?? { agency: r.agency, evidence: r.evidence, candidates: [] };
    entry.candidates.push({ code: r.code, name: r.name, parent: r.parent });
    byAgency.set(r.agency, entry);
  }
  return [...byAgency.values()];
}
