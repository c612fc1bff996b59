/** How many findings of each rule and severity the filtered current reports have, most frequent first. */
import { asc, desc, eq, sql } from 'drizzle-orm';
import type { Db } from '../client';
import { findings, reportMetrics } from '../schema';
import { findingConditions, type FindingFilters, type Severity } from './list-findings';

export interface FindingCount {
  rule: string;
  severity: Severity;
  count: number;
}

export async function countFindings(db: Db, filters: FindingFilters): Promise<FindingCount[]> {
  const count = sql<number>`count(*)`;
  const rows = await db
    .select({ rule: findings.rule, severity: findings.severity, count })
    .from(findings)
    // report_metrics holds one row per current report: the join leaves replaced reports out.
    .innerJoin(reportMetrics, eq(reportMetrics.reportId, findings.reportId))
    .where(findingConditions(filters))
    .groupBy(findings.rule, findings.severity)
    .orderBy(desc(count), asc(findings.rule), asc(findings.severity));
  return rows.map((r) => ({ ...r, count: Number(r.count) }));
}
