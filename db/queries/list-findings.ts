/**
 * Findings of the current reports, for the data-quality view: the newest first, a page at a time. Joining report_metrics (one row per current report) both keeps replaced
 * reports out and lets the dashboard's filters apply.
 */
import { eq, inArray, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../client';
import { agencies, findings, reportMetrics } from '../schema';
import { countFromRollups, findingRollupsCanAnswer } from './count-findings';
import { cityRegion, countyRegion, provinceRegion, regionNames } from '../sql/region-names';
import { findingConditions, findingRowConditions, type FindingFilters, type Severity } from '../sql/finding-filters';
import { metricConditions } from '../sql/metric-filters';

export type { FindingFilters, Severity };

export interface FindingRow {
  id: number;
  reportId: number;
  agencyId: number;
  agency: string;
  year: number;
  /** The form the report follows ('2019' / '2021'), for naming the finding's place in the form's words. */
  template: string | null;
  provinceCode: string | null;
  cityCode: string | null;
  countyCode: string | null;
  province: string | null;
  city: string | null;
  county: string | null;
  rule: string;
  severity: Severity;
  path: string;
  message: string;
  line: number | null;
}

export async function listFindings(
  db: Db,
  filters: FindingFilters,
  page: { offset: number; limit: number },
): Promise<{ rows: FindingRow[]; total: number }> {
  const where = findingConditions(filters);
  const total = await countListed(db, filters, where);
  // The page's finding ids first, newest first, reading the findings from their newest row down and
  // asking of each whether its report is current and within the filters (EXISTS, one rowid lookup), so a
  // page of 50 stops after 50 matches. As a join, SQLite first built a Bloom filter over all of
  // report_metrics before reading the first finding (measured at a million: ADR 0007, decision 7).
  const ids = (
    await db.all<{ id: number }>(sql`SELECT ${findings.id} AS id FROM ${findings}
    WHERE ${findingRowConditions(filters) ?? sql`1`}
      AND EXISTS (SELECT 1 FROM ${reportMetrics} WHERE ${reportMetrics.reportId} = ${findings.reportId} AND ${metricConditions(filters) ?? sql`1`})
    ORDER BY ${findings.id} DESC LIMIT ${page.limit} OFFSET ${page.offset}`)
  ).map((r) => Number(r.id));
  if (ids.length === 0) return { rows: [], total };
  const found = await db
    .select({
      id: findings.id,
      reportId: findings.reportId,
      agencyId: reportMetrics.agencyId,
      agency: agencies.name,
      year: reportMetrics.year,
      template: reportMetrics.template,
      provinceCode: reportMetrics.provinceCode,
      cityCode: reportMetrics.cityCode,
      countyCode: reportMetrics.countyCode,
      ...regionNames,
      rule: findings.rule,
      severity: findings.severity,
      path: findings.path,
      message: findings.message,
      line: findings.line,
    })
    .from(findings)
    .innerJoin(reportMetrics, eq(reportMetrics.reportId, findings.reportId))
    .innerJoin(agencies, eq(agencies.id, reportMetrics.agencyId))
    .leftJoin(provinceRegion, eq(provinceRegion.code, reportMetrics.provinceCode))
    .leftJoin(cityRegion, eq(cityRegion.code, reportMetrics.cityCode))
    .leftJoin(countyRegion, eq(countyRegion.code, reportMetrics.countyCode))
    .where(inArray(findings.id, ids));
  const rows = found.sort((a, b) => b.id - a.id);
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
