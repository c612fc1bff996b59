/** The dashboard's filters as SQL conditions on report_metrics; shared by every query that reads it. */
import { and, eq, gte, inArray, lte, type SQL } from 'drizzle-orm';
import { reportMetrics } from '../schema';

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

export function regionLevelOf(code: string): 'province' | 'city' | 'county' {
  if (code.endsWith('0000')) return 'province';
  if (code.endsWith('00')) return 'city';
  return 'county';
}

export function metricConditions(f: MetricFilters): SQL | undefined {
  const conditions: SQL[] = [eq(reportMetrics.synthetic, f.synthetic ?? false)];
  if (f.years?.length) conditions.push(inArray(reportMetrics.year, f.years));
  // One year is written as an equality: a range, even of one value, keeps SQLite from reading the
  // (synthetic, year, apps_new) index in apps_new order, and the compare page would sort a year's rows.
  if (f.yearFrom !== undefined && f.yearFrom === f.yearTo) conditions.push(eq(reportMetrics.year, f.yearFrom));
  else {
    if (f.yearFrom !== undefined) conditions.push(gte(reportMetrics.year, f.yearFrom));
    if (f.yearTo !== undefined) conditions.push(lte(reportMetrics.year, f.yearTo));
  }
  if (f.region) {
    const level = regionLevelOf(f.region);
    const column = level === 'province' ? reportMetrics.provinceCode : level === 'city' ? reportMetrics.cityCode : reportMetrics.countyCode;
    conditions.push(eq(column, f.region));
  }
  if (f.typeIds?.length) conditions.push(inArray(reportMetrics.typeId, f.typeIds));
  if (f.template) conditions.push(eq(reportMetrics.template, f.template));
  return and(...conditions);
}
