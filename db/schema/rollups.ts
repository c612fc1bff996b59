/**
 * Precomputed totals so the dashboard's summaries read a few thousand rows instead of a million
 * (ADR 0007). Both rollup tables hold, per cell, the number of reports, the sum of every count metric
 * (null when no report in the cell knows it, as SUM does), each rate's numerator and denominator over
 * the reports that know every part, and how many reports lack the data-gap metrics. A city cell is rebuilt
 * from report_metrics whenever a report in it changes: saves mark it in cell_dirty in the same transaction
 * (other changes mark whole provinces in rollup_dirty), and refreshRollups (db/queries) rebuilds and clears the marks.
 */
import { sql } from 'drizzle-orm';
import { index, integer, primaryKey, real, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { AMOUNT_METRIC_IDS, COUNT_METRIC_IDS, metricColumn, RATE_IDS } from './metric-columns';

/** The metrics whose blanks the overview's data-gap table counts. */
export const GAP_METRIC_IDS = [
  'appsNew',
  'granted',
  'handled',
  'carriedForward',
  'reviewTotal',
  'litigationTotal',
] as const;

export const rateNumColumn = (id: string) => `rate_num_${metricColumn(id)}`;
export const rateDenColumn = (id: string) => `rate_den_${metricColumn(id)}`;
export const missingColumn = (id: string) => `missing_${metricColumn(id)}`;
export const maxColumn = (id: string) => `max_${metricColumn(id)}`;
export const minColumn = (id: string) => `min_${metricColumn(id)}`;
/** Every metric the compare table sorts by: the counts and the row rates. */
export const SORTABLE_METRIC_IDS: readonly string[] = [...COUNT_METRIC_IDS, ...RATE_IDS];

function totals() {
  return {
    reports: integer('reports').notNull(),
    withErrors: integer('with_errors').notNull(),
    errorCount: integer('error_count').notNull(),
    /** The sum of the reports' scores and how many have one (score-columns.ts): a group's mean score. */
    scoreSum: real('score_sum'),
    scored: integer('scored').notNull().default(0),
    /** Reports with a publication date, and those of them published by the deadline: a group's on-time rate. */
    dated: integer('dated').notNull().default(0),
    onTime: integer('on_time').notNull().default(0),
    ...Object.fromEntries(
      COUNT_METRIC_IDS.map((id) => [
        id,
        AMOUNT_METRIC_IDS.has(id) ? real(metricColumn(id)) : integer(metricColumn(id)),
      ]),
    ),
    ...Object.fromEntries(
      RATE_IDS.flatMap((id) => [
        [`num_${id}`, real(rateNumColumn(id))],
        [`den_${id}`, real(rateDenColumn(id))],
      ]),
    ),
    ...Object.fromEntries(GAP_METRIC_IDS.map((id) => [`missing_${id}`, integer(missingColumn(id)).notNull()])),
  };
}

/**
 * Per cell, the largest and smallest known value of every sortable metric: a page of the compare table
 * sorted by a metric reads only the cells that can hold its rows (extremes-page.ts, ADR 0007).
 */
function extremes() {
  const column = (id: string, name: string) =>
    AMOUNT_METRIC_IDS.has(id) || RATE_IDS.includes(id as never) ? real(name) : integer(name);
  return Object.fromEntries(
    SORTABLE_METRIC_IDS.flatMap((id) => [
      [`max_${id}`, column(id, maxColumn(id))],
      [`min_${id}`, column(id, minColumn(id))],
    ]),
  );
}

const dimensions = () => ({
  synthetic: integer('synthetic', { mode: 'boolean' }).notNull(),
  year: integer('year').notNull(),
  template: text('template'),
  provinceCode: text('province_code'),
  typeId: text('type_id'),
});

/** Cells of (synthetic, year, form, province, city, agency type). */
export const cityRollups = sqliteTable(
  'city_rollups',
  { ...dimensions(), cityCode: text('city_code'), ...totals(), ...extremes() },
  (t) => [
    index('city_rollups_province').on(t.synthetic, t.provinceCode, t.year),
    index('city_rollups_city').on(t.cityCode, t.year),
  ],
);

/** The same totals one level up, (synthetic, year, form, province, agency type): national views read these. */
export const provinceRollups = sqliteTable('province_rollups', { ...dimensions(), ...totals(), ...extremes() }, (t) => [
  index('province_rollups_year').on(t.synthetic, t.year),
  // Covering: the type picker's reports per type, nationally or in a province, from the index alone (the rows are wide).
  index('province_rollups_types').on(t.synthetic, t.provinceCode, t.typeId, t.year, t.template, t.reports),
]);

/**
 * The cells' totals over every agency type, without the extremes: what a view that neither filters nor groups by type
 * reads (most views). The type multiplies the cells about fifty times and each rollup row carries 144 extremes
 * columns, so the national totals summed ~10 k wide rows where these hold a few hundred narrow ones. Rebuilt from
 * city_rollups and province_rollups by the same refresh, for the (synthetic, year, province) slices it touched.
 */
const untypedDimensions = () => {
  const { typeId: _typeId, ...rest } = dimensions();
  return rest;
};

/** Cells of (synthetic, year, form, province, city), every type together. */
export const cityTotals = sqliteTable(
  'city_totals',
  { ...untypedDimensions(), cityCode: text('city_code'), ...totals() },
  (t) => [
    index('city_totals_province').on(t.synthetic, t.provinceCode, t.year),
    index('city_totals_city').on(t.cityCode, t.year),
  ],
);

/**
 * Cells of (synthetic, year, form, province, city, county), every type together: a city's counties (the region
 * page's sub-regions and the filter's county counts) and a county's own totals, which the typed rollups stop short of.
 */
export const countyTotals = sqliteTable(
  'county_totals',
  { ...untypedDimensions(), cityCode: text('city_code'), countyCode: text('county_code'), ...totals() },
  (t) => [index('county_totals_city').on(t.cityCode, t.year), index('county_totals_county').on(t.countyCode, t.year)],
);

/** Cells of (synthetic, year, form, province), every type together: the national views read these. */
export const provinceTotals = sqliteTable('province_totals', { ...untypedDimensions(), ...totals() }, (t) => [
  index('province_totals_year').on(t.synthetic, t.year),
]);

/** An agency's row in the per-agency rollups: its id and what the dashboard filters agencies by. */
const agencyDimensions = () => ({
  agencyId: integer('agency_id').primaryKey(),
  synthetic: integer('synthetic', { mode: 'boolean' }).notNull(),
  provinceCode: text('province_code'),
  cityCode: text('city_code'),
  countyCode: text('county_code'),
  typeId: text('type_id'),
});

/**
 * One row per agency with the years it has a current report, as bits (year − 2000), per form, so
 * "how many agencies" over any year range is a scan of the agencies, not a DISTINCT over a million reports.
 */
export const agencyPresence = sqliteTable(
  'agency_presence',
  {
    ...agencyDimensions(),
    years: integer('years').notNull(),
    years2019: integer('years_2019').notNull(),
    years2021: integer('years_2021').notNull(),
  },
  (t) => [
    // Covering: agencies per province, or per city of a province, over any years are counted from the index alone
    // (the overview's and the region page's sub-regions; each row read from the table cost a lookup).
    index('agency_presence_place').on(t.synthetic, t.provinceCode, t.cityCode, t.years, t.years2019, t.years2021),
    index('agency_presence_city').on(t.cityCode),
    index('agency_presence_county').on(t.countyCode),
    // Covering: agencies per type over any years are counted from the index alone (the type picker).
    index('agency_presence_type').on(t.synthetic, t.typeId, t.years, t.years2019, t.years2021),
    // Covering, the same within a province (the type picker of every province's view): through the place index each
    // agency's type was read from the table, ~26 ms for the largest province at a million.
    index('agency_presence_province_type').on(t.synthetic, t.provinceCode, t.typeId, t.years, t.years2019, t.years2021),
  ],
);

/**
 * One row per agency with the totals of all its current reports (every year): the compare table per agency
 * over all years is sorted from here, instead of grouping a million rows (ADR 0007). Rebuilt with the
 * agency's presence row, from the same marks (presence_dirty); a filter by year or form groups the rows.
 */
export const agencyTotals = sqliteTable(
  'agency_totals',
  {
    ...agencyDimensions(),
    /** The agency's pinyin key (agencies.sort_key), copied so a page is sorted without a join. */
    sortKey: text('sort_key').notNull(),
    yearTo: integer('year_to').notNull(),
    ...totals(),
  },
  // Not led by `synthetic`: an index on it alone is worse than reading the table (agency-totals-page.ts).
  (t) => [
    index('agency_totals_province').on(t.provinceCode),
    index('agency_totals_city').on(t.cityCode),
    index('agency_totals_county').on(t.countyCode),
    index('agency_totals_type').on(t.typeId),
    // The compare table per agency in its default order (new requests, largest first) and by name: the first page
    // read from the top of an index instead of sorting 172 k agencies (~35 ms at a million). `synthetic` last, so
    // the walk checks it from the index (agency-totals-page.ts writes it with a unary +).
    index('agency_totals_apps_new').on(sql`${sql.identifier('apps_new')} DESC`, t.sortKey, t.agencyId, t.synthetic),
    index('agency_totals_sort_key').on(t.sortKey, t.agencyId, t.synthetic),
  ],
);

/** (synthetic, year, province) cells whose rollups must all be rebuilt; '' stands for "no province". */
export const rollupDirty = sqliteTable(
  'rollup_dirty',
  {
    synthetic: integer('synthetic').notNull(),
    year: integer('year').notNull(),
    provinceCode: text('province_code').notNull(),
  },
  (t) => [primaryKey({ columns: [t.synthetic, t.year, t.provinceCode] })],
);

/**
 * City rollup cells a save touched, by all their dimensions ('' for a null one): a batch into a large database
 * rebuilds those cells, not whole provinces. 8,000 reports into a million mark ~7,900 of 112,000 cells.
 */
export const cellDirty = sqliteTable(
  'cell_dirty',
  {
    synthetic: integer('synthetic').notNull(),
    year: integer('year').notNull(),
    template: text('template').notNull(),
    provinceCode: text('province_code').notNull(),
    typeId: text('type_id').notNull(),
    cityCode: text('city_code').notNull(),
  },
  (t) => [primaryKey({ columns: [t.synthetic, t.year, t.template, t.provinceCode, t.typeId, t.cityCode] })],
);

/** Agencies whose presence row must be rebuilt. */
export const presenceDirty = sqliteTable('presence_dirty', { agencyId: integer('agency_id').primaryKey() });

/**
 * Findings counted per (synthetic, year, province, city, rule, severity), for the data-quality page's counts by
 * rule; a filter by county, type or form counts from the findings themselves (fewer rows). By city, not only by
 * province, so a batch rebuilds the counts of the cities it touched: at a million reports 19,600 rows, and 8,000
 * reports spread over the country touch a few thousand city-years where they touched every province-year.
 */
export const findingRollups = sqliteTable(
  'finding_rollups',
  {
    synthetic: integer('synthetic', { mode: 'boolean' }).notNull(),
    year: integer('year').notNull(),
    provinceCode: text('province_code'),
    cityCode: text('city_code'),
    rule: text('rule').notNull(),
    severity: text('severity').notNull(),
    count: integer('count').notNull(),
  },
  (t) => [
    index('finding_rollups_year').on(t.synthetic, t.year),
    index('finding_rollups_province').on(t.provinceCode),
    index('finding_rollups_city').on(t.cityCode),
    // Covering: the national counts by rule read the index alone (measured: BENCHMARKS.md, 'Figures from code comments').
    index('finding_rollups_rule').on(t.synthetic, t.rule, t.severity, t.year, t.provinceCode, t.count),
  ],
);
