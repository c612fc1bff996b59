/**
 * The compare table: one row per agency-year, or per agency over the filtered years (sums and
 * weighted rates as in lib/metrics aggregate()), sorted by any column and read a page at a time.
 *
 * Speed at a million rows: the page is chosen first by a narrow query that computes only the sort
 * value (a row's ~80 columns are not carried through the sort), then the page's rows are read in full.
 */
import { and, eq, inArray, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../client';
import type { CountMetricId, RateId } from '../schema/metric-columns';
import { agencies, reportMetrics } from '../schema';
import { agencyCodes, agencyRegion } from '../sql/agency-region';
import { cityRegion, countyRegion, provinceRegion, regionNames } from '../sql/region-names';
import { agencyTotalsPage, totalsCanAnswer } from './agency-totals-page';
import { compareOrderBy, type CompareSort, isReportSort } from '../sql/compare-order';
import { agencyYearPage } from './agency-year-page';
import { countCompareRows } from './count-compare-rows';
import { extremesPage } from './extremes-page';
import { provinceYearIndex, reportColumnPage } from './report-column-page';
import { isOneYear, metricConditions, regionLevelOf, type MetricFilters } from '../sql/metric-filters';
import { countFields, metricValueSql, rateBaseFields, rateFields } from '../sql/metric-sql';

export type { CompareSort };

export interface CompareOptions {
  by: 'agency-year' | 'agency';
  sort: CompareSort;
  offset: number;
  limit: number;
}

export interface CompareRow {
  /** Stable across re-imports: "agencyId-year", or "agencyId" for agency rows. */
  key: string;
  agencyId: number;
  agency: string;
  typeId: string | null;
  provinceCode: string | null;
  cityCode: string | null;
  countyCode: string | null;
  province: string | null;
  city: string | null;
  county: string | null;
  /** Null for agency rows, which span yearFrom–yearTo. */
  year: number | null;
  yearFrom: number;
  yearTo: number;
  reports: number;
  errorCount: number;
  warningCount: number;
  /**
   * Agency-years only (null for agency rows): days from the deadline to publication, > 0 late, ≤ 0 on time;
   * null when the publication date is unknown (lib/metrics/timeliness.ts).
   */
  daysLate: number | null;
  /** Agency-years only (null for agency rows): the report score and its originality component, 0–100 (score-columns.ts). */
  score: number | null;
  originality: number | null;
  /** Agency-years only (null for agency rows): the score's other components, 0–100; timeliness null when undated. */
  scoreParts: { completeness: number; consistency: number; timeliness: number | null } | null;
  /** Agency-years only. */
  reportId: number | null;
  metrics: Record<CountMetricId, number | null>;
  rates: Record<RateId, number | null>;
  /** What each rate rests on: its denominator over the rows that know every part (metric-sql.ts, rateBaseSql). */
  bases: Record<RateId, number | null>;
}

export async function listCompareRows(
  db: Db,
  filters: MetricFilters,
  asked: CompareOptions,
): Promise<{ rows: CompareRow[]; total: number }> {
  // Days late and the score are one report's: agency rows have none, so those sorts are, as any unknown id, the
  // agency order.
  const options =
    asked.by === 'agency' && isReportSort(asked.sort.id) ? { ...asked, sort: { id: 'agency', desc: false } } : asked;
  const where = metricConditions(filters);
  const total = await countCompareRows(db, filters, options.by, where);
  const byAgencyName =
    options.sort.id === 'agency' ||
    (!['region', 'year', 'errors'].includes(options.sort.id) &&
      !isReportSort(options.sort.id) &&
      !metricValueSql(options.sort.id, 'row'));
  // Walking agencies in name order pays off unless the filter keeps only a county's or a city's few rows.
  const agencyFirst = byAgencyName && (!filters.region || regionLevelOf(filters.region) === 'province');
  // The default order (new requests, largest first) over all years: walk its index past the province
  // or type filter rather than sort the province's or type's rows (ADR 0007).
  const walk =
    !agencyFirst &&
    options.sort.id === 'appsNew' &&
    options.sort.desc &&
    !isOneYear(filters) &&
    (!filters.region || regionLevelOf(filters.region) === 'province');
  // An order no index gives, over many rows: read the table straight through (see metricConditions). Up
  // to SCAN_ABOVE rows (a city, a small province) an index still finds them faster than a full read.
  // A city's or a county's rows are few and spread down those indexes: a city's default page comes from its cells
  // (extremes-page.ts) rather than from sorting all of its rows.
  const smallRegion = filters.region !== undefined && regionLevelOf(filters.region) !== 'province';
  const indexedOrder =
    !smallRegion &&
    options.sort.desc &&
    (options.sort.id === 'appsNew' || (options.sort.id === 'errors' && !hasYears(filters)));
  const scan = !agencyFirst && !indexedOrder && total > SCAN_ABOVE;
  const pageWhere = walk || scan ? metricConditions(filters, { walkOrderIndex: walk, scan }) : where;
  // A metric's order: from the city cells that can hold the page, where they can tell (extremes-page.ts).
  const byMetric = async () => (indexedOrder ? null : ((await extremesPage(db, filters, options))?.rows ?? null));
  if (options.by === 'agency-year') {
    // A report's own column: down its index when many rows are sorted, or one province's year by score.
    const columnIndex = isReportSort(options.sort.id) ? provinceYearIndex(filters, options.sort.id) : null;
    const page =
      (isReportSort(options.sort.id) && (total > SCAN_ABOVE || columnIndex)
        ? await reportColumnPage(db, where, options, options.sort.id, undefined, columnIndex ?? undefined)
        : null) ??
      (await byMetric()) ??
      (await agencyYearPage(db, pageWhere, { ...options, agencyFirst, indexedBy: walk ? WALKED_INDEX : undefined }));
    return { rows: await agencyYearRows(db, page), total };
  }
  return {
    rows: await agencyRows(
      db,
      where,
      await agencyPageIds(db, filters, where, { ...options, pageWhere, agencyFirst, byMetric }),
    ),
    total,
  };
}

/**
 * The page's agency ids. Over all years the totals know each agency's values; within one year an agency
 * has one report, so its row is its agency-year and the page is the agency-years' page (except by
 * division, where agency rows use the agency's own division); otherwise the reports are grouped.
 */
async function agencyPageIds(
  db: Db,
  filters: MetricFilters,
  where: SQL | undefined,
  o: CompareOptions & {
    pageWhere: SQL | undefined;
    agencyFirst: boolean;
    byMetric: () => Promise<{ agencyId: number }[] | null>;
  },
): Promise<number[]> {
  if (totalsCanAnswer(filters)) {
    const ids = await agencyTotalsPage(db, filters, o);
    if (ids) return ids;
  }
  if (isOneYear(filters) && o.sort.id !== 'region')
    return ((await o.byMetric()) ?? (await agencyYearPage(db, o.pageWhere, o))).map((r) => r.agencyId);
  return groupedPage(db, where, o);
}

/**
 * The index the default order walks, named rather than left to the planner: (synthetic, apps_new) and
 * (synthetic, year, apps_new) answer `synthetic = ?` at the same estimated cost, and SQLite took whichever the
 * schema listed first — built again in another order (a bulk import setting indexes aside), the first page at
 * 100k went 6.6 → 79 ms and the top chart at a million to 2–3 s, sorting every row (ADR 0007, fifth pass).
 */
const WALKED_INDEX = 'metrics_apps_new';

/**
 * Rows a filter keeps above which reading report_metrics through beats fetching them by index: ~40 k of a
 * million, from what a row costs each way (measured at a million reports: ADR 0007, decision 7).
 */
const SCAN_ABOVE = 40_000;

const hasYears = (f: MetricFilters) => Boolean(f.years?.length) || f.yearFrom !== undefined || f.yearTo !== undefined;

/** The page's agency-years, in the page's order, with their columns as stored. */
async function agencyYearRows(db: Db, page: { reportId: number }[]): Promise<CompareRow[]> {
  if (page.length === 0) return [];
  const m = reportMetrics;
  const rows = await db
    .select({
      reportId: m.reportId,
      agencyId: m.agencyId,
      agency: agencies.name,
      typeId: m.typeId,
      year: m.year,
      provinceCode: m.provinceCode,
      cityCode: m.cityCode,
      countyCode: m.countyCode,
      ...regionNames,
      errorCount: m.errorCount,
      warningCount: m.warningCount,
      daysLate: m.daysLate,
      score: m.score,
      originality: m.scoreOriginality,
      completeness: m.scoreCompleteness,
      consistency: m.scoreConsistency,
      timeliness: m.scoreTimeliness,
      metrics: countFields('row'),
      rates: rateFields('row'),
      bases: rateBaseFields('row'),
    })
    .from(m)
    .innerJoin(agencies, eq(agencies.id, m.agencyId))
    .leftJoin(provinceRegion, eq(provinceRegion.code, m.provinceCode))
    .leftJoin(cityRegion, eq(cityRegion.code, m.cityCode))
    .leftJoin(countyRegion, eq(countyRegion.code, m.countyCode))
    .where(
      inArray(
        m.reportId,
        page.map((p) => p.reportId),
      ),
    );
  const byId = new Map(rows.map((r) => [r.reportId, r]));
  return page.map(({ reportId }) => {
    const { completeness, consistency, timeliness, ...r } = byId.get(reportId)!;
    return {
      ...r,
      key: `${r.agencyId}-${r.year}`,
      yearFrom: r.year,
      yearTo: r.year,
      reports: 1,
      scoreParts: { completeness: completeness ?? 0, consistency: consistency ?? 0, timeliness },
    };
  });
}

/** Agency ids of the page in order, grouping the filtered rows (computing only the sort value). */
async function groupedPage(db: Db, where: SQL | undefined, o: CompareOptions): Promise<number[]> {
  const m = reportMetrics;
  const value =
    metricValueSql(o.sort.id, 'group') ??
    (o.sort.id === 'errors' ? sql`sum(${m.errorCount})` : o.sort.id === 'year' ? sql`max(${m.year})` : sql`NULL`);
  const grouped = db
    .select({ agencyId: m.agencyId, value: value.as('sort_value') })
    .from(m)
    .where(where)
    .groupBy(m.agencyId)
    .as('grouped');
  const order = compareOrderBy(o.sort, {
    metric: (id) => (metricValueSql(id, 'group') ? sql`${grouped.value}` : null),
    year: sql`${grouped.value}`,
    errors: sql`${grouped.value}`,
    region: [agencyCodes.province, agencyCodes.city, agencyCodes.county],
    sortKey: sql`${agencies.sortKey}`,
    agencyId: sql`${grouped.agencyId}`,
  });
  const page = await db
    .select({ agencyId: grouped.agencyId })
    .from(grouped)
    .innerJoin(agencies, eq(agencies.id, grouped.agencyId))
    .leftJoin(agencyRegion, eq(agencyRegion.code, agencies.regionCode))
    .orderBy(...order)
    .limit(o.limit)
    .offset(o.offset);
  return page.map((p) => p.agencyId);
}

/** The page's agencies, in the page's order, with their aggregates over the filtered rows. */
async function agencyRows(db: Db, where: SQL | undefined, page: number[]): Promise<CompareRow[]> {
  if (page.length === 0) return [];
  const m = reportMetrics;
  const rows = await db
    .select({
      agencyId: m.agencyId,
      agency: agencies.name,
      typeId: agencies.typeId,
      provinceCode: agencyCodes.province,
      cityCode: agencyCodes.city,
      countyCode: agencyCodes.county,
      ...regionNames,
      yearFrom: sql<number>`min(${m.year})`,
      yearTo: sql<number>`max(${m.year})`,
      reports: sql<number>`count(*)`,
      errorCount: sql<number>`sum(${m.errorCount})`,
      warningCount: sql<number>`sum(${m.warningCount})`,
      metrics: countFields('group'),
      rates: rateFields('group'),
      bases: rateBaseFields('group'),
    })
    .from(m)
    .innerJoin(agencies, eq(agencies.id, m.agencyId))
    .leftJoin(agencyRegion, eq(agencyRegion.code, agencies.regionCode))
    .leftJoin(provinceRegion, eq(provinceRegion.code, agencyCodes.province))
    .leftJoin(cityRegion, eq(cityRegion.code, agencyCodes.city))
    .leftJoin(countyRegion, eq(countyRegion.code, agencyCodes.county))
    .where(and(where, inArray(m.agencyId, page)))
    .groupBy(m.agencyId);
  const byId = new Map(rows.map((r) => [r.agencyId, r]));
  return page.map((agencyId) => {
    const r = byId.get(agencyId)!;
    return {
      ...r,
      key: String(agencyId),
      year: null,
      reportId: null,
      daysLate: null,
      score: null,
      originality: null,
      scoreParts: null,
      reports: Number(r.reports),
      errorCount: Number(r.errorCount),
      warningCount: Number(r.warningCount),
    };
  });
}
