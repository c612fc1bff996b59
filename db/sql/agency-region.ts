/**
 * An agency's division, for agency rows of the compare table: the agency's own (agencies.region_code, kept
 * right by settle-region), since its agency-years could in principle disagree. Join `agencyRegion` on
 * agencies.region_code to use `agencyCodes`.
 */
import { sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/sqlite-core';
import { regions } from '../schema';

export const agencyRegion = alias(regions, 'agency_region');

export const agencyCodes = {
  province: sql<string | null>`${agencyRegion.provinceCode}`,
  city: sql<
    string | null
  >`(CASE ${agencyRegion.level} WHEN 'city' THEN ${agencyRegion.code} WHEN 'county' THEN ${agencyRegion.cityCode} END)`,
  county: sql<string | null>`(CASE ${agencyRegion.level} WHEN 'county' THEN ${agencyRegion.code} END)`,
};
