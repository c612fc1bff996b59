/**
 * ORDER BY of the compare table (list-compare-rows.ts), for rows that are agency-years or agencies:
 * the chosen column in the chosen direction with nulls last either way, then the agency's pinyin key,
 * its id and the year, so equal values always come in the same order and pages never overlap.
 */
import { sql, type SQL } from 'drizzle-orm';
import { agencies, DAYS_LATE_INDEX, ORIGINALITY_INDEX, reportMetrics, SCORE_INDEX } from '../schema';
import { metricValueSql } from './metric-sql';

export interface CompareSort {
  /**
   * 'agency', 'region', 'year', 'errors', a report's own column ('daysLate', 'score', 'originality': agency-years),
   * or a count or rate metric id; anything else sorts by agency.
   */
  id: string;
  desc: boolean;
}

/** The expressions the order is made of, as the row kind defines them. */
export interface OrderColumns {
  /** A metric's value for the row (its column or its group sum or rate); null for an unknown id. */
  metric: (id: string) => SQL | null;
  year: SQL;
  errors: SQL;
  /** Agency-years only: a report's own column (REPORT_SORTS). Without it such a sort is the agency order. */
  reportColumn?: (id: ReportSortId) => SQL;
  region: [province: SQL, city: SQL, county: SQL];
  /** The agency's pinyin key, never null (filled on insert and on start). */
  sortKey: SQL;
  /** agencies.id itself (not a copy in another table), so the agency order can come from agencies' index. */
  agencyId: SQL;
  /** Agency-years only: the last tie-break. */
  rowYear?: SQL;
}

/**
 * Nulls last either way. SQLite puts NULL first in ascending order, so DESC already ends with them and
 * only ASC needs the clause; leaving it off DESC (and off the never-null agency key and year) keeps the
 * order one an index can deliver, so a page of 50 is read from the top of an index instead of sorted
 * out of a million rows.
 */
const term = (expr: SQL, desc: boolean) => (desc ? sql`${expr} DESC` : sql`${expr} ASC NULLS LAST`);
const plain = (expr: SQL, desc: boolean) => (desc ? sql`${expr} DESC` : sql`${expr} ASC`);

export function compareOrderBy(sort: CompareSort, c: OrderColumns): SQL[] {
  const agency = (desc: boolean) => [plain(c.sortKey, desc), plain(c.agencyId, desc)];
  const tail = c.rowYear ? [plain(c.rowYear, false)] : [];
  const metric = c.metric(sort.id);
  let head: SQL[];
  if (sort.id === 'region') head = c.region.map((code) => term(code, sort.desc));
  else if (sort.id === 'year') head = [term(c.year, sort.desc)];
  else if (sort.id === 'errors') head = [term(c.errors, sort.desc)];
  else if (isReportSort(sort.id) && c.reportColumn) head = [term(c.reportColumn(sort.id), sort.desc)];
  else if (metric) head = [term(metric, sort.desc)];
  // 'agency' and unknown ids: the agency is the whole order, in the asked direction.
  else return [...agency(sort.id === 'agency' && sort.desc), ...tail];
  return [...head, ...agency(false), ...tail];
}

/**
 * The sorts by a column one report has and an agency over years has not: days late, the score and its
 * originality component. Each has a partial index of the rows that have a value, in its order.
 */
export const REPORT_SORTS = {
  daysLate: { column: reportMetrics.daysLate, index: DAYS_LATE_INDEX },
  score: { column: reportMetrics.score, index: SCORE_INDEX },
  originality: { column: reportMetrics.scoreOriginality, index: ORIGINALITY_INDEX },
} as const;
export type ReportSortId = keyof typeof REPORT_SORTS;
export const isReportSort = (id: string): id is ReportSortId => Object.hasOwn(REPORT_SORTS, id);

/** The compare order of agency-years: report_metrics' columns, ties by the agency's pinyin key, id and year. */
export function agencyYearOrder(sort: CompareSort): SQL[] {
  const m = reportMetrics;
  return compareOrderBy(sort, {
    metric: (id) => metricValueSql(id, 'row'),
    year: sql`${m.year}`,
    errors: sql`${m.errorCount}`,
    reportColumn: (id) => sql`${REPORT_SORTS[id].column}`,
    region: [sql`${m.provinceCode}`, sql`${m.cityCode}`, sql`${m.countyCode}`],
    sortKey: sql`${agencies.sortKey}`,
    agencyId: sql`${agencies.id}`,
    rowYear: sql`${m.year}`,
  });
}
