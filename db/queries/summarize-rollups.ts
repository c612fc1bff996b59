/**
 * summarizeMetrics answered from the rollup tables: by province for national and provincial views, by city where
 * a city is filtered or grouped, by county where a county is (the totals over every type, or the typed cells when
 * the view has a type: db/sql/rollup-tables.ts). Agencies are counted in agency_presence (a DISTINCT over a
 * million reports is what made the national overview take seconds).
 */
import type { Db } from '../client';
import { COUNT_METRIC_IDS, RATE_IDS, type CountMetricId, type RateId } from '../schema/metric-columns';
import { metricColumn, rateDenColumn, rateNumColumn } from '../schema';
import { isOneYear, type MetricFilters } from '../sql/metric-filters';
import type { RollupTable } from '../sql/rollup-tables';
import { ensureCurrentRollups } from './ensure-current-rollups';
import { presenceWhere, rollupWhere } from '../sql/rollup-filters';
import type { MetricSummaryRow, SummaryGroup } from './metric-summary-row';

export type RollupGroup = SummaryGroup;

const KEY: Record<RollupGroup, string | null> = {
  none: null,
  year: 'year',
  province: 'province_code',
  city: 'city_code',
  county: 'county_code',
  type: 'type_id',
};

const SELECT_TOTALS = [
  'sum(r.reports) AS reports',
  ...COUNT_METRIC_IDS.map((id) => `sum(r.${metricColumn(id)}) AS ${metricColumn(id)}`),
  ...RATE_IDS.flatMap((id) => [
    `sum(r.${rateNumColumn(id)}) AS ${rateNumColumn(id)}`,
    `sum(r.${rateDenColumn(id)}) AS ${rateDenColumn(id)}`,
  ]),
].join(', ');

const num = (v: unknown) => (v === null || v === undefined ? null : Number(v));

export async function summarizeFromRollups(
  db: Db,
  filters: MetricFilters,
  group: RollupGroup,
  table: RollupTable,
): Promise<MetricSummaryRow[]> {
  await ensureCurrentRollups(db);
  const key = KEY[group];
  const where = rollupWhere(filters);
  const keySelect = key ? `r.${key} AS key` : 'NULL AS key';
  const grouping = key ? `GROUP BY r.${key} ORDER BY r.${key} IS NULL, r.${key}` : '';
  const rows = (
    await db.$client.execute({
      sql: `SELECT ${keySelect}, ${SELECT_TOTALS} FROM ${table} r WHERE ${where.sql} ${grouping}`,
      args: where.args,
    })
  ).rows;
  const agencies = await countAgencies(db, filters, group);
  const out = rows.map((r): MetricSummaryRow => {
    const sums = Object.fromEntries(COUNT_METRIC_IDS.map((id) => [id, num(r[metricColumn(id)])])) as Record<
      CountMetricId,
      number | null
    >;
    const rates = Object.fromEntries(
      RATE_IDS.map((id) => {
        const den = num(r[rateDenColumn(id)]);
        return [id, den !== null && den > 0 ? num(r[rateNumColumn(id)])! / den : null];
      }),
    ) as Record<RateId, number | null>;
    const bases = Object.fromEntries(RATE_IDS.map((id) => [id, num(r[rateDenColumn(id)])])) as Record<
      RateId,
      number | null
    >;
    const reports = Number(r.reports ?? 0);
    const k = key === 'year' ? Number(r.key) : (r.key as string | null);
    return {
      key: key ? k : null,
      reports,
      agencies: agencies === 'reports' ? reports : (agencies.get(k ?? null) ?? 0),
      sums,
      rates,
      bases,
    };
  });
  // Without a group the answer is one row even when nothing matches, as the base query gives.
  if (!key && out.length === 0)
    return [{ key: null, reports: 0, agencies: 0, sums: nulls(), rates: rateNulls(), bases: rateNulls() }];
  if (!key && out[0].reports === 0)
    out[0] = { key: null, reports: 0, agencies: 0, sums: nulls(), rates: rateNulls(), bases: rateNulls() };
  return out;
}

const nulls = () =>
  Object.fromEntries(COUNT_METRIC_IDS.map((id) => [id, null])) as Record<CountMetricId, number | null>;
const rateNulls = () => Object.fromEntries(RATE_IDS.map((id) => [id, null])) as Record<RateId, number | null>;

/** Agencies with a report in the filtered years, per group key (one agency has one region and type). */
async function countAgencies(
  db: Db,
  filters: MetricFilters,
  group: RollupGroup,
): Promise<Map<string | number | null, number> | 'reports'> {
  // Within one year an agency has one current report, so agencies = reports, no count needed.
  if (group === 'year' || isOneYear(filters)) return 'reports';
  const key = KEY[group];
  const where = presenceWhere(filters);
  const rows = (
    await db.$client.execute({
      sql: `SELECT ${key ? `p.${key}` : 'NULL'} AS key, count(*) AS n FROM agency_presence p WHERE ${where.sql} ${key ? `GROUP BY p.${key}` : ''}`,
      args: where.args,
    })
  ).rows;
  return new Map(rows.map((r) => [(r.key as string | null) ?? null, Number(r.n)]));
}
