/** Per agency and year: the metrics row with the agency's name and region names (for exports and tables). */
import { asc, eq, getTableColumns } from 'drizzle-orm';
import { alias } from 'drizzle-orm/sqlite-core';
import type { Db } from '../client';
import { agencies, regions, reportMetrics } from '../schema';
import { metricConditions, type MetricFilters } from './metric-filters';

export async function listAgencyYears(db: Db, filters: MetricFilters = {}, limit?: number) {
  const province = alias(regions, 'province');
  const city = alias(regions, 'city');
  const county = alias(regions, 'county');
  const query = db
    .select({
      ...getTableColumns(reportMetrics),
      agency: agencies.name,
      regionStatus: agencies.regionStatus,
      province: province.name,
      city: city.name,
      county: county.name,
    })
    .from(reportMetrics)
    .innerJoin(agencies, eq(agencies.id, reportMetrics.agencyId))
    .leftJoin(province, eq(province.code, reportMetrics.provinceCode))
    .leftJoin(city, eq(city.code, reportMetrics.cityCode))
    .leftJoin(county, eq(county.code, reportMetrics.countyCode))
    .where(metricConditions(filters))
    .orderBy(asc(reportMetrics.provinceCode), asc(reportMetrics.agencyId), asc(reportMetrics.year));
  return limit ? query.limit(limit) : query;
}

export type AgencyYearRow = Awaited<ReturnType<typeof listAgencyYears>>[number];

