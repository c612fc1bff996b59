/**
 * The coverage rules (lib/metrics/coverage.ts): each cell's state, which rule expected a missing year, who stopped,
 * and the counts the rollups add up — checked against a count made agency by agency over random agencies.
 */
import { describe, expect, test } from 'vitest';
import {
  type AgencyYears,
  agenciesOver,
  classifyCell,
  type CoverageCell,
  countAgency,
  countsOver,
  completeness,
  hasYear,
  histogramMedian,
  isGap,
  missing,
  onTime,
  stoppedPublishing,
  yearBit,
  yearsOf,
} from '../../lib/metrics/coverage';
import { mulberry32 } from '../../lib/synth/prng';

const mask = (...years: number[]) => years.reduce((m, y) => m + yearBit(y), 0);
const agency = (a: Partial<AgencyYears> & { years: number }): AgencyYears => ({
  late: 0,
  undated: 0,
  replaced: 0,
  listed: false,
  ...a,
});

describe('a cell', () => {
  const a = agency({
    years: mask(2019, 2020, 2022, 2024),
    late: mask(2020),
    undated: mask(2022),
    replaced: mask(2024),
  });

  test('a present year is on time, late, undated, or replaced (replacement first)', () => {
    expect(classifyCell(a, 2019)).toEqual({ state: 'on-time' });
    expect(classifyCell(a, 2020)).toEqual({ state: 'late' });
    expect(classifyCell(a, 2022)).toEqual({ state: 'undated' });
    expect(classifyCell(a, 2024)).toEqual({ state: 'replaced' });
    expect(classifyCell({ ...a, late: mask(2020, 2024) }, 2024)).toEqual({ state: 'replaced' });
  });

  test('an absent year between two present ones is missing by the gap rule; before the first or after the last, not', () => {
    expect(classifyCell(a, 2021)).toEqual({ state: 'missing', by: 'gap' });
    expect(classifyCell(a, 2023)).toEqual({ state: 'missing', by: 'gap' });
    expect(classifyCell(a, 2018)).toEqual({ state: 'none' });
    expect(classifyCell(a, 2025)).toEqual({ state: 'none' });
  });

  test('a listed agency is expected every year: the gap rule is named first where both apply', () => {
    const listed = { ...a, listed: true };
    expect(classifyCell(listed, 2018)).toEqual({ state: 'missing', by: 'list' });
    expect(classifyCell(listed, 2025)).toEqual({ state: 'missing', by: 'list' });
    expect(classifyCell(listed, 2021)).toEqual({ state: 'missing', by: 'gap' });
    expect(classifyCell(agency({ years: 0, listed: true }), 2020)).toEqual({ state: 'missing', by: 'list' });
  });

  test('year bits', () => {
    expect(yearsOf(mask(2019, 2021, 2025))).toEqual([2019, 2021, 2025]);
    expect(hasYear(mask(2021), 2021)).toBe(true);
    expect(hasYear(mask(2021), 2020)).toBe(false);
    expect(isGap(mask(2019, 2021), 2020)).toBe(true);
    expect(isGap(mask(2019, 2021), 2021)).toBe(false);
    expect(isGap(mask(2021), 2020)).toBe(false);
    // The last year a double holds exactly.
    expect(yearsOf(mask(2000, 2052))).toEqual([2000, 2052]);
  });
});

describe('stopped publishing', () => {
  const years = [2019, 2020, 2021, 2022];
  test('its last report is in a year of the view before the latest', () => {
    expect(stoppedPublishing({ years: mask(2019, 2020) }, years)).toBe(true);
    expect(stoppedPublishing({ years: mask(2019, 2022) }, years)).toBe(false);
    // A report after the view's latest year: it did not stop, it is outside the view.
    expect(stoppedPublishing({ years: mask(2020, 2023) }, years)).toBe(false);
    // Its last report before the view: nothing of it is in the view.
    expect(stoppedPublishing({ years: mask(2017) }, years)).toBe(false);
    expect(stoppedPublishing({ years: mask(2020) }, [2020])).toBe(false);
  });
});

