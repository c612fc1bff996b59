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

export async function dataCoverage(db: Db, options: { synthetic?: boolean } = {}): Promise<DataCoverage> {
  await ensureCurrentRollups(db);
  const synthetic = options.synthetic ? 1 : 0;
  const [cells, presence] = await Promise.all([
    db.$client.execute({
      sql: `SELECT year, province_code AS province, sum(reports) AS n FROM province_totals
            WHERE synthetic = ? GROUP BY year, province_code HAVING sum(reports) > 0`,
      args: [synthetic],
    }),
    // agency_presence_type (synthetic, type_id, years, …) covers this: a count from the index alone.
    db.$client.execute({
      sql: 'SELECT count(*) AS n FROM agency_presence WHERE synthetic = ? AND years != 0',
      args: [synthetic],
    }),
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
    agencies: Number(presence.rows[0]?.n ?? 0),
    reports,
  };
}
