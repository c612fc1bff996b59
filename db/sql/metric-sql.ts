/**
 * SQL expressions for the metric columns, built from their list (db/schema/metric-columns.ts) so a rate's
 * parts are written once and never copied into SQL by hand. The semantics are those of
 * lib/metrics/aggregate.ts: a sum covers the rows that know the value; a rate is Σ numerator ÷
 * Σ denominator over the rows that know every part of it, null when that denominator is not positive.
 */
import { sql, type SQL } from 'drizzle-orm';
import type { SQLiteColumn } from 'drizzle-orm/sqlite-core';
import {
  COUNT_METRIC_IDS,
  RATE_COLUMNS,
  RATE_IDS,
  type CountMetricId,
  type RateId,
  type RatePart,
  type RateParts,
} from '../schema/metric-columns';
import { reportMetrics } from '../schema';

/** A rate as the SQL builders take it: its id and parts. */
export type RateColumn = { id: RateId } & RateParts;

const COUNT_IDS = new Set<string>(COUNT_METRIC_IDS);
const RATES_BY_ID = new Map<string, RateColumn>(RATE_COLUMNS.map((d) => [d.id, d]));

export const isCountMetricId = (id: string): id is CountMetricId => COUNT_IDS.has(id);
export const rateDefinition = (id: string): RateColumn | undefined => RATES_BY_ID.get(id);

/** The report_metrics column of a count metric. */
export function metricColumnOf(id: CountMetricId): SQLiteColumn {
  return (reportMetrics as unknown as Record<CountMetricId, SQLiteColumn>)[id];
}

/** Every distinct part of a rate, for the "all known" test. */
function partIds(def: RateColumn): CountMetricId[] {
  return [...new Set([...def.numerator, ...def.denominator].map((p) => p.id))];
}

function allKnown(def: RateColumn): SQL {
  return sql.join(
    partIds(def).map((id) => sql`${metricColumnOf(id)} IS NOT NULL`),
    sql` AND `,
  );
}

/** a + b − c, in one row. */
function signedSql(parts: RatePart[]): SQL {
  const terms = parts.map((p, i) => {
    const column = metricColumnOf(p.id);
    if (p.sign < 0) return i === 0 ? sql`-${column}` : sql` - ${column}`;
    return i === 0 ? sql`${column}` : sql` + ${column}`;
  });
  return sql.join(terms);
}

/** One row's rate from its counts, as SQL: what lib/metrics rateValue computes (row-rates.test.ts holds them equal). */
export function rowRateFormulaSql(def: RateColumn): SQL<number | null> {
  const den = signedSql(def.denominator);
  return sql<
    number | null
  >`(CASE WHEN ${allKnown(def)} AND (${den}) > 0 THEN CAST(${signedSql(def.numerator)} AS REAL) / (${den}) END)`;
}

/** The report_metrics column that stores a row's rate, computed by lib/metrics (reportRates) and stored on insert. */
export function rateColumnOf(def: RateColumn): SQLiteColumn {
  return (reportMetrics as unknown as Record<RateId, SQLiteColumn>)[def.id as RateId];
}

/** One row's rate: its stored column, so a sort by a rate reads a value instead of evaluating a formula. */
export function rowRateSql(def: RateColumn): SQL<number | null> {
  return sql<number | null>`${rateColumnOf(def)}`;
}

/** A group's rate: Σ numerator ÷ Σ denominator over the rows that know every part. */
export function groupRateSql(def: RateColumn): SQL<number | null> {
  const known = allKnown(def);
  const den = sql`SUM(CASE WHEN ${known} THEN ${signedSql(def.denominator)} END)`;
  return sql<
    number | null
  >`(CASE WHEN ${den} > 0 THEN CAST(SUM(CASE WHEN ${known} THEN ${signedSql(def.numerator)} END) AS REAL) / ${den} END)`;
}

/**
 * What a rate rests on: its denominator over the rows that know every part of it — one row's, or a group's
 * sum — null where no row knows them all. Shown beside the rate (issue 18: 100.0% of 3 requests is not 100.0%
 * of 3,000).
 */
export function rateBaseSql(def: RateColumn, per: 'row' | 'group'): SQL<number | null> {
  const den = sql`CASE WHEN ${allKnown(def)} THEN ${signedSql(def.denominator)} END`;
  return per === 'row' ? sql<number | null>`(${den})` : sql<number | null>`SUM(${den})`;
}

/** A group's sum of a count metric: SUM skips nulls and is null when no row has a value. */
export function sumSql(id: CountMetricId): SQL<number | null> {
  return sql<number | null>`SUM(${metricColumnOf(id)})`;
}

/** A count metric per row (its column) or per group (its sum). */
export function countValueSql(id: CountMetricId, per: 'row' | 'group'): SQL<number | null> {
  return per === 'row' ? sql<number | null>`${metricColumnOf(id)}` : sumSql(id);
}

/** Select fields: every count metric per row or per group, keyed by metric id. */
export function countFields(per: 'row' | 'group'): Record<CountMetricId, SQL<number | null>> {
  return Object.fromEntries(COUNT_METRIC_IDS.map((id) => [id, countValueSql(id, per)])) as Record<
    CountMetricId,
    SQL<number | null>
  >;
}

/** Select fields: every rate, per row or per group, keyed by rate id. */
export function rateFields(per: 'row' | 'group'): Record<RateId, SQL<number | null>> {
  return Object.fromEntries(
    RATE_IDS.map((id) => [id, per === 'row' ? rowRateSql(RATES_BY_ID.get(id)!) : groupRateSql(RATES_BY_ID.get(id)!)]),
  ) as Record<RateId, SQL<number | null>>;
}

/** Select fields: every rate's base (rateBaseSql), per row or per group, keyed by rate id. */
export function rateBaseFields(per: 'row' | 'group'): Record<RateId, SQL<number | null>> {
  return Object.fromEntries(RATE_IDS.map((id) => [id, rateBaseSql(RATES_BY_ID.get(id)!, per)])) as Record<
    RateId,
    SQL<number | null>
  >;
}

/** A count or rate metric as a value per row or per group; null for an unknown id. */
export function metricValueSql(id: string, per: 'row' | 'group'): SQL<number | null> | null {
  if (isCountMetricId(id)) return countValueSql(id, per);
  const def = rateDefinition(id);
  if (!def) return null;
  return per === 'row' ? rowRateSql(def) : groupRateSql(def);
}
