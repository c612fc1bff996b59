/**
 * An import stopped between saving reports and comparing their prose leaves them in copy_pending, and the next
 * import compares them — even when it brings nothing new for them (a re-import would skip their unchanged files).
 * The stop is made by importing without the comparison (copyShares: false), which saves exactly as a stopped
 * import had saved.
 */
import { beforeAll, expect, test } from 'vitest';
import { importPaths } from '../../lib/ingest/import-files';
import { SEED_003, seedPassages, writeCopiedReport } from '../support/copied-reports';
import { tempDatabase, tempDir } from '../support/temp-db';

let passages: string[] = [];
beforeAll(async () => {
  passages = await seedPassages();
});

test('saved but not compared: pending; the next import compares them and clears them', async () => {
  const dir = tempDir();
  const next = writeCopiedReport(
    dir,
    'jiaxing-2021.txt',
    ['嘉兴市科学技术局2020年度', '嘉兴市科学技术局2021年度'],
    passages,
    (i) => i % 3 !== 2,
  );
  const { db } = await tempDatabase();
  const first = await importPaths(db, [SEED_003, next.file], { workers: 0, copyShares: false });
  expect(first.imported).toBe(2);
  const pending = async () => Number((await db.$client.execute('SELECT count(*) AS n FROM copy_pending')).rows[0].n);
  const shares = async () =>
    (await db.$client.execute('SELECT year, copied_prev FROM report_metrics ORDER BY year')).rows.map((r) => [
      Number(r.year),
      r.copied_prev === null ? null : Number(r.copied_prev),
    ]);
  expect(await pending()).toBe(2);
  expect(await shares()).toEqual([
    [2020, null],
    [2021, null],
  ]);

  // The same files again: unchanged, skipped — and still the pending ones are compared.
  const again = await importPaths(db, [SEED_003, next.file], { workers: 0 });
  expect(again.imported).toBe(0);
  expect(await pending()).toBe(0);
  const [[, before], [, after]] = await shares();
  expect(before).toBeNull();
  expect(Math.abs(after! - next.expected)).toBeLessThan(0.02);

  // A normal import leaves nothing pending.
  const other = writeCopiedReport(
    dir,
    'haining-2020.txt',
    ['嘉兴市科学技术局2020年度', '海宁市科学技术局2020年度'],
    passages,
    (i) => i % 4 === 1,
  );
  expect((await importPaths(db, [other.file], { workers: 0 })).imported).toBe(1);
  expect(await pending()).toBe(0);
});
