/**
 * The coverage queries timed at scale (`npx tsx test/bench/coverage-scale.ts --cases test/bench/coverage-cases.ts`):
 * a region's counts, its agencies per row filter, the late reports' days, a page of the matrix — for the country, a
 * province, a city, a county and an agency type, every year or one.
 */
import type { Db } from '../../db/client';
import { countCoverageRows } from '../../db/queries/count-coverage-rows';
import { coverageCounts } from '../../db/queries/coverage-counts';
import { coverageLateDays } from '../../db/queries/coverage-late-days';
import { coveragePage } from '../../db/queries/coverage-page';
import { coverageRebuildStatements } from '../../db/sql/coverage-rebuild';
import type { CoverageScope } from '../../db/sql/coverage-sql';
import { loadCoverage } from '../../lib/dashboard/coverage-page';
import { parseViewState } from '../../lib/view-state/view-state';
import type { Timer } from './coverage-scale';

export async function run(db: Db, time: Timer): Promise<void> {
  const years = [2019, 2020, 2021, 2022, 2023, 2024, 2025];
  const pick = async (sql: string) => String((await db.$client.execute(sql)).rows[0].code);
  const busiest = (column: string) =>
    pick(
      `SELECT ${column} AS code FROM agency_coverage WHERE ${column} IS NOT NULL GROUP BY 1 ORDER BY count(*) DESC LIMIT 1`,
    );
  const [province, city, county, type] = [
    await busiest('province_code'),
    await busiest('city_code'),
    await busiest('county_code'),
    await busiest('type_id'),
  ];
  const scopes: [string, CoverageScope][] = [
    ['country', { synthetic: false, years }],
    [`province ${province}`, { synthetic: false, years, region: province }],
    [`city ${city}`, { synthetic: false, years, region: city }],
    [`county ${county}`, { synthetic: false, years, region: county }],
    [`type ${type}`, { synthetic: false, years, typeIds: [type] }],
    ['country, 2023', { synthetic: false, years: [2023] }],
  ];
  for (const [label, scope] of scopes) {
    await time(`counts: ${label}`, 20, () => coverageCounts(db, scope, years));
    await time(`agencies with a missing year: ${label}`, 20, () => countCoverageRows(db, scope, 'missing'));
    await time(`late days: ${label}`, 20, () => coverageLateDays(db, scope));
    await time(`page 1: ${label}`, 20, () => coveragePage(db, scope, 'all', { offset: 0, limit: 50 }));
    await time(`page 1, missing: ${label}`, 20, () => coveragePage(db, scope, 'missing', { offset: 0, limit: 50 }));
    await time(`page 1, stopped: ${label}`, 20, () => coveragePage(db, scope, 'stopped', { offset: 0, limit: 50 }));
  }
  await time('page 1000 (offset 50,000): country', 10, () =>
    coveragePage(db, scopes[0][1], 'all', { offset: 50_000, limit: 50 }),
  );
  // The whole tab's data, as the page asks for it.
  for (const query of ['', `region=${province}`, `region=${city}`, `region=${county}`, `type=${type}`, 'year=2023'])
    for (const show of ['all', 'missing'] as const)
      await time(`loadCoverage ${query || '(country)'} ${show}`, 20, () =>
        loadCoverage(db, parseViewState(new URLSearchParams(query)), show),
      );
  // The rebuild: all of it, and after one agency's report changed (a province's rollups).
  await time('rebuild: full', 3, () => rebuild(db, true));
  await time('rebuild: one agency marked', 10, async () => {
    await db.$client.execute('INSERT OR IGNORE INTO presence_dirty (agency_id) VALUES (4242)');
    await rebuild(db, false);
  });
}

async function rebuild(db: Db, full: boolean): Promise<void> {
  const tx = await db.$client.transaction('write');
  try {
    await tx.batch(await coverageRebuildStatements(tx, full));
    await tx.execute('DELETE FROM presence_dirty');
    await tx.commit();
  } finally {
    tx.close();
  }
}
