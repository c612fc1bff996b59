/**
 * How many current reports each region holds under the view's other filters (years, types, form): the counts the
 * region filter shows beside its provinces, cities and counties, so a user sees where the data is before choosing.
 * Each comes from the totals over every type (a few hundred rows at a million reports), or with a type filter from
 * the typed rollups; counties by type, which no rollup splits, from report_metrics for the few counties the box lists.
 */
import { inArray, sql } from 'drizzle-orm';
import type { Db } from '../client';
import { reportMetrics } from '../schema';
import { metricConditions, type MetricFilters } from '../sql/metric-filters';
import { rollupTable } from '../sql/rollup-tables';
import { rollupWhere } from '../sql/rollup-filters';
import { ensureCurrentRollups } from './ensure-current-rollups';

export type RegionsCounted =
  | { level: 'province' }
  | { level: 'city'; province: string }
  | { level: 'county'; codes: readonly string[] };

const COLUMN = { province: 'province_code', city: 'city_code', county: 'county_code' } as const;

/** Reports per region code; a region without reports is absent. `source: 'metrics'` forces report_metrics (tests). */
export async function reportsByRegion(
  db: Db,
  filters: Omit<MetricFilters, 'region'>,
  regions: RegionsCounted,
  source: 'auto' | 'metrics' = 'auto',
): Promise<Map<string, number>> {
  const within = regions.level === 'city' ? regions.province : undefined;
  const table = source === 'auto' ? rollupTable(regions.level, filters) : null;
  if (!table) return fromMetrics(db, { ...filters, region: within }, regions);
  if (regions.level === 'county' && regions.codes.length === 0) return new Map();
  await ensureCurrentRollups(db);
  const where = rollupWhere({ ...filters, region: within });
  const column = COLUMN[regions.level];
  // The counties listed, each one lookup in county_totals_county; the others grouped from their table.
  const only =
    regions.level === 'county'
      ? { sql: `r.county_code IN (${regions.codes.map(() => '?').join(', ')})`, args: [...regions.codes] }
      : { sql: `r.${column} IS NOT NULL`, args: [] };
  const rows = (
    await db.$client.execute({
      sql: `SELECT r.${column} AS code, sum(r.reports) AS n FROM ${table} r
            WHERE ${where.sql} AND ${only.sql} GROUP BY r.${column}`,
      args: [...where.args, ...only.args],
    })
  ).rows;
  return counted(rows.map((r) => ({ code: r.code as string, n: Number(r.n) })));
}

async function fromMetrics(db: Db, filters: MetricFilters, regions: RegionsCounted): Promise<Map<string, number>> {
  const m = reportMetrics;
  const column = regions.level === 'province' ? m.provinceCode : regions.level === 'city' ? m.cityCode : m.countyCode;
  if (regions.level === 'county' && regions.codes.length === 0) return new Map();
  const rows = await db
    .select({ code: column, n: sql<number>`count(*)` })
    .from(m)
    .where(
      // For counties, only the county list may lead (metrics_county_year): a year index would read every report.
      sql`${metricConditions(filters, { scan: regions.level === 'county' })} AND ${
        regions.level === 'county' ? inArray(m.countyCode, [...regions.codes]) : sql`${column} IS NOT NULL`
      }`,
    )
    .groupBy(column);
  return counted(rows.map((r) => ({ code: r.code!, n: Number(r.n) })));
}

const counted = (rows: { code: string; n: number }[]) => new Map(rows.filter((r) => r.n > 0).map((r) => [r.code, r.n]));
