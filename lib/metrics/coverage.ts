/**
 * Coverage: which agency-years are present, expected, or missing (issue 16). Years are bits of a mask,
 * bit (year − 2000), as agency_coverage stores them. The rules, which db/queries/coverage-*.ts count in SQL:
 *
 * - An agency-year is **present** when it has a current report: on time (days late ≤ 0), **late** (> 0) or
 *   **undated** (no publication date known). It is shown as **replaced** when an earlier report of it was replaced
 *   by a corrected one imported later: the date of a correction says little about when the original came out.
 * - It is **expected** when present, or when the agency has a report in an earlier and in a later year (a **gap**),
 *   or when the agency is on the user's list (**list**). **Missing** = expected and not present; each missing
 *   year names the rule that expected it (the gap first: that the agency published around it is the stronger sign).
 * - An agency **stopped** publishing when its last report is in a year of the view before the view's latest year.
 * - A region's **completeness** is present ÷ expected agency-years.
 */

export const YEAR_BASE = 2000;

/** The bit of a year (exact up to 2053, where 2^(year−2000) leaves the integers a double holds). */
export const yearBit = (year: number): number => 2 ** (year - YEAR_BASE);

/** Whether `mask` holds `year`. */
export const hasYear = (mask: number, year: number): boolean => Math.floor(mask / yearBit(year)) % 2 === 1;

/** The years of a mask, oldest first. */
export function yearsOf(mask: number): number[] {
  const out: number[] = [];
  for (let y = YEAR_BASE, rest = mask; rest > 0; y++, rest = Math.floor(rest / 2)) if (rest % 2 === 1) out.push(y);
  return out;
}

/** An agency's years, as agency_coverage holds them. */
export interface AgencyYears {
  years: number;
  late: number;
  undated: number;
  replaced: number;
  listed: boolean;
}

export type CellState = 'on-time' | 'late' | 'undated' | 'replaced' | 'missing' | 'none';
export type MissingRule = 'gap' | 'list';

export interface Cell {
  state: CellState;
  /** The rule that expected a missing year. */
  by?: MissingRule;
}

/** A report in a year before `year` and one after it. */
export function isGap(years: number, year: number): boolean {
  if (hasYear(years, year)) return false;
  const bit = yearBit(year);
  return years % bit !== 0 && years >= 2 * bit;
}

export function classifyCell(a: AgencyYears, year: number): Cell {
  if (hasYear(a.years, year)) {
    if (hasYear(a.replaced, year)) return { state: 'replaced' };
    if (hasYear(a.late, year)) return { state: 'late' };
    if (hasYear(a.undated, year)) return { state: 'undated' };
    return { state: 'on-time' };
  }
  if (isGap(a.years, year)) return { state: 'missing', by: 'gap' };
  if (a.listed) return { state: 'missing', by: 'list' };
  return { state: 'none' };
}

/** The agency's last report is in a year of `years` before the latest of them: none in the latest, nor after. */
export function stoppedPublishing(a: Pick<AgencyYears, 'years'>, years: readonly number[]): boolean {
  if (years.length < 2) return false;
  const latest = Math.max(...years);
  const last = yearsOf(a.years).at(-1);
  return last !== undefined && last < latest && years.includes(last);
}

/** Agency-years counted over some agencies and years: what a region's row and a year's row show. */
export interface CoverageCounts {
  expected: number;
  present: number;
  late: number;
  undated: number;
  replaced: number;
  missingGap: number;
  missingList: number;
}

export const NO_COUNTS: CoverageCounts = {
  expected: 0,
  present: 0,
  late: 0,
  undated: 0,
  replaced: 0,
  missingGap: 0,
  missingList: 0,
};

/** The counts of one agency over `years`: every present year counts as present, late, undated and replaced as it is. */
export function countAgency(a: AgencyYears, years: readonly number[]): CoverageCounts {
  const c = { ...NO_COUNTS };
  for (const y of years) {
    if (hasYear(a.years, y)) {
      c.present++;
      if (hasYear(a.late, y)) c.late++;
      if (hasYear(a.undated, y)) c.undated++;
      if (hasYear(a.replaced, y)) c.replaced++;
    } else if (isGap(a.years, y)) c.missingGap++;
    else if (a.listed) c.missingList++;
  }
  c.expected = c.present + c.missingGap + c.missingList;
  return c;
}

export function addCounts(a: CoverageCounts, b: CoverageCounts): CoverageCounts {
  return {
    expected: a.expected + b.expected,
    present: a.present + b.present,
    late: a.late + b.late,
    undated: a.undated + b.undated,
    replaced: a.replaced + b.replaced,
    missingGap: a.missingGap + b.missingGap,
    missingList: a.missingList + b.missingList,
  };
}

/** Present reports with a known date and not late. */
export const onTime = (c: CoverageCounts): number => c.present - c.late - c.undated;
export const missing = (c: CoverageCounts): number => c.missingGap + c.missingList;
/** present ÷ expected; null when nothing is expected. */
export const completeness = (c: CoverageCounts): number | null => (c.expected > 0 ? c.present / c.expected : null);

/** The median of sorted counts per value (a histogram: value → reports), null when empty; between two, their mean. */
export function histogramMedian(histogram: readonly { value: number; count: number }[]): number | null {
  const sorted = [...histogram].filter((h) => h.count > 0).sort((a, b) => a.value - b.value);
  const n = sorted.reduce((s, h) => s + h.count, 0);
  if (n === 0) return null;
  const at = (k: number) => {
    let seen = 0;
    for (const h of sorted) {
      seen += h.count;
      if (k < seen) return h.value;
    }
    return sorted[sorted.length - 1].value;
  };
  return n % 2 === 1 ? at((n - 1) / 2) : (at(n / 2 - 1) + at(n / 2)) / 2;
}

/** One (sub-region, year) cell of the coverage rollups (db/queries/coverage-counts.ts). */
export interface CoverageCell extends Omit<CoverageCounts, 'expected'> {
  key: string | null;
  year: number;
  /** Agencies whose first report is in this year; `listedStarts` those of them on the list. */
  starts: number;
  /** Agencies whose last report is in this year; `listedEnds` those of them on the list. */
  ends: number;
  listedStarts: number;
  listedEnds: number;
}

/** The agency-years of `cells` in `years`, with `unanswered` list entries (missing every year) added. */
export function countsOver(cells: readonly CoverageCell[], years: readonly number[], unanswered = 0): CoverageCounts {
  let c = { ...NO_COUNTS, missingList: unanswered * years.length };
  for (const cell of cells) if (years.includes(cell.year)) c = addCounts(c, { ...cell, expected: 0 });
  return { ...c, expected: c.present + c.missingGap + c.missingList };
}

/**
 * Agencies with anything in `years` (a report, a missing year, a place on the list) and agencies that stopped, from
 * the cells of every year of the data. An agency's years from its first to its last report are each present or a
 * gap, so an unlisted agency has something in the years exactly when its first report is not after them and its
 * last not before them; a listed one always has.
 */
export function agenciesOver(
  cells: readonly CoverageCell[],
  years: readonly number[],
  unanswered = 0,
): { agencies: number; stopped: number } {
  if (years.length === 0) return { agencies: 0, stopped: 0 };
  const first = Math.min(...years);
  const latest = Math.max(...years);
  let agencies = unanswered;
  let stopped = 0;
  for (const c of cells) {
    agencies += c.starts;
    if (c.year > latest) agencies -= c.starts - c.listedStarts;
    if (c.year < first) agencies -= c.ends - c.listedEnds;
    if (c.year < latest && years.includes(c.year)) stopped += c.ends;
  }
  return { agencies, stopped };
}
