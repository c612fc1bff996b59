/**
 * A region's coverage counts per sub-region and year, for every year of the data: agency-years present, late,
 * undated, replaced, and missing by the gap rule or the list rule, and the agencies whose first or last report is in
 * that year (lib/metrics/coverage.ts adds them up for the view's years). The country reads
 * coverage_province_rollups (a few thousand rows at a million reports), a province its rows of coverage_rollups; a
 * city or a county counts its agencies' rows in agency_coverage, a few thousand at most. List entries no agency has
 * answered yet are counted apart, per sub-region their region code names.
 */
import type { Db } from '../client';
import {
  AREA_OF_LIST,
  type CoverageScope,
  flagIn,
  gapIn,
  listOnlyIn,
  presentIn,
  scopeWhere,
} from '../sql/coverage-sql';
import { regionLevelOf } from '../sql/metric-filters';
import { ensureCurrentRollups } from './ensure-current-rollups';

export interface CoverageCell {
  /** The sub-region's code; null for agencies of the region itself (or of no sub-region). */
  key: string | null;
  year: number;
  present: number;
  late: number;
  undated: number;
  replaced: number;
  missingGap: number;
  missingList: number;
  starts: number;
  ends: number;
  listedStarts: number;
  listedEnds: number;
}

export interface CoverageCounts {
  cells: CoverageCell[];
  /** List entries no agency has answered, per sub-region. */
  unanswered: { key: string | null; entries: number }[];
}

const COUNTS = [
  'present',
  'late',
  'undated',
  'replaced',
  'missingGap',
  'missingList',
  'starts',
  'ends',
  'listedStarts',
  'listedEnds',
] as const;
const snake = (k: string) => k.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);

/**
 * The split below the scope's region: provinces (the country), the areas of a province (its cities, or the
 * counties directly under it: 省直辖 counties, a municipality's districts), a city's counties; a county is not split.
 */
export function coverageSplit(region: string | undefined): 'province' | 'area' | 'county' | null {
  if (!region) return 'province';
  const level = regionLevelOf(region);
  return level === 'province' ? 'area' : level === 'city' ? 'county' : null;
}

/** `dataYears`: every year with a report (the rollups' years); the scope's years are among them. */
export async function coverageCounts(
  db: Db,
  scope: CoverageScope,
  dataYears: readonly number[],
): Promise<CoverageCounts> {
  if (dataYears.length === 0) return { cells: [], unanswered: [] };
  await ensureCurrentRollups(db);
  const split = coverageSplit(scope.region);
  const cells =
    split === 'province' || split === 'area'
      ? await fromRollups(db, scope, split)
      : await fromAgencies(db, scope, split, dataYears);
  return { cells, unanswered: scope.synthetic ? [] : await unanswered(db, scope, split) };
}

async function fromRollups(db: Db, scope: CoverageScope, split: 'province' | 'area'): Promise<CoverageCell[]> {
  const args: (string | number)[] = [scope.synthetic ? 1 : 0];
  let where = 'r.synthetic = ?';
  if (scope.region) {
    where += ' AND r.province_code = ?';
    args.push(scope.region);
  }
  if (scope.typeIds?.length) {
    where += ` AND r.type_id IN (${scope.typeIds.map(() => '?').join(',')})`;
    args.push(...scope.typeIds);
  }
  const [table, key] =
    split === 'province' ? ['coverage_province_rollups', 'r.province_code'] : ['coverage_rollups', 'r.area_code'];
  const rows = await db.$client.execute({
    sql: `SELECT ${key} AS key, r.year, ${COUNTS.map((k) => `sum(r.${snake(k)}) AS ${k}`).join(', ')}
          FROM ${table} r WHERE ${where} GROUP BY 1, 2`,
    args,
  });
  return rows.rows.map(cellOf);
}

const bit = (y: number) => 2 ** (y - 2000);

async function fromAgencies(
  db: Db,
  scope: CoverageScope,
  split: 'county' | null,
  dataYears: readonly number[],
): Promise<CoverageCell[]> {
  const where = scopeWhere(scope, 'c');
  const columns = dataYears.flatMap((y) => [
    `sum(${presentIn(y)}) AS present_${y}`,
    `sum(${flagIn('late', y)}) AS late_${y}`,
    `sum(${flagIn('undated', y)}) AS undated_${y}`,
    `sum(${flagIn('replaced', y)}) AS replaced_${y}`,
    `sum(${gapIn(y)}) AS missingGap_${y}`,
    `sum(${listOnlyIn(y)}) AS missingList_${y}`,
    `sum((c.years & -c.years) = ${bit(y)}) AS starts_${y}`,
    `sum((c.years >> ${y - 2000}) = 1) AS ends_${y}`,
    `sum(c.listed AND (c.years & -c.years) = ${bit(y)}) AS listedStarts_${y}`,
    `sum(c.listed AND (c.years >> ${y - 2000}) = 1) AS listedEnds_${y}`,
  ]);
  const rows = await db.$client.execute({
    sql: `SELECT ${split === 'county' ? 'c.county_code' : 'NULL'} AS key, ${columns.join(', ')}
          FROM agency_coverage c WHERE ${where.sql} GROUP BY 1`,
    args: where.args,
  });
  return rows.rows.flatMap((r) =>
    dataYears.map((year) =>
      cellOf({ key: r.key, year, ...Object.fromEntries(COUNTS.map((k) => [k, r[`${k}_${year}`]])) }),
    ),
  );
}

/** List entries no agency has answered, per sub-region. */
async function unanswered(
  db: Db,
  scope: CoverageScope,
  split: ReturnType<typeof coverageSplit>,
): Promise<CoverageCounts['unanswered']> {
  const where = scopeWhere(scope, 'l');
  const key =
    split === 'province'
      ? 'l.province_code'
      : split === 'area'
        ? AREA_OF_LIST
        : split === 'county'
          ? 'l.county_code'
          : 'NULL';
  const rows = await db.$client.execute({
    sql: `SELECT ${key} AS key, count(*) AS n FROM agency_list l WHERE l.agency_id IS NULL AND ${where.sql} GROUP BY 1`,
    args: where.args,
  });
  return rows.rows.map((r) => ({ key: (r.key as string | null) ?? null, entries: Number(r.n) }));
}

function cellOf(r: Record<string, unknown>): CoverageCell {
  return {
    key: (r.key as string | null) ?? null,
    year: Number(r.year),
    ...(Object.fromEntries(COUNTS.map((k) => [k, Number(r[k] ?? 0)])) as Record<(typeof COUNTS)[number], number>),
  };
}
