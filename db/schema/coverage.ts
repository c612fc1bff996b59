/**
 * Coverage and timeliness (issue 16): which agencies published which years, on time or late, and which are
 * expected. `agency_coverage` is a per-agency rollup of year bits (year − 2000), rebuilt with agency_presence
 * from the same marks (presence_dirty, refresh-rollups.ts), so a region's counts and a page of the
 * agencies × years matrix read one narrow row per agency instead of a million reports.
 * `agency_list` is a list of agencies the user says should publish (`npm run agency -- import-list`).
 */
import { index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';

/** One row per agency with a current report: the years it has one, and which of those were late, undated or replaced. */
export const agencyCoverage = sqliteTable(
  'agency_coverage',
  {
    agencyId: integer('agency_id').primaryKey(),
    synthetic: integer('synthetic', { mode: 'boolean' }).notNull(),
    provinceCode: text('province_code'),
    cityCode: text('city_code'),
    countyCode: text('county_code'),
    /**
     * The sub-region of its province the agency counts in: its city, else its county (a county under the
     * province directly, as 省直辖 counties and a municipality's districts are); null for a province's own agencies.
     */
    areaCode: text('area_code'),
    typeId: text('type_id'),
    /** The agency's pinyin key (agencies.sort_key, else its name), so a page is ordered without a join. */
    sortKey: text('sort_key').notNull(),
    /** Years with a current report. */
    years: integer('years').notNull(),
    /** Years without one between its first and its last: the gap rule's missing years. */
    gaps: integer('gaps').notNull(),
    /** Years whose current report was published after the deadline (days_late > 0). */
    late: integer('late').notNull(),
    /** Years whose current report has no known publication date. */
    undated: integer('undated').notNull(),
    /** Years where a report was replaced by a corrected one imported later. */
    replaced: integer('replaced').notNull(),
    /** On the user's list of agencies (agency_list), so expected every year. */
    listed: integer('listed', { mode: 'boolean' }).notNull(),
  },
  (t) => [
    // Covering: the agencies of a province or of the country are counted from the index alone (count-coverage-rows.ts).
    index('agency_coverage_province').on(
      t.synthetic,
      t.provinceCode,
      t.cityCode,
      t.countyCode,
      t.typeId,
      t.years,
      t.gaps,
      t.late,
      t.undated,
      t.listed,
    ),
    index('agency_coverage_city').on(t.cityCode),
    index('agency_coverage_county').on(t.countyCode),
    // A page of the matrix in name order, walked from the top.
    index('agency_coverage_sort').on(t.synthetic, t.sortKey),
  ],
);

/**
 * Per (synthetic, year, province, area, type): agency-years present, late, undated, replaced and missing by each
 * rule; and agencies whose first (`starts`) or last (`ends`) report is in that year, all and listed ones. Whether an
 * agency has anything in a range of years, or stopped before its end, depends only on its first and last year, so
 * those agency counts add up over years as the agency-years do (coverage-counts.ts). A province's counts read its
 * few thousand rows; the country's read coverage_province_rollups. Rebuilt from agency_coverage, for the provinces
 * whose agencies a refresh rebuilt: counting per agency and year took over a second at a million reports.
 */
const rollupCounts = () => ({
  present: integer('present').notNull(),
  late: integer('late').notNull(),
  undated: integer('undated').notNull(),
  replaced: integer('replaced').notNull(),
  missingGap: integer('missing_gap').notNull(),
  missingList: integer('missing_list').notNull(),
  starts: integer('starts').notNull(),
  ends: integer('ends').notNull(),
  listedStarts: integer('listed_starts').notNull(),
  listedEnds: integer('listed_ends').notNull(),
});

export const coverageRollups = sqliteTable(
  'coverage_rollups',
  {
    synthetic: integer('synthetic', { mode: 'boolean' }).notNull(),
    year: integer('year').notNull(),
    provinceCode: text('province_code'),
    areaCode: text('area_code'),
    typeId: text('type_id'),
    ...rollupCounts(),
  },
  (t) => [index('coverage_rollups_province').on(t.synthetic, t.provinceCode, t.year)],
);

/** The same counts per (synthetic, year, province, type): the country's read a few thousand rows. */
export const coverageProvinceRollups = sqliteTable(
  'coverage_province_rollups',
  {
    synthetic: integer('synthetic', { mode: 'boolean' }).notNull(),
    year: integer('year').notNull(),
    provinceCode: text('province_code'),
    typeId: text('type_id'),
    ...rollupCounts(),
  },
  (t) => [index('coverage_province_rollups_year').on(t.synthetic, t.year)],
);

/**
 * How late the late reports were (days_late > 0), counted per (synthetic, year, province, type, days late): the
 * timeliness histogram of the country, a province or a type reads these instead of the late reports' partial
 * index (~120 k entries at a million; these ~105 k typed, ~28 k over every type). Rebuilt from report_metrics by
 * refresh-rollups.ts for the (synthetic, year, province) slices a refresh touched, as the other rollups.
 */
const lateDayColumns = () => ({
  synthetic: integer('synthetic', { mode: 'boolean' }).notNull(),
  year: integer('year').notNull(),
  provinceCode: text('province_code'),
  daysLate: integer('days_late').notNull(),
  reports: integer('reports').notNull(),
});

/**
 * Per type: a type's histogram reads its own rows. The covering indexes hold each scope's rows in (year, days late)
 * order, so the histogram is summed as it is read, without sorting.
 */
export const lateDayRollups = sqliteTable('late_day_rollups', { ...lateDayColumns(), typeId: text('type_id') }, (t) => [
  // A type's rows in the country (a few thousand), narrowed to a province in the index.
  index('late_day_rollups_type').on(t.synthetic, t.typeId, t.year, t.daysLate, t.provinceCode, t.reports),
  // The slices a partial refresh deletes.
  index('late_day_rollups_province').on(t.synthetic, t.year, t.provinceCode),
]);

/** Every type together, summed from late_day_rollups: the country's histogram reads ~28 k narrow rows, a province's ~900. */
export const lateDayTotals = sqliteTable('late_day_totals', lateDayColumns(), (t) => [
  index('late_day_totals_year').on(t.synthetic, t.year, t.daysLate, t.provinceCode, t.reports),
  index('late_day_totals_province').on(t.synthetic, t.provinceCode, t.year, t.daysLate, t.reports),
]);

/**
 * The agencies the user expects to publish every year (a CSV of name, region code, type). Matched to a real
 * agency by its exact name (or an alias) when the list is imported, and again whenever a refresh rebuilds
 * agencies' coverage rows (an agency whose first report arrives after the list finds its entry then).
 */
export const agencyList = sqliteTable(
  'agency_list',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    name: text('name').notNull(),
    /** The region code as given (six digits), and the province, city and county it stands for. */
    regionCode: text('region_code'),
    provinceCode: text('province_code'),
    cityCode: text('city_code'),
    countyCode: text('county_code'),
    typeId: text('type_id'),
    sortKey: text('sort_key').notNull(),
    /** The real agency of that name; null while none has reported. */
    agencyId: integer('agency_id'),
    importedAt: integer('imported_at', { mode: 'timestamp_ms' }).notNull(),
  },
  (t) => [
    uniqueIndex('agency_list_name').on(t.name),
    index('agency_list_agency').on(t.agencyId),
    index('agency_list_province').on(t.provinceCode, t.sortKey),
    index('agency_list_city').on(t.cityCode),
    index('agency_list_county').on(t.countyCode),
    index('agency_list_sort').on(t.sortKey),
  ],
);
