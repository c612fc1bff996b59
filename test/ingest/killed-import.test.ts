/**
 * An import killed between saving reports and rebuilding the rollups: the dashboard's totals must still
 * count every saved report, for a connection opened before the kill (a dashboard already running) and for
 * one opened after, without a restart or another import.
 */
import { execFile } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { type Db, openDatabase } from '../../db/client';
import { countFindings } from '../../db/queries/count-findings';
import { dataGaps } from '../../db/queries/data-gaps';
import { rollupsMarked } from '../../db/queries/rollups-marked';
import { summarizeMetrics } from '../../db/queries/summarize-metrics';
import { importPaths } from '../../lib/ingest/import-files';
import { mulberry32, randomContent, renderText } from '../../lib/synth/render';
import { whileAnotherWrites } from '../db-queries/another-writer';
import { tempDatabase, tempDir } from '../support/temp-db';

const ROOT = path.resolve(__dirname, '../..');
const CHILD = path.join(__dirname, 'killed-import-child.ts');
const SAMPLES = path.join(ROOT, 'db/samples');

let db: Db;
let url: string;
beforeAll(async () => {
  ({ db, url } = await tempDatabase());
  await importPaths(db, [SAMPLES]);
  // The dashboard has shown its totals once already.
  await summarizeMetrics(db, {}, 'none');
});
afterAll(() => db.$client.close());

/** A folder of `count` generated reports (real, not flagged synthetic, as most imports are). */
function reportsFolder(count: number, seed: number): string {
  const dir = tempDir('nianbao-killed-');
  for (let i = 0; i < count; i++)
    writeFileSync(path.join(dir, `r${i}.txt`), renderText(randomContent(mulberry32(seed * 1000 + i)), 'tab-rows'));
  return dir;
}

/** Imports `folder` in another process, killed with SIGKILL once `killAfter` reports are saved. */
async function killedImport(folder: string, killAfter: number): Promise<void> {
  const result = await promisify(execFile)(
    process.execPath,
    ['--import', 'tsx', CHILD, url, folder, String(killAfter)],
    { cwd: ROOT, timeout: 60_000 },
  ).then(
    (r) => ({ signal: null, stderr: r.stderr }),
    (e: { signal: string | null; stderr: string }) => e,
  );
  expect(result).toMatchObject({ signal: 'SIGKILL', stderr: '' });
}

const currentReports = async (d: Db) =>
  Number((await d.$client.execute('SELECT count(*) AS n FROM report_metrics')).rows[0].n);

/** The overview's totals (headline cards, charts, data gaps, findings by rule) from the rollups, equal to the scans they replace. */
async function expectOverviewCountsEverything(d: Db): Promise<void> {
  const [overall] = await summarizeMetrics(d, {}, 'none');
  expect(overall.reports).toBe(await currentReports(d));
  for (const group of ['none', 'year', 'province', 'city', 'type'] as const) {
    const shown = (await summarizeMetrics(d, {}, group)).map((r) => [
      r.key,
      r.reports,
      r.agencies,
      r.sums.appsNew,
      r.rates.disclosureRate,
    ]);
    expect(shown).toEqual(
      (await summarizeMetrics(d, {}, group, 'metrics')).map((r) => [
        r.key,
        r.reports,
        r.agencies,
        r.sums.appsNew,
        r.rates.disclosureRate,
      ]),
    );
  }
  expect(await dataGaps(d, {})).toEqual(await dataGaps(d, {}, 'metrics'));
  const byRule = (a: { rule: string; severity: string }, b: { rule: string; severity: string }) =>
    `${a.rule}${a.severity}`.localeCompare(`${b.rule}${b.severity}`);
  expect((await countFindings(d, {})).sort(byRule)).toEqual((await countFindings(d, {}, 'findings')).sort(byRule));
}

test('a dashboard connected before the kill counts the saved reports at its next read', async () => {
  const before = await currentReports(db);
  await killedImport(reportsFolder(40, 1), 20);
  // The kill came between the saves and their refresh: the reports are there, their totals marked stale.
  expect(await currentReports(db)).toBeGreaterThanOrEqual(before + 15);
  expect(await rollupsMarked(db)).toBe(true);
  await expectOverviewCountsEverything(db);
  expect(await rollupsMarked(db)).toBe(false);
});

test("a connection opened after the kill counts them too, without the app's start-up refresh", async () => {
  await killedImport(reportsFolder(40, 2), 20);
  const fresh = await openDatabase({ url });
  try {
    expect(await rollupsMarked(fresh)).toBe(true);
    await expectOverviewCountsEverything(fresh);
  } finally {
    fresh.$client.close();
  }
  // And the dashboard connected all along agrees.
  await expectOverviewCountsEverything(db);
});

test('while another process holds the write lock a reader answers at once, and rebuilds at its next read after', async () => {
  await killedImport(reportsFolder(40, 3), 20);
  const [stale, elapsed] = await whileAnotherWrites(url, async () => {
    const started = performance.now();
    const [row] = await summarizeMetrics(db, {}, 'none');
    return [row, performance.now() - started] as const;
  });
  // No wait for the lock (a busy wait would stop the whole server): the totals as last rebuilt.
  expect(elapsed).toBeLessThan(1000);
  expect(stale.reports).toBeLessThan(await currentReports(db));
  expect(await rollupsMarked(db)).toBe(true);
  await expectOverviewCountsEverything(db);
});
