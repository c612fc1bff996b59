/**
 * The data-quality page's coverage tab (issue 16): for the view's region, types and years, the agency-years expected,
 * present, on time, late, undated and missing per sub-region with the completeness rate; per year, how timely the
 * reports were; the agencies that stopped; and a page of the agencies × years matrix, each cell classified by
 * lib/metrics/coverage.ts with the words and symbol it shows (lib/format/coverage-cell.ts). Counts come from the
 * coverage rollups, the matrix from agency_coverage a page at a time (db/queries/coverage-*.ts).
 */
import type { Db } from '../../db/client';
import { agencyListSummary } from '../../db/queries/agency-list-summary';
import { countCoverageRows } from '../../db/queries/count-coverage-rows';
import { coverageCounts, coverageSplit } from '../../db/queries/coverage-counts';
import { coverageLateDays } from '../../db/queries/coverage-late-days';
import { coveragePage, type CoverageRow } from '../../db/queries/coverage-page';
import { listYears } from '../../db/queries/list-years';
import type { CoverageScope } from '../../db/sql/coverage-sql';
import { agencyTypeName } from '../agencies/agency-type';
import { type CoverageCellState, cellSymbol, cellTitle } from '../format/coverage-cell';
import { regionPhrase } from '../format/filters';
import type { Locale } from '../format/locale';
import { pick } from '../format/locale';
import { COVERAGE_TEXT } from '../i18n/coverage-text';
import {
  addCounts,
  agenciesOver,
  type CoverageCell,
  type CoverageCounts,
  classifyCell,
  countsOver,
  histogramMedian,
  NO_COUNTS,
  stoppedPublishing,
  yearsOf,
} from '../metrics/coverage';
import { regionChildren, regionTrail } from '../regions';
import type { CoverageShow } from '../view-state/coverage-filters';
import type { ViewState } from '../view-state/view-state';
import { viewWords } from './view-words';

/** What a matrix cell shows: its state, the symbol beside its colour, and its words (the cell's title). */
export interface MatrixCell {
  year: number;
  state: CoverageCellState;
  symbol: string;
  title: string;
  /** Days after the deadline (negative: before it); null when unknown or absent. */
  daysLate: number | null;
}

export interface MatrixRow {
  agencyId: number | null;
  name: string;
  place: string | null;
  type: string;
  listed: boolean;
  /** The year of the last report, when the agency stopped publishing within the view's years. */
  stoppedAfter: number | null;
  cells: MatrixCell[];
}

export interface RegionCoverage {
  /** The sub-region's code; null for the region's own agencies and the total. */
  code: string | null;
  name: string;
  total?: boolean;
  counts: CoverageCounts;
}

export interface YearTimeliness {
  year: number;
  present: number;
  dated: number;
  onTime: number;
  late: number;
  undated: number;
  /** Median days late of the late reports; null when none was late. */
  medianLate: number | null;
}

/** The view's years: those with reports, within its year filter. */
export async function coverageScope(db: Db, state: ViewState): Promise<{ scope: CoverageScope; dataYears: number[] }> {
  const dataYears = await listYears(db, { synthetic: state.synthetic });
  const years = dataYears.filter(
    (y) => (state.yearFrom === undefined || y >= state.yearFrom) && (state.yearTo === undefined || y <= state.yearTo),
  );
  return {
    scope: {
      synthetic: state.synthetic,
      region: state.region,
      typeIds: state.types.length ? state.types : undefined,
      years,
    },
    dataYears,
  };
}

export function matrixCell(row: CoverageRow, year: number, locale: Locale): MatrixCell {
  const cell = classifyCell(row, year);
  const state: CoverageCellState = cell.state === 'missing' ? (cell.by ?? 'gap') : cell.state;
  const daysLate = row.daysLate.get(year) ?? null;
  return {
    year,
    state,
    symbol: cellSymbol(state, daysLate),
    title: cellTitle(state, year, daysLate, locale),
    daysLate,
  };
}

function placeOf(row: Pick<CoverageRow, 'provinceCode' | 'cityCode' | 'countyCode'>, locale: Locale): string | null {
  const code = row.countyCode ?? row.cityCode ?? row.provinceCode;
  const trail = code ? regionTrail(code) : [];
  return trail.length
    ? regionPhrase(
        trail.map((r) => r.name),
        locale,
      )
    : null;
}

export function matrixRow(row: CoverageRow, years: readonly number[], locale: Locale): MatrixRow {
  const last = yearsOf(row.years).at(-1) ?? null;
  return {
    agencyId: row.agencyId,
    name: row.name,
    place: placeOf(row, locale),
    type: agencyTypeName(row.typeId, locale),
    listed: row.listed,
    stoppedAfter: stoppedPublishing(row, years) ? last : null,
    cells: years.map((y) => matrixCell(row, y, locale)),
  };
}

