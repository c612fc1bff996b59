/**
 * Findings of the current reports, for the data-quality view: newest year first, then agency in
 * pinyin order, a page at a time. Joining report_metrics (one row per current report) both keeps
 * replaced reports out and lets the dashboard's filters apply.
 */
import { and, asc, desc, eq, inArray, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/sqlite-core';
import type { Db } from '../client';
import { agencies, findings, regions, reportMetrics } from '../schema';
import { metricConditions, type MetricFilters } from './metric-filters';

export type Severity = 'error' | 'warning' | 'info';

export interface FindingFilters extends MetricFilters {
  rules?: string[];
  severities?: Severity[];
}

export interface FindingRow {
  id: number;
  reportId: number;
  agencyId: number;
  agency: string;
  year: number;
  provinceCode: string | null;
  province: string | null;
  city: string | null;
  county: string | null;
  rule: string;
  severity: Severity;
  path: string;
  message: string;
  line: number | null;
}

/** The conditions on findings and on their report's metrics row; shared with count-findings.ts. */
export function findingConditions(f: FindingFilters): SQL | undefined {
  return and(
    metricConditions(f),
    f.rules?.length ? inArray(findings.rule, f.rules) : undefined,
    f.severities?.length ? inArray(findings.severity, f.severities) : undefined,
  );
}

const province = alias(regions, 'province_region');
const city = alias(regions, 'city_region');
const county = alias(regions, 'county_region');

export async function listFindings(db: Db, filters: FindingFilters, page: { offset: number; limit: number }): Promise<{ rows: FindingRow[]; total: number }> {
  const where = findingConditions(filters);
  const [{ total }] = await db
    .select({ total: sql<number>`count(*)` })
    .from(findings)
    .innerJoin(reportMetrics, eq(reportMetrics.reportId, findings.reportId))
    .where(where);
  const rows = await db
    .select({
      id: findings.id, reportId: findings.reportId, agencyId: reportMetrics.agencyId, agency: agencies.name, year: reportMetrics.year,
      provinceCode: reportMetrics.provinceCode, province: province.name, city: city.name, county: county.name,
      rule: findings.rule, severity: findings.severity, path: findings.path, message: findings.message, line: findings.line,
    })
    .from(findings)
    .innerJoin(reportMetrics, eq(reportMetrics.reportId, findings.reportId))
    .innerJoin(agencies, eq(agencies.id, reportMetrics.agencyId))
    .leftJoin(province, eq(province.code, reportMetrics.provinceCode))
    .leftJoin(city, eq(city.code, reportMetrics.cityCode))
    .leftJoin(county, eq(county.code, reportMetrics.countyCode))
    .where(where)
    // Within a report, findings keep the order the checks wrote them in (their id).
    .orderBy(desc(reportMetrics.year), sql`${agencies.sortKey} NULLS LAST`, asc(agencies.id), asc(findings.id))
    .limit(page.limit)
    .offset(page.offset);
  return { rows, total: Number(total) };
}
