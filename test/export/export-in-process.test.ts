/**
 * A file made on the server's own thread (the Word briefing) behind the exports' gate: turned away as busy when the
 * gate is full, its failure answered as an error, and its slot given back either way.
 */
import { expect, test } from 'vitest';
import { exportGate } from '../../lib/export/export-gate';
import { exportInProcess } from '../../lib/export/export-thread';

const file = { ok: true as const, title: 't', total: 1, body: new Uint8Array([1]) };

test('a full gate turns the file away as busy; the slot is given back after each file, made or failed', async () => {
  const gate = exportGate({ running: 1, queued: 0, maxWaitMs: 100 });
  let finish!: () => void;
  const slow = exportInProcess(() => new Promise((resolve) => (finish = () => resolve(file))), undefined, gate);
  await expect(exportInProcess(async () => file, undefined, gate)).resolves.toEqual({ ok: false, busy: true });
  finish();
  await expect(slow).resolves.toEqual(file);
  expect(gate.running).toBe(0);
  await expect(
    exportInProcess(
      async () => {
        throw new Error('no chart');
      },
      undefined,
      gate,
    ),
  ).resolves.toEqual({ ok: false, error: 'the export failed: no chart' });
  expect(gate.running).toBe(0);
});

test('a request closed before its turn makes nothing', async () => {
  const closed = new AbortController();
  closed.abort();
  let made = false;
  const outcome = await exportInProcess(async () => ((made = true), file), closed.signal);
  expect(outcome).toEqual({ ok: false, busy: true });
  expect(made).toBe(false);
});
