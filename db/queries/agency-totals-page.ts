/**
 * The compare table per agency over all years: the page's agency ids in the asked order, read from
 * agency_totals (one row per agency) instead of grouping every report (measured: ADR 0007, decision 7). The
 * values are the grouped ones: a count's sum over the agency's reports, a rate's Σ numerator ÷
 * Σ denominator over the reports that know every part (metric-sql.ts), the errors' sum, the latest year.
 */
import { and, eq, inArray, sql, type SQL } from 'drizzle-orm';
import type { SQLiteColumn } from 'drizzle-orm/sqlite-core';
import type { Db } from '../client';
import { agencies, agencyTotals } from '../schema';
import { agencyCodes, agencyRegion } from '../sql/agency-region';
import { compareOrderBy, type CompareSort } from '../sql/compare-order';
import { regionLevelOf, type MetricFilters } from '../sql/metric-filters';
import { isCountMetricId, rateDefinition } from '../sql/metric-sql';

/** The totals span every year and form: a filter by year or by form needs the reports grouped. */
export function totalsCanAnswer(f: MetricFilters): boolean {
  return !f.years?.length && f.yearFrom === undefined && f.yearTo === undefined && !f.template;
}

const t = agencyTotals;
const column = (key: string) => (t as unknown as Record<string, SQLiteColumn>)[key];

/** A metric's value per agency from its totals; null for an unknown id. */
function totalValue(id: string): SQL | null {
  if (isCountMetricId(id)) return sql`${column(id)}`;
  const def = rateDefinition(id);
  if (!def) return null;
  const num = column(`num_${def.id}`);
  const den = column(`den_${def.id}`);
  return sql`(CASE WHEN ${den} > 0 THEN CAST(${num} AS REAL) / ${den} END)`;
}

function totalsWhere(f: MetricFilters): SQL | undefined {
  // Unary +: no index serves `synthetic` (one value, or two, over all rows); SQLite took the type index for
  // it and fetched 172 k agencies one by one instead of reading them through (measured: BENCHMARKS.md,
  // 'Figures from code comments').
  const conditions: SQL[] = [sql`+${t.synthetic} = ${f.synthetic ? 1 : 0}`];
  if (f.region) {
    const level = regionLevelOf(f.region);
    conditions.push(eq(level === 'province' ? t.provinceCode : level === 'city' ? t.cityCode : t.countyCode, f.region));
  }
  if (f.typeIds?.length) conditions.push(inArray(t.typeId, f.typeIds));
  return and(...conditions);
}

/**
 * The page's agency ids, or null while some agency's totals wait to be rebuilt (an import is under way
 * or was interrupted): then the caller groups the reports, so a page never shows stale totals.
 */
export async function agencyTotalsPage(
  db: Db,
  filters: MetricFilters,
  o: { sort: CompareSort; offset: number; limit: number },
): Promise<number[] | null> {
  const waiting = await db.$client.execute('SELECT 1 FROM presence_dirty LIMIT 1');
  if (waiting.rows.length > 0) return null;
  const order = compareOrderBy(o.sort, {
    metric: totalValue,
    year: sql`${t.yearTo}`,
    errors: sql`${t.errorCount}`,
    region: [agencyCodes.province, agencyCodes.city, agencyCodes.county],
    sortKey: sql`${t.sortKey}`,
    agencyId: sql`${t.agencyId}`,
  });
  // One narrow pass over the agencies' totals; the agency's division is joined only to sort by it.
  const query = db.select({ agencyId: t.agencyId }).from(t).$dynamic();
  if (o.sort.id === 'region')
    query
      .innerJoin(agencies, eq(agencies.id, t.agencyId))
      .leftJoin(agencyRegion, eq(agencyRegion.code, agencies.regionCode));
  const page = await query
    .where(totalsWhere(filters))
    .orderBy(...order)
    .limit(o.limit)
    .offset(o.offset);
  return page.map((p) => p.agencyId);
}
