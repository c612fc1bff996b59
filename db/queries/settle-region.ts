/** A user settles an ambiguous (or wrong) region: the agency and all its metrics rows move to it. */
import { and, eq, sql } from 'drizzle-orm';
import type { Db } from '../client';
import { agencies, regionCandidates, regions, reportMetrics } from '../schema';
import { refreshRollups } from './refresh-rollups';
import { regionColumns } from './settled-regions';

export async function settleRegion(
  db: Db,
  agencyName: string,
  code: string,
): Promise<{ agencyId: number; region: string }> {
  const [region] = await db.select().from(regions).where(eq(regions.code, code));
  if (!region) throw new Error(`${code} is not a division code in the regions table`);
  const [agency] = await db
    .select({ id: agencies.id })
    .from(agencies)
    .where(and(eq(agencies.name, agencyName), eq(agencies.synthetic, false)));
  if (!agency) throw new Error(`no agency is named "${agencyName}"`);
  // The agency's reports imported later are filed here too (settled-regions.ts).
  const columns = regionColumns(region);
  await db.transaction(async (tx) => {
    await tx
      .update(agencies)
      .set({ regionCode: code, regionStatus: 'settled', regionEvidence: 'settled by a user' })
      .where(eq(agencies.id, agency.id));
    await tx.delete(regionCandidates).where(eq(regionCandidates.agencyId, agency.id));
    // The agency's totals leave their old cells and join the new ones: both are marked for the rollups.
    const mark = sql`INSERT OR IGNORE INTO rollup_dirty (synthetic, year, province_code)
      SELECT synthetic, year, coalesce(province_code, '') FROM report_metrics WHERE agency_id = ${agency.id}`;
    await tx.run(mark);
    await tx.update(reportMetrics).set(columns).where(eq(reportMetrics.agencyId, agency.id));
    await tx.run(mark);
    await tx.run(sql`INSERT OR IGNORE INTO presence_dirty (agency_id) VALUES (${agency.id})`);
  });
  await refreshRollups(db);
  return { agencyId: agency.id, region: region.name };
}
