/**
 * What the stored data covers, whatever the view's filters: the report years, how many provinces have reports,
 * how many agencies and current reports there are. The overview says it in one line. Read from the province
 * rollups (one row per year, form, province and type) and agency_presence, never from the reports themselves.
 */
import type { Db } from '../client';
import { ensureCurrentRollups } from './ensure-current-rollups';

export interface DataCoverage {
  /** Report years with at least one report, oldest first. */
  years: number[];
  /** Province codes with at least one report. */
  provinces: string[];
  agencies: number;
  reports: number;
}

/**
 * `agencies`: how the caller counts the agencies with a current report, when it has that count at hand (the
 * overview shares it with its headline: one pass over agency_presence per page instead of two, ~11 ms at a
 * million); by default counted here.
 */
export async function dataCoverage(
  db: Db,
  options: { synthetic?: boolean; agencies?: () => Promise<number> } = {},
): Promise<DataCoverage> {
  await ensureCurrentRollups(db);
  const synthetic = options.synthetic ? 1 : 0;
  const [cells, agencies] = await Promise.all([
    db.$client.execute({
      sql: `SELECT year, province_code AS province, sum(reports) AS n FROM province_totals
            WHERE synthetic = ? GROUP BY year, province_code HAVING sum(reports) > 0`,
      args: [synthetic],
    }),
    options.agencies ? options.agencies() : countAgencies(db, synthetic),
  ]);
  const years = new Set<number>();
  const provinces = new Set<string>();
  let reports = 0;
  for (const r of cells.rows) {
    years.add(Number(r.year));
    if (r.province) provinces.add(r.province as string);
    reports += Number(r.n);
  }
  return {
    years: [...years].sort((a, b) => a - b),
    provinces: [...provinces].sort(),
    agencies,
    reports,
  };
}

/** Agencies with a current report in any year. */
async function countAgencies(db: Db, synthetic: number): Promise<number> {
  // agency_presence_type (synthetic, type_id, years, …) covers this: a count from the index alone.
  const presence = await db.$client.execute({
    sql: 'SELECT count(*) AS n FROM agency_presence WHERE synthetic = ? AND years != 0',
    args: [synthetic],
  });
  return Number(presence.rows[0]?.n ?? 0);
}