/** The sub-regions' rows (named in the view's language), the region's own agencies, and the total. */
function regionRows(
  state: ViewState,
  cells: readonly CoverageCell[],
  unanswered: readonly { key: string | null; entries: number }[],
  years: readonly number[],
): RegionCoverage[] {
  const t = pick(state.lang, COVERAGE_TEXT);
  const children = coverageSplit(state.region) ? regionChildren(state.region ?? null) : [];
  const named = new Map(children.map((c) => [c.code, c.name[state.lang]]));
  const keys = new Set<string | null>([...cells.map((c) => c.key), ...unanswered.map((u) => u.key)]);
  const rowOf = (key: string | null) =>
    countsOver(
      cells.filter((c) => c.key === key),
      years,
      unanswered.filter((u) => u.key === key).reduce((s, u) => s + u.entries, 0),
    );
  const rows: RegionCoverage[] = children
    .filter((c) => keys.has(c.code))
    .map((c) => ({ code: c.code, name: named.get(c.code)!, counts: rowOf(c.code) }))
    .filter((r) => r.counts.expected > 0);
  // The region's own agencies, and any whose sub-region is not one of its children.
  const rest = [...keys].filter((k) => k === null || !named.has(k));
  if (state.region === undefined || children.length > 0) {
    const own = rest.map(rowOf).reduce(addCounts, NO_COUNTS);
    if (own.expected > 0) rows.push({ code: null, name: t.ownLevel(viewWords(state).region), counts: own });
  }
  rows.push({
    code: null,
    name: t.total,
    total: true,
    counts: countsOver(
      cells,
      years,
      unanswered.reduce((s, u) => s + u.entries, 0),
    ),
  });
  return rows;
}

function timelinessRows(
  cells: readonly CoverageCell[],
  lateDays: readonly { year: number; days: number; reports: number }[],
  years: readonly number[],
): YearTimeliness[] {
  return years.map((year) => {
    const c = countsOver(cells, [year]);
    return {
      year,
      present: c.present,
      dated: c.present - c.undated,
      onTime: c.present - c.undated - c.late,
      late: c.late,
      undated: c.undated,
      medianLate: histogramMedian(
        lateDays.filter((d) => d.year === year).map((d) => ({ value: d.days, count: d.reports })),
      ),
    };
  });
}

/** The number of matrix rows under `show`: from the rollups for every agency or the stopped ones, else counted. */
async function rowsShown(
  db: Db,
  scope: CoverageScope,
  show: CoverageShow,
  agencies: { agencies: number; stopped: number },
): Promise<number> {
  if (show === 'all') return agencies.agencies;
  if (show === 'stopped') return agencies.stopped;
  return countCoverageRows(db, scope, show);
}

export async function loadCoverage(db: Db, state: ViewState, show: CoverageShow) {
  const { scope, dataYears } = await coverageScope(db, state);
  const years = scope.years;
  const [counts, lateDays, list, page] = await Promise.all([
    coverageCounts(db, scope, dataYears),
    coverageLateDays(db, scope),
    state.synthetic ? null : agencyListSummary(db),
    coveragePage(db, scope, show, { offset: (state.page - 1) * state.pageSize, limit: state.pageSize }),
  ]);
  const unanswered = counts.unanswered.reduce((s, u) => s + u.entries, 0);
  const agencies = agenciesOver(counts.cells, years, unanswered);
  const total = await rowsShown(db, scope, show, agencies);
  return {
    /** The region as the view's words say it (全国, 浙江省 嘉兴市). */
    place: viewWords(state).region,
    years,
    latest: years.length ? Math.max(...years) : null,
    list,
    regions: regionRows(state, counts.cells, counts.unanswered, years),
    timeliness: timelinessRows(counts.cells, lateDays, years),
    agencies,
    matrix: { total, rows: page.map((r) => matrixRow(r, years, state.lang)) },
  };
}

export type CoverageView = Awaited<ReturnType<typeof loadCoverage>>;

/** How many agencies the matrix lists for this view: the export's row count, asked before any work. */
export async function countCoverageMatrix(db: Db, state: ViewState, show: CoverageShow): Promise<number> {
  const { scope, dataYears } = await coverageScope(db, state);
  if (show !== 'all' && show !== 'stopped') return countCoverageRows(db, scope, show);
  const counts = await coverageCounts(db, scope, dataYears);
  const unanswered = counts.unanswered.reduce((s, u) => s + u.entries, 0);
  return rowsShown(db, scope, show, agenciesOver(counts.cells, scope.years, unanswered));
}
