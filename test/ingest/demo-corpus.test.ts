/**
 * The synthetic demo corpus: made once when the database has no synthetic report, every report flagged synthetic
 * beside the real samples, nothing made again on the next start, and the counts the data-source switch shows.
 */
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Db } from '../../db/client';
import { reportsBySource } from '../../db/queries/reports-by-source';
import { ensureDemoCorpus } from '../../lib/ingest/demo-corpus';
import { seedDatabase } from '../../lib/ingest/seed-samples';
import { tempDatabase } from '../support/temp-db';

let db: Db;
beforeAll(async () => {
  ({ db } = await tempDatabase());
  await seedDatabase(db);
}, 60_000);
afterAll(() => db.$client.close());

test('made once, all synthetic, the real samples untouched', async () => {
  expect(await reportsBySource(db)).toEqual({ real: 5, synthetic: 0 });
  const made = await ensureDemoCorpus(db, { reports: 80 });
  expect(made).toBeGreaterThan(70);
  const counts = await reportsBySource(db);
  expect(counts.real).toBe(5);
  expect(counts.synthetic).toBe(made);
  const flagged = await db.$client.execute(
    "SELECT count(*) AS n FROM reports r JOIN agencies a ON a.id = r.agency_id WHERE r.status = 'current' AND r.synthetic = 1 AND a.synthetic = 1",
  );
  expect(Number(flagged.rows[0].n)).toBe(made);
  // Across provinces and years, as a demo should be.
  const spread = await db.$client.execute(
    'SELECT count(DISTINCT province_code) AS provinces, count(DISTINCT year) AS years FROM report_metrics WHERE synthetic = 1',
  );
  expect(Number(spread.rows[0].provinces)).toBeGreaterThan(8);
  expect(Number(spread.rows[0].years)).toBeGreaterThan(3);

  expect(await ensureDemoCorpus(db, { reports: 80 })).toBe(0);
  expect(await reportsBySource(db)).toEqual(counts);
}, 120_000);
