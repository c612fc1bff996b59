/** Per agency and year: the metrics row with the agency's name and region names (for exports and tables). */
import { asc, eq, getTableColumns } from 'drizzle-orm';
import type { Db } from '../client';
import { agencies, reportMetrics } from '../schema';
import { metricConditions, type MetricFilters } from '../sql/metric-filters';
import { cityRegion, countyRegion, provinceRegion, regionNames } from '../sql/region-names';

export async function listAgencyYears(db: Db, filters: MetricFilters = {}, limit?: number) {
  const query = db
    .select({
      ...getTableColumns(reportMetrics),
      agency: agencies.name,
      regionStatus: agencies.regionStatus,
      ...regionNames,
    })
    .from(reportMetrics)
    .innerJoin(agencies, eq(agencies.id, reportMetrics.agencyId))
    .leftJoin(provinceRegion, eq(provinceRegion.code, reportMetrics.provinceCode))
    .leftJoin(cityRegion, eq(cityRegion.code, reportMetrics.cityCode))
    .leftJoin(countyRegion, eq(countyRegion.code, reportMetrics.countyCode))
    .where(metricConditions(filters))
    .orderBy(asc(reportMetrics.provinceCode), asc(reportMetrics.agencyId), asc(reportMetrics.year));
  return limit ? query.limit(limit) : query;
}

export type AgencyYearRow = Awaited<ReturnType<typeof listAgencyYears>>[number];
