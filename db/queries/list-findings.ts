/**
 * Findings of the current reports, for the data-quality view: the most recently imported reports
 * first, a page at a time. Joining report_metrics (one row per current report) both keeps replaced
 * reports out and lets the dashboard's filters apply.
 */
import { asc, desc, eq, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/sqlite-core';
import type { Db } from '../client';
import { agencies, findings, regions, reportMetrics } from '../schema';
import { countFromRollups, findingRollupsCanAnswer } from './count-findings';
import { findingConditions, type FindingFilters, type Severity } from './finding-filters';

export type { FindingFilters, Severity };

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

const province = alias(regions, 'province_region');
const city = alias(regions, 'city_region');
const county = alias(regions, 'county_region');

export async function listFindings(db: Db, filters: FindingFilters, page: { offset: number; limit: number }): Promise<{ rows: FindingRow[]; total: number }> {
  const where = findingConditions(filters);
  const total = await countListed(db, filters, where);
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
    // Most recently imported reports first, and within a report the order the checks wrote them in.
    // An order the findings' own indexes give (rowid, or (rule, severity, report_id)) lets a page of
    // 50 stop after 50 matches; ordering by year and agency name meant sorting two million findings.
    .orderBy(desc(findings.reportId), asc(findings.id))
    .limit(page.limit)
    .offset(page.offset);
  return { rows, total };
}

/** The total for the pager: from the finding rollups where they can answer, else counted. */
async function countListed(db: Db, filters: FindingFilters, where: SQL | undefined): Promise<number> {
  if (findingRollupsCanAnswer(filters)) return (await countFromRollups(db, filters)).reduce((a, r) => a + r.count, 0);
  const [{ total }] = await db
    .select({ total: sql<number>`count(*)` })
    .from(findings)
    .innerJoin(reportMetrics, eq(reportMetrics.reportId, findings.reportId))
    .where(where);
  return Number(total);
}
