/**
 * The rollups follow every change the save path makes: new reports, replaced reports, synthetic and
 * real reports of the same agency name, and an import cut short (marks left behind are rebuilt on start).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import type { Db } from '../../db/client';
import { countFindings } from '../../db/queries/count-findings';
import { dataGaps } from '../../db/queries/data-gaps';
import { listPresentTypes } from '../../db/queries/list-present-types';
import { saveReports } from '../../lib/ingest/save-reports';
import { summarizeMetrics, type SummaryGroup } from '../../db/queries/summarize-metrics';
import { prepareDatabase } from '../../lib/ingest/seed-samples';
import { importPaths } from '../../lib/ingest/import-files';
import { prepareReport } from '../../lib/ingest/prepare-report';
import { tempDatabase, tempDir } from '../support/temp-db';
import { importSyntheticReports, SAMPLES } from './synthetic-reports';

let db: Db;
const GROUPS: SummaryGroup[] = ['none', 'year', 'province', 'city', 'type'];

async function expectRollupsCurrent(synthetic: boolean) {
  // The city holding the most findings, so a filter by city meets counts to compare.
  const city = String(
    (
      await db.$client.execute({
        sql: `SELECT m.city_code FROM findings f JOIN report_metrics m ON m.report_id = f.report_id
    WHERE m.synthetic = ? AND m.city_code IS NOT NULL GROUP BY m.city_code ORDER BY count(*) DESC LIMIT 1`,
        args: [synthetic ? 1 : 0],
      })
    ).rows[0].city_code,
  );
  for (const filters of [
    { synthetic },
    { synthetic, region: '330000' },
    { synthetic, region: city },
    { synthetic, yearFrom: 2020, yearTo: 2021 },
  ]) {
    expect(await dataGaps(db, filters)).toEqual(await dataGaps(db, filters, 'metrics'));
    expect(await listPresentTypes(db, filters)).toEqual(await listPresentTypes(db, filters, 'metrics'));
    const byCount = (a: { rule: string; severity: string }, b: { rule: string; severity: string }) =>
      `${a.rule}${a.severity}`.localeCompare(`${b.rule}${b.severity}`);
    expect((await countFindings(db, filters)).sort(byCount)).toEqual(
      (await countFindings(db, filters, 'findings')).sort(byCount),
    );
  }
  for (const group of GROUPS) {
    const fromRollups = await summarizeMetrics(db, { synthetic }, group);
    const fromMetrics = await summarizeMetrics(db, { synthetic }, group, 'metrics');
    expect(
      fromRollups.map((r) => [r.key, r.reports, r.agencies, r.sums.appsNew, r.sums.granted, r.rates.disclosureRate]),
    ).toEqual(
      fromMetrics.map((r) => [r.key, r.reports, r.agencies, r.sums.appsNew, r.sums.granted, r.rates.disclosureRate]),
    );
  }
}

const dirty = async () =>
  Number(
    (await db.$client.execute('SELECT (SELECT count(*) FROM rollup_dirty) + (SELECT count(*) FROM cell_dirty) AS n'))
      .rows[0].n,
  );

beforeAll(async () => {
  ({ db } = await tempDatabase());
  await importPaths(db, [SAMPLES]);
  await importSyntheticReports(db, 150);
});

describe('rollups', () => {
  test('an import leaves them current and no marks behind', async () => {
    expect(await dirty()).toBe(0);
    await expectRollupsCurrent(false);
    await expectRollupsCurrent(true);
  });

  test('a corrected report replaces the old one in the totals, not beside it', async () => {
    const file = path.join(SAMPLES, readdirSample());
    // Natural persons and the total of row 一 (one number per line in this sample): 3 → 43.
    const corrected = readFileSync(file, 'utf8').replace(
      '本年新收政府信息公开申请数量\n\t3\n\t0\n\t0\n\t0\n\t0\n\t0\n\t3\n',
      '本年新收政府信息公开申请数量\n\t43\n\t0\n\t0\n\t0\n\t0\n\t0\n\t43\n',
    );
    expect(corrected).toContain('\t43\n');
    const dir = tempDir();
    writeFileSync(path.join(dir, 'corrected.txt'), corrected);
    const [before] = await summarizeMetrics(db, {}, 'none');
    const summary = await importPaths(db, [dir]);
    expect(summary.replaced).toBe(1);
    const [after] = await summarizeMetrics(db, {}, 'none');
    expect(after.reports).toBe(before.reports);
    expect(after.sums.appsNew).toBe((before.sums.appsNew ?? 0) + 40);
    await expectRollupsCurrent(false);
  });

  test("a synthetic report with a real agency's name and year does not replace the real one", async () => {
    const file = path.join(SAMPLES, readdirSample());
    const dir = tempDir();
    writeFileSync(path.join(dir, 'same-name.txt'), `${readFileSync(file, 'utf8')}\n（合成副本）`);
    const [realBefore] = await summarizeMetrics(db, {}, 'none');
    const summary = await importPaths(db, [dir], { synthetic: true });
    expect(summary.imported).toBe(1);
    const [realAfter] = await summarizeMetrics(db, {}, 'none');
    expect(realAfter.reports).toBe(realBefore.reports);
    await expectRollupsCurrent(true);
  });

  test('marks left by an import cut short are rebuilt when the app prepares the database', async () => {
    const dir = tempDir();
    const text = readFileSync(path.join(SAMPLES, readdirSample()), 'utf8').replace(/2020年/g, '2024年');
    const prepared = await prepareReport(new TextEncoder().encode(text), path.join(dir, 'later-year.txt'));
    expect(prepared.year).toBe(2024);
    await saveReports(db, [prepared]);
    expect(await dirty()).toBeGreaterThan(0);
    await prepareDatabase({ db, samples: false });
    expect(await dirty()).toBe(0);
    await expectRollupsCurrent(false);
  });
});

/** The sample of 嘉兴市科学技术局 2020, which has non-zero applications. */
function readdirSample(): string {
  return '003_ce3ce06ef0481c4f.txt';
}
