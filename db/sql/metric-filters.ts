/** The dashboard's filters as SQL conditions on report_metrics; shared by every query that reads it. */
import { and, eq, inArray, sql, type SQL } from 'drizzle-orm';
import { reportMetrics } from '../schema';
import type { SQLiteColumn } from 'drizzle-orm/sqlite-core';

export interface MetricFilters {
  years?: number[];
  yearFrom?: number;
  yearTo?: number;
  /** A six-digit division code: province (xx0000), city (xxxx00) or county. */
  region?: string;
  typeIds?: string[];
  template?: '2019' | '2021';
  /** Synthetic reports are kept apart from real ones unless asked for. */
  synthetic?: boolean;
}

/** The filter admits exactly one year (within it an agency has one current report). */
export function isOneYear(f: MetricFilters): boolean {
  return (
    (f.yearFrom !== undefined && f.yearFrom === f.yearTo) ||
    (f.years?.length === 1 && f.yearFrom === undefined && f.yearTo === undefined)
  );
}

export function regionLevelOf(code: string): 'province' | 'city' | 'county' {
  if (code.endsWith('0000')) return 'province';
  if (code.endsWith('00')) return 'city';
  return 'county';
}

/**
 * `walkOrderIndex`: write the province and type conditions so that no index serves them (unary +).
 * For the compare page's default order SQLite then walks the apps_new index and checks each row,
 * which finds 50 rows of a province in a few thousand steps instead of sorting all of its rows.
 *
 * `scan`: write the synthetic, year and type conditions so that no index serves them either: for an order
 * no index gives, reading the table straight through beats fetching a year's (or a large type's) rows one
 * by one through an index, which SQLite's statistics rate as cheaper (measured at a million reports:
 * BENCHMARKS.md, 'Figures from code comments', and ADR 0007, decision 7).
 */
export function metricConditions(
  f: MetricFilters,
  options: { walkOrderIndex?: boolean; scan?: boolean } = {},
): SQL | undefined {
  const plain = (column: SQLiteColumn) => (options.walkOrderIndex || options.scan ? sql`+${column}` : sql`${column}`);
  const scanned = (column: SQLiteColumn) => (options.scan ? sql`+${column}` : sql`${column}`);
  const conditions: SQL[] = [sql`${scanned(reportMetrics.synthetic)} = ${f.synthetic ? 1 : 0}`];
  if (f.years?.length)
    conditions.push(
      sql`${scanned(reportMetrics.year)} IN (${sql.join(
        f.years.map((y) => sql`${y}`),
        sql`, `,
      )})`,
    );
  // One year is written as an equality: a range, even of one value, keeps SQLite from reading the
  // (synthetic, year, apps_new) index in apps_new order, and the compare page would sort a year's rows.
  if (f.yearFrom !== undefined && f.yearFrom === f.yearTo)
    conditions.push(sql`${scanned(reportMetrics.year)} = ${f.yearFrom}`);
  else {
    if (f.yearFrom !== undefined) conditions.push(sql`${scanned(reportMetrics.year)} >= ${f.yearFrom}`);
    if (f.yearTo !== undefined) conditions.push(sql`${scanned(reportMetrics.year)} <= ${f.yearTo}`);
  }
  if (f.region) {
    const level = regionLevelOf(f.region);
    if (level === 'province') conditions.push(sql`${plain(reportMetrics.provinceCode)} = ${f.region}`);
    else conditions.push(eq(level === 'city' ? reportMetrics.cityCode : reportMetrics.countyCode, f.region));
  }
  if (f.typeIds?.length)
    conditions.push(
      options.walkOrderIndex || options.scan
        ? sql`${plain(reportMetrics.typeId)} IN (${sql.join(
            f.typeIds.map((t) => sql`${t}`),
            sql`, `,
          )})`
        : inArray(reportMetrics.typeId, f.typeIds),
    );
  if (f.template) conditions.push(eq(reportMetrics.template, f.template));
  return and(...conditions);
}