describe('counts', () => {
  test('an agency over some years; completeness is present ÷ expected', () => {
    const a = agency({ years: mask(2019, 2021), late: mask(2021), listed: true });
    const c = countAgency(a, [2019, 2020, 2021, 2022]);
    expect(c).toEqual({
      expected: 4,
      present: 2,
      late: 1,
      undated: 0,
      replaced: 0,
      missingGap: 1,
      missingList: 1,
    });
    expect(onTime(c)).toBe(1);
    expect(missing(c)).toBe(2);
    expect(completeness(c)).toBe(0.5);
    expect(completeness(countAgency(agency({ years: 0 }), [2020]))).toBeNull();
  });

  test('medians of a histogram', () => {
    expect(histogramMedian([])).toBeNull();
    expect(histogramMedian([{ value: 5, count: 1 }])).toBe(5);
    expect(
      histogramMedian([
        { value: 30, count: 1 },
        { value: 2, count: 2 },
      ]),
    ).toBe(2);
    expect(
      histogramMedian([
        { value: 10, count: 1 },
        { value: 20, count: 1 },
      ]),
    ).toBe(15);
    expect(
      histogramMedian([
        { value: 1, count: 3 },
        { value: 100, count: 3 },
        { value: 7, count: 0 },
      ]),
    ).toBe(50.5);
  });

  /** The rollup cells db/sql/coverage-rebuild.ts makes, made here one agency at a time. */
  function cellsOf(agencies: AgencyYears[], dataYears: number[]): CoverageCell[] {
    return dataYears.map((year) => {
      const cell: CoverageCell = {
        key: null,
        year,
        present: 0,
        late: 0,
        undated: 0,
        replaced: 0,
        missingGap: 0,
        missingList: 0,
        starts: 0,
        ends: 0,
        listedStarts: 0,
        listedEnds: 0,
      };
      for (const a of agencies) {
        const c = countAgency(a, [year]);
        cell.present += c.present;
        cell.late += c.late;
        cell.undated += c.undated;
        cell.replaced += c.replaced;
        cell.missingGap += c.missingGap;
        cell.missingList += c.missingList;
        const own = yearsOf(a.years);
        if (own[0] === year) {
          cell.starts++;
          if (a.listed) cell.listedStarts++;
        }
        if (own.at(-1) === year) {
          cell.ends++;
          if (a.listed) cell.listedEnds++;
        }
      }
      return cell;
    });
  }

  test('added up over years from the cells, as counted agency by agency (random agencies, every range of years)', () => {
    const rng = mulberry32(16);
    const dataYears = [2018, 2019, 2020, 2021, 2022, 2023, 2024];
    const agencies = Array.from({ length: 400 }, () => {
      const years = dataYears.filter(() => rng() < 0.6);
      const present = years.length ? years : [dataYears[Math.floor(rng() * dataYears.length)]];
      return agency({
        years: mask(...present),
        late: mask(...present.filter(() => rng() < 0.3)),
        undated: 0,
        replaced: mask(...present.filter(() => rng() < 0.1)),
        listed: rng() < 0.2,
      });
    });
    const cells = cellsOf(agencies, dataYears);
    for (let from = 0; from < dataYears.length; from++)
      for (let to = from; to < dataYears.length; to++) {
        const years = dataYears.slice(from, to + 1);
        const byAgency = agencies.map((a) => countAgency(a, years));
        expect(countsOver(cells, years, 3)).toEqual({
          expected: byAgency.reduce((s, c) => s + c.expected, 0) + 3 * years.length,
          present: byAgency.reduce((s, c) => s + c.present, 0),
          late: byAgency.reduce((s, c) => s + c.late, 0),
          undated: 0,
          replaced: byAgency.reduce((s, c) => s + c.replaced, 0),
          missingGap: byAgency.reduce((s, c) => s + c.missingGap, 0),
          missingList: byAgency.reduce((s, c) => s + c.missingList, 0) + 3 * years.length,
        });
        expect(agenciesOver(cells, years, 3)).toEqual({
          agencies: byAgency.filter((c) => c.expected > 0).length + 3,
          stopped: agencies.filter((a) => stoppedPublishing(a, years)).length,
        });
      }
  });
});
