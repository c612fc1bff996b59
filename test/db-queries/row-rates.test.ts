/**
 * Stored row rates (report_metrics' rate columns) against lib/metrics: written on insert, recomputed after
 * counts change behind the import's back, and filled for old rows by migration 0006's UPDATE.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { MIGRATIONS_FOLDER, type Db } from '../../db/client';
import { metricColumn } from '../../db/schema';
import { COUNT_METRIC_IDS, RATE_IDS, reportRates } from '../../lib/metrics/report-metrics';
import { tempDatabase } from '../support/temp-db';
import { blankSomeMetrics, importSyntheticReports } from './synthetic-reports';

let db: Db;
beforeAll(async () => {
  ({ db } = await tempDatabase());
  await importSyntheticReports(db, 120, 11);
}, 60_000);
afterAll(() => db.$client.close());

/** Rows whose stored rates differ from lib/metrics' rates of their stored counts, and how many rows have any rate. */
async function mismatches(): Promise<{ bad: string[]; withRate: number }> {
  const rows = (await db.$client.execute('SELECT * FROM report_metrics')).rows;
  const bad: string[] = [];
  let withRate = 0;
  for (const r of rows) {
    const counts = Object.fromEntries(COUNT_METRIC_IDS.map((id) => [id, r[metricColumn(id)] as number | null]));
    const want = reportRates(counts);
    if (RATE_IDS.some((id) => want[id] !== null)) withRate++;
    for (const id of RATE_IDS)
      if (r[metricColumn(id)] !== want[id])
        bad.push(`report ${r.report_id} ${id}: stored ${r[metricColumn(id)]}, expected ${want[id]}`);
  }
  return { bad, withRate };
}

test("an import stores each row's rates as lib/metrics computes them", async () => {
  const { bad, withRate } = await mismatches();
  expect(withRate).toBeGreaterThan(50);
  expect(bad).toEqual([]);
});

test('after counts are blanked behind the import, recomputed rates follow them (some become null)', async () => {
  const before = (await db.$client.execute('SELECT count(disclosure_rate) AS n FROM report_metrics')).rows[0].n;
  await blankSomeMetrics(db, 3);
  const after = (await db.$client.execute('SELECT count(disclosure_rate) AS n FROM report_metrics')).rows[0].n;
  expect(Number(after)).toBeLessThan(Number(before));
  expect((await mismatches()).bad).toEqual([]);
});

test('migration 0006 fills the rates of rows stored before they were columns', async () => {
  const file = readdirSync(MIGRATIONS_FOLDER).find((f) => f.startsWith('0006_'))!;
  const update = readFileSync(path.join(MIGRATIONS_FOLDER, file), 'utf8')
    .split('--> statement-breakpoint')
    .find((s) => s.includes('UPDATE'))!;
  await db.$client.execute(
    `UPDATE report_metrics SET ${RATE_IDS.map((id) => `${metricColumn(id)} = NULL`).join(', ')}`,
  );
  await db.$client.execute(update);
  const { bad, withRate } = await mismatches();
  expect(withRate).toBeGreaterThan(30); // after the blanking above
  expect(bad).toEqual([]);
});
