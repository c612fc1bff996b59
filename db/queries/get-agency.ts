/** One agency for its page: name, type, level and its division with the names of every level. */
import { eq } from 'drizzle-orm';
import type { Db } from '../client';
import { agencies } from '../schema';
import { agencyCodes, agencyRegion } from '../sql/agency-region';
import { cityRegion, countyRegion, provinceRegion, regionNames } from '../sql/region-names';

export async function getAgency(db: Db, id: number) {
  const [row] = await db
    .select({
      id: agencies.id,
      name: agencies.name,
      sortKey: agencies.sortKey,
      typeId: agencies.typeId,
      level: agencies.level,
      zone: agencies.zone,
      regionCode: agencies.regionCode,
      regionStatus: agencies.regionStatus,
      regionEvidence: agencies.regionEvidence,
      provinceCode: agencyCodes.province,
      cityCode: agencyCodes.city,
      countyCode: agencyCodes.county,
      ...regionNames,
    })
    .from(agencies)
    .leftJoin(agencyRegion, eq(agencyRegion.code, agencies.regionCode))
    .leftJoin(provinceRegion, eq(provinceRegion.code, agencyCodes.province))
    .leftJoin(cityRegion, eq(cityRegion.code, agencyCodes.city))
    .leftJoin(countyRegion, eq(countyRegion.code, agencyCodes.county))
    .where(eq(agencies.id, id));
  return row ?? null;
}

export type AgencyDetail = NonNullable<Awaited<ReturnType<typeof getAgency>>>;
