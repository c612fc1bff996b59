/**
 * The names of a division's three levels, joined from regions by code: one alias per level, shared by
 * every query that shows "江西省 宜春市 上高县" (join each with `leftJoin(provinceRegion, eq(provinceRegion.code, …))`).
 */
import { alias } from 'drizzle-orm/sqlite-core';
import { regions } from '../schema';

export const provinceRegion = alias(regions, 'province_region');
export const cityRegion = alias(regions, 'city_region');
export const countyRegion = alias(regions, 'county_region');

/** Select fields: the three names (null where the division has no such level or the code is unknown). */
export const regionNames = { province: provinceRegion.name, city: cityRegion.name, county: countyRegion.name };
