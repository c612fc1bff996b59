/**
 * A bulk import sets report_metrics' indexes aside while it writes and builds them again after; an import
 * that stopped half-way leaves their definitions in the database, and the next start builds them — unless
 * the importing process still runs.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { type Db, openDatabase } from '../../db/client';
import { setIndexesAside } from '../../db/queries/bulk-load-indexes';
import { importSources, isBulkLoad } from '../../lib/ingest/import-files';
import { tempDatabase } from '../support/temp-db';

const SAMPLES = path.resolve(__dirname, '../../db/samples');
const samples = readdirSync(SAMPLES).filter((f) => f.endsWith('.txt'));
const opened: Db[] = [];
afterAll(() => opened.forEach((db) => db.$client.close()));

const indexesOf = async (db: Db) =>
  (await db.$client.execute(`SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'report_metrics' AND sql IS NOT NULL ORDER BY name`)).rows.map((r) => ({ ...r }));
const setAside = async (db: Db) => Number((await db.$client.execute('SELECT count(*) AS n FROM set_aside_indexes')).rows[0].n);
/** The pid of a process that has ended. */
const deadPid = () => spawnSync(process.execPath, ['-e', '0']).pid!;

test('a bulk import writes without the indexes and ends with every one of them back', async () => {
  const { db } = await tempDatabase();
  opened.push(db);
  const before = await indexesOf(db);
  expect(before.length).toBeGreaterThan(10);
  let duringImport: number | null = null;
  const sources = samples.map((f, i) => ({
    name: f,
    read: async () => {
      if (i === samples.length - 1) duringImport = (await indexesOf(db)).length;
      return readFileSync(path.join(SAMPLES, f));
    },
  }));
  const summary = await importSources(db, sources, { bulkLoad: true });
  expect(summary.imported).toBe(samples.length);
  expect(duringImport).toBe(0);
  expect(await indexesOf(db)).toEqual(before);
  expect(await setAside(db)).toBe(0);
  expect(Number((await db.$client.execute('SELECT count(*) AS n FROM report_metrics')).rows[0].n)).toBe(samples.length);
});

test('indexes an import set aside and never built again come back at the next start', async () => {
  const { db, url } = await tempDatabase();
  opened.push(db);
  const before = await indexesOf(db);
  expect(await setIndexesAside(db.$client)).toBe(before.length);
  // The import stops here; its process is gone.
  await db.$client.execute({ sql: 'UPDATE set_aside_indexes SET owner = ?', args: [deadPid()] });
  expect(await indexesOf(db)).toEqual([]);
  const reopened = await openDatabase({ url });
  opened.push(reopened);
  expect(await indexesOf(reopened)).toEqual(before);
  expect(await setAside(reopened)).toBe(0);
});

test('a start while the importing process still runs leaves its indexes to it', async () => {
  const { db, url } = await tempDatabase();
  opened.push(db);
  const before = await indexesOf(db);
  await setIndexesAside(db.$client);
  await db.$client.execute({ sql: 'UPDATE set_aside_indexes SET owner = ?', args: [process.ppid] });
  const meanwhile = await openDatabase({ url });
  opened.push(meanwhile);
  expect(await indexesOf(meanwhile)).toEqual([]);
  expect(await setAside(meanwhile)).toBe(before.length);
});

test('a bulk load is a large batch at least as large as what is stored', () => {
  expect(isBulkLoad(1_000_000, 0)).toBe(true);
  expect(isBulkLoad(150_000, 100_000)).toBe(true);
  expect(isBulkLoad(150_000, 850_000)).toBe(false);
  expect(isBulkLoad(5, 0)).toBe(false);
});
