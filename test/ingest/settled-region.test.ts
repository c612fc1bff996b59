/**
 * A region a user settled for an agency holds for the agency's reports imported afterwards: the parser
 * reads the region from the report again, but the user's answer wins (the dashboard would otherwise file
 * the new reports under the parser's guess while the older ones sit where the user put them).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Db } from '../../db/client';
import { settleRegion } from '../../db/queries/settle-region';
import { summarizeMetrics } from '../../db/queries/summarize-metrics';
import { importPaths } from '../../lib/ingest/import-files';
import { tempDatabase, tempDir } from '../support/temp-db';

const SAMPLES = path.resolve(__dirname, '../../db/samples');
const SHANGGAO = path.join(SAMPLES, '001_a164060509a28f52.txt');

let db: Db;
beforeAll(async () => {
  ({ db } = await tempDatabase());
  await importPaths(db, [SAMPLES]);
});
afterAll(() => db.$client.close());

const regionsOf = async (agency: string) =>
  (
    await db.$client.execute({
      sql: `SELECT m.year, m.province_code, m.city_code, m.county_code, m.warning_count FROM report_metrics m JOIN agencies a ON a.id = m.agency_id
        WHERE a.name = ? ORDER BY m.year`,
      args: [agency],
    })
  ).rows.map((r) => [r.year, r.province_code, r.city_code, r.county_code]);

test('reports imported after a settlement are filed in the settled region, new years and replacements alike', async () => {
  expect(await regionsOf('上高县科技局')).toEqual([[2020, '360000', '360900', '360923']]);
  await settleRegion(db, '上高县科技局', '360900');
  expect(await regionsOf('上高县科技局')).toEqual([[2020, '360000', '360900', null]]);

  const dir = tempDir();
  const text = readFileSync(SHANGGAO, 'utf8');
  writeFileSync(path.join(dir, 'shanggao-2019.txt'), text.replace('上高县科技局2020年', '上高县科技局2019年'));
  // The same year again, corrected: it replaces the 2020 report.
  writeFileSync(path.join(dir, 'shanggao-2020-corrected.txt'), `${text}\n（更正版）`);
  const summary = await importPaths(db, [dir]);
  expect(summary).toMatchObject({ imported: 1, replaced: 1, failed: [] });
  expect(await regionsOf('上高县科技局')).toEqual([
    [2019, '360000', '360900', null],
    [2020, '360000', '360900', null],
  ]);

  const [fromRollups] = await summarizeMetrics(db, { region: '360900' }, 'none');
  const [fromMetrics] = await summarizeMetrics(db, { region: '360900' }, 'none', 'metrics');
  expect(fromRollups.reports).toBe(2);
  expect(fromRollups.reports).toBe(fromMetrics.reports);
  expect((await summarizeMetrics(db, { region: '360923' }, 'none', 'metrics'))[0]?.reports ?? 0).toBe(0);
});
