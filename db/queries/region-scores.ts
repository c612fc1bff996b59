/**
 * The report score and timeliness per sub-region, for the rankings of regions (issue 16): under the whole
 * country its provinces, under a province its cities, under a city its counties (from the rollups: a few hundred
 * rows at a million reports; a city's counties by type from report_metrics, through its city index).
 * Per region: how many reports, the sum of their scores, how many have a publication date and how many of
 * those were on time — the parts a mean score and an on-time rate with its interval are made of.
 */
import { sql } from 'drizzle-orm';
import type { Db } from '../client';
import { reportMetrics } from '../schema';
import { metricConditions, type MetricFilters, regionLevelOf } from '../sql/metric-filters';
import { rollupTable } from '../sql/rollup-tables';
import { rollupWhere } from '../sql/rollup-filters';
import { ensureCurrentRollups } from './ensure-current-rollups';

export interface RegionScoreRow {
  code: string;
  reports: number;
  /** Reports with a score (every current report has one) and the sum of those scores. */
  scored: number;
  scoreSum: number | null;
  /** Reports with a publication date, and of them those published by the deadline. */
  dated: number;
  onTime: number;
}

/** The sub-regions of `filters.region` (the provinces when none) with at least one report. */
export async function regionScores(db: Db, filters: MetricFilters): Promise<RegionScoreRow[]> {
  const level = filters.region ? regionLevelOf(filters.region) : null;
  if (level === 'county') return [];
  const table = rollupTable(level === 'city' ? 'county' : level === 'province' ? 'city' : 'province', filters);
  if (!table) return countyScores(db, filters);
  await ensureCurrentRollups(db);
  const column = level === 'city' ? 'county_code' : level === 'province' ? 'city_code' : 'province_code';
  const where = rollupWhere(filters);
  const rows = await db.$client.execute({
    sql: `SELECT r.${column} AS code, sum(r.reports) AS reports, sum(r.scored) AS scored, sum(r.score_sum) AS score_sum,
                 sum(r.dated) AS dated, sum(r.on_time) AS on_time
          FROM ${table} r WHERE ${where.sql} AND r.${column} IS NOT NULL GROUP BY r.${column}`,
    args: where.args,
  });
  return rows.rows.map((r) => ({
    code: String(r.code),
    reports: Number(r.reports),
    scored: Number(r.scored),
    scoreSum: r.score_sum === null ? null : Number(r.score_sum),
    dated: Number(r.dated),
    onTime: Number(r.on_time),
  }));
}

async function countyScores(db: Db, filters: MetricFilters): Promise<RegionScoreRow[]> {
  const m = reportMetrics;
  const rows = await db
    .select({
      code: m.countyCode,
      reports: sql<number>`count(*)`,
      scored: sql<number>`count(${m.score})`,
      scoreSum: sql<number | null>`sum(${m.score})`,
      dated: sql<number>`count(${m.daysLate})`,
      onTime: sql<number>`count(CASE WHEN ${m.daysLate} <= 0 THEN 1 END)`,
    })
    .from(m)
    .where(sql`${metricConditions(filters)} AND ${m.countyCode} IS NOT NULL`)
    .groupBy(m.countyCode);
  return rows.map((r) => ({
    code: r.code!,
    reports: Number(r.reports),
    scored: Number(r.scored),
    scoreSum: r.scoreSum === null ? null : Number(r.scoreSum),
    dated: Number(r.dated),
    onTime: Number(r.onTime),
  }));
}
