/** One agency for its page: name, type, level and its division with the names of every level. */
import { eq, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/sqlite-core';
import type { Db } from '../client';
import { agencies, regions } from '../schema';

const own = alias(regions, 'own_region');
const province = alias(regions, 'province_region');
const city = alias(regions, 'city_region');
const county = alias(regions, 'county_region');

/** The agency's division split into its levels (a county under a province has no city). */
const codes = {
  province: sql<string | null>`${own.provinceCode}`,
  city: sql<string | null>`(CASE ${own.level} WHEN 'city' THEN ${own.code} WHEN 'county' THEN ${own.cityCode} END)`,
  county: sql<string | null>`(CASE ${own.level} WHEN 'county' THEN ${own.code} END)`,
};

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
      provinceCode: codes.province,
      cityCode: codes.city,
      countyCode: codes.county,
      province: province.name,
      city: city.name,
      county: county.name,
    })
    .from(agencies)
    .leftJoin(own, eq(own.code, agencies.regionCode))
    .leftJoin(province, eq(province.code, codes.province))
    .leftJoin(city, eq(city.code, codes.city))
    .leftJoin(county, eq(county.code, codes.county))
    .where(eq(agencies.id, id));
  return row ?? null;
}

export type AgencyDetail = NonNullable<Awaited<ReturnType<typeof getAgency>>>;
