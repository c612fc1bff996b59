/** How many findings of each rule and severity the filtered current reports have, most frequent first. */
import { asc, desc, eq, sql } from 'drizzle-orm';
import type { Db } from '../client';
import { findings, reportMetrics } from '../schema';
import { findingConditions, type FindingFilters, type Severity } from '../sql/finding-filters';
import { regionLevelOf } from '../sql/metric-filters';
import { ensureCurrentRollups } from './ensure-current-rollups';
import { rollupWhere } from '../sql/rollup-filters';

export interface FindingCount {
  rule: string;
  severity: Severity;
  count: number;
}

/** The finding rollups hold (synthetic, year, province, city, rule, severity): enough unless a finer filter is set. */
export function findingRollupsCanAnswer(f: FindingFilters): boolean {
  return (!f.region || regionLevelOf(f.region) !== 'county') && !f.typeIds?.length && !f.template;
}

/** `source: 'findings'` forces the count over the findings themselves (tests hold both equal). */
export async function countFindings(
  db: Db,
  filters: FindingFilters,
  source: 'auto' | 'findings' = 'auto',
): Promise<FindingCount[]> {
  if (source === 'auto' && findingRollupsCanAnswer(filters)) return countFromRollups(db, filters);
  return countFromFindings(db, filters);
}

export async function countFromRollups(db: Db, f: FindingFilters): Promise<FindingCount[]> {
  await ensureCurrentRollups(db);
  const where = rollupWhere({ ...f, region: undefined }, 'r');
  if (f.region) {
    where.sql += regionLevelOf(f.region) === 'province' ? ' AND r.province_code = ?' : ' AND r.city_code = ?';
    where.args.push(f.region);
  }
  if (f.rules?.length) {
    where.sql += ` AND r.rule IN (${f.rules.map(() => '?').join(',')})`;
    where.args.push(...f.rules);
  }
  if (f.severities?.length) {
    where.sql += ` AND r.severity IN (${f.severities.map(() => '?').join(',')})`;
    where.args.push(...f.severities);
  }
  const rows = (
    await db.$client.execute({
      sql: `SELECT r.rule AS rule, r.severity AS severity, sum(r.count) AS count FROM finding_rollups r WHERE ${where.sql}
          GROUP BY r.rule, r.severity ORDER BY count DESC, r.rule, r.severity`,
      args: where.args,
    })
  ).rows;
  return rows.map((r) => ({ rule: String(r.rule), severity: r.severity as Severity, count: Number(r.count) }));
}

async function countFromFindings(db: Db, filters: FindingFilters): Promise<FindingCount[]> {
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
