/** Exports on worker threads: an export that fails answers with its error, and the thread after it still works. */
import path from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Db } from '../../db/client';
import { exportGate } from '../../lib/export/export-gate';
import { endIdleThreads, exportOffThread } from '../../lib/export/export-thread';
import { importPaths } from '../../lib/ingest/import-files';
import { tempDatabase } from '../support/temp-db';

let db: Db;
let url: string;
beforeAll(async () => {
  ({ db, url } = await tempDatabase());
  await importPaths(db, [path.resolve(__dirname, '../../db/samples')]);
}, 60_000);
afterAll(async () => {
  await endIdleThreads();
  db.$client.close();
});

const job = (database: { url: string }, maxRows = 100) => ({
  query: 'sort=agency.asc',
  format: 'csv' as const,
  maxRows,
  database,
});

test('a database that cannot be opened: the error comes back, and the next export is served', async () => {
  const gate = exportGate({ running: 1, queued: 0, maxWaitMs: 1000 });
  const failed = await exportOffThread(
    job({ url: `file:${path.join(__filename, 'not-a-folder', 'x.db')}` }),
    undefined,
    gate,
  );
  expect(failed).toMatchObject({ ok: false, error: expect.stringContaining('cannot open database') });
  const served = await exportOffThread(job({ url }), undefined, gate);
  expect(served).toMatchObject({ ok: true, total: 5 });
  expect(gate.running).toBe(0);
}, 60_000);

test('more rows than the job allows: refused with the count, no file', async () => {
  expect(await exportOffThread(job({ url }, 4))).toEqual({ ok: false, total: 5 });
}, 60_000);

test('a request closed while its export runs: the export stops and its slot is freed', async () => {
  const gate = exportGate({ running: 1, queued: 0, maxWaitMs: 1000 });
  await endIdleThreads();
  const controller = new AbortController();
  const pending = exportOffThread(job({ url }), controller.signal, gate);
  // Soon enough that the new thread is still starting.
  setTimeout(() => controller.abort(), 20);
  expect(await pending).toMatchObject({ ok: false, error: expect.stringContaining('closed') });
  await expect.poll(() => gate.running).toBe(0);
  expect(await exportOffThread(job({ url }), AbortSignal.abort(), gate)).toMatchObject({ ok: false, busy: true });
}, 60_000);
