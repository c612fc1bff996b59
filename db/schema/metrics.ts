import { sql } from 'drizzle-orm';
import { index, integer, real, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import {
  AMOUNT_METRIC_IDS,
  COUNT_METRIC_IDS,
  type CountMetricId,
  metricColumn,
  RATE_IDS,
  type RateId,
} from './metric-columns';
import { reports } from './reports';
import {
  ORIGINALITY_INDEX,
  PROVINCE_YEAR_SCORE_INDEX,
  SCORE_COLUMN,
  SCORE_COMPONENT_SQL,
  SCORE_INDEX,
  SCORE_SQL,
} from './score-columns';

/** The partial index of the rows with a publication date, in days-late order (list-compare-rows.ts names it). */
export const DAYS_LATE_INDEX = 'metrics_days_late';

/** The partial index of a rate's rows above 100 %. */
export function overOneIndex(id: RateId): string {
  return `metrics_${metricColumn(id)}_over_one`;
}

const metricColumns = Object.fromEntries(
  COUNT_METRIC_IDS.map((id) => [id, AMOUNT_METRIC_IDS.has(id) ? real(metricColumn(id)) : integer(metricColumn(id))]),
) as Record<CountMetricId, ReturnType<typeof integer> | ReturnType<typeof real>>;

/**
 * Each row's rates, computed by lib/metrics (reportRates) from the counts beside them and stored with them: a sort by
 * a rate then reads a column instead of evaluating its formula a million times (ADR 0007).
 */
const rateColumns = Object.fromEntries(RATE_IDS.map((id) => [id, real(metricColumn(id))])) as Record<
  RateId,
  ReturnType<typeof real>
>;

/**
 * One row per current report (agency × year): the count metrics and rates of lib/metrics as columns, with the
 * dimensions the dashboard filters on copied in, so every view is one indexed scan of this table.
 */
export const reportMetrics = sqliteTable(
  'report_metrics',
  {
    reportId: integer('report_id')
      .primaryKey()
      .references(() => reports.id),
    agencyId: integer('agency_id').notNull(),
    year: integer('year').notNull(),
    template: text('template'),
    typeId: text('type_id'),
    provinceCode: text('province_code'),
    cityCode: text('city_code'),
    countyCode: text('county_code'),
    synthetic: integer('synthetic', { mode: 'boolean' }).notNull().default(false),
    errorCount: integer('error_count').notNull(),
    warningCount: integer('warning_count').notNull(),
    /** Days after the deadline (31 January of the next year) the report was published; ≤ 0 on time; null unknown. */
    daysLate: integer('days_late'),
    /**
     * Share (0…1, by Han characters) of the report's own prose repeated from the same agency's previous-year report,
     * and from the most similar other agency's report of the same year (which one: copied_peer_report); null when
     * there is no such report or no prose to compare (lib/similarity, ingest/refresh-copy-shares.ts).
     */
    copiedPrev: real('copied_prev'),
    copiedPeer: real('copied_peer'),
    copiedPeerReport: integer('copied_peer_report'),
    /** The report score and its components, 0–100 (score-columns.ts): computed by SQLite from the columns above. */
    scoreCompleteness: real(SCORE_COLUMN.completeness).generatedAlwaysAs(sql.raw(SCORE_COMPONENT_SQL.completeness), {
      mode: 'virtual',
    }),
    scoreConsistency: real(SCORE_COLUMN.consistency).generatedAlwaysAs(sql.raw(SCORE_COMPONENT_SQL.consistency), {
      mode: 'virtual',
    }),
    scoreTimeliness: real(SCORE_COLUMN.timeliness).generatedAlwaysAs(sql.raw(SCORE_COMPONENT_SQL.timeliness), {
      mode: 'virtual',
    }),
    scoreOriginality: real(SCORE_COLUMN.originality).generatedAlwaysAs(sql.raw(SCORE_COMPONENT_SQL.originality), {
      mode: 'virtual',
    }),
    score: real(SCORE_COLUMN.score).generatedAlwaysAs(sql.raw(SCORE_SQL), { mode: 'virtual' }),
    ...metricColumns,
    ...rateColumns,
  },
  (t) => [
    index('metrics_year').on(t.year),
    // A province's rows by year, and the order the city rollups are built in (refresh-rollups.ts): a full
    // rebuild walks this index instead of sorting a million rows (measured: BENCHMARKS.md, 'Figures from code comments').
    index('metrics_cell').on(t.provinceCode, t.year, t.synthetic, t.template, t.typeId, t.cityCode),
    index('metrics_city_year').on(t.cityCode, t.year),
    index('metrics_county_year').on(t.countyCode, t.year),
    // A type's rows in a year; with the default metric and the agency it also answers the peer population
    // (list-peer-values.ts) from the index alone: the largest type has 26 k agencies a year at a million.
    index('metrics_type_year').on(t.typeId, t.year, t.synthetic, t.appsNew, t.agencyId),
    index('metrics_agency_year').on(t.agencyId, t.year),
    // The compare table's default order (new requests, largest first) and the errors ranking, read from
    // the top of an index at a million rows instead of sorted (ADR 0007); other sorts scan.
    index('metrics_apps_new').on(t.synthetic, t.appsNew),
    index('metrics_year_apps_new').on(t.synthetic, t.year, t.appsNew),
    index('metrics_errors').on(t.synthetic, t.errorCount),
    // The compare table by days late, either way: the dated rows in order, read from the top. Partial (rows
    // with a date) so that no other query's plan can pick it: as a full (synthetic, days_late) index it led
    // the planner away from metrics_apps_new for the default order (8× slower at a million rows, measured).
    index(DAYS_LATE_INDEX)
      .on(t.synthetic, t.daysLate)
      .where(sql`${sql.identifier('days_late')} IS NOT NULL`),
    // The compare table and the rankings by score or originality, either way, read from the top. Partial, as
    // metrics_days_late, so that only a query asking for these rows (score IS NOT NULL) can pick them.
    index(SCORE_INDEX)
      .on(t.synthetic, t.score)
      .where(sql`${sql.identifier(SCORE_COLUMN.score)} IS NOT NULL`),
    // A province's year by score (the score ranking of /quality/score, the compare table of a province and a year):
    // the score is a virtual column, so sorting a province's ~8,500 rows computed it for each (~58 ms at a
    // million); this index gives them in order and counts the ties at the page's last value from the index alone.
    index(PROVINCE_YEAR_SCORE_INDEX)
      .on(t.synthetic, t.year, t.provinceCode, t.score)
      .where(sql`${sql.identifier(SCORE_COLUMN.score)} IS NOT NULL`),
    index(ORIGINALITY_INDEX)
      .on(t.synthetic, t.scoreOriginality)
      .where(sql`${sql.identifier(SCORE_COLUMN.originality)} IS NOT NULL`),
    // Late reports only (a partial index), by year and days late: how late they were in a year, for the country,
    // a province or an agency type, from the index alone (coverage-late-days.ts; a scan took two seconds).
    index('metrics_late').on(t.synthetic, t.year, t.daysLate, t.provinceCode, t.typeId).where(sql`days_late > 0`),
    // A rate above 100 % comes only from broken sums: rare (0.3 % of rows at a million), yet it tops a
    // descending sort. These small partial indexes give those rows when the cells cannot (extremes-page.ts).
    ...RATE_IDS.map((id) =>
      index(overOneIndex(id))
        .on(t[id])
        .where(sql`${sql.identifier(metricColumn(id))} > 1`),
    ),
  ],
);
