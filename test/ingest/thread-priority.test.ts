/**
 * The import's helper threads lower their own priority, and only their own (lib/ingest/thread-priority.ts): on
 * Linux a thread that calls it runs at nice +5 while the thread that started it keeps its nice.
 */
import { readFileSync } from 'node:fs';
import { Worker } from 'node:worker_threads';
import { expect, test } from 'vitest';
import { HELPER_NICENESS, LOWER_THIS_THREAD_SOURCE, lowerThisThread } from '../../lib/ingest/thread-priority';

/** The nice of the calling thread (field 19 of /proc/thread-self/stat). */
const NICE_SOURCE = `(() => { const s = require('node:fs').readFileSync('/proc/thread-self/stat', 'utf8'); return Number(s.slice(s.lastIndexOf(')') + 2).split(' ')[16]); })()`;
const niceHere = (): number => {
  const s = readFileSync('/proc/thread-self/stat', 'utf8');
  return Number(s.slice(s.lastIndexOf(')') + 2).split(' ')[16]);
};

test.runIf(process.platform === 'linux')(
  'a worker running the source lowers itself; its parent keeps its nice',
  async () => {
    const before = niceHere();
    const worker = new Worker(
      `${LOWER_THIS_THREAD_SOURCE}\nrequire('node:worker_threads').parentPort.postMessage(${NICE_SOURCE});`,
      { eval: true },
    );
    const nice = await new Promise<number>((resolve, reject) => {
      worker.once('message', resolve);
      worker.once('error', reject);
    });
    await worker.terminate();
    expect(nice).toBe(Math.min(19, before + HELPER_NICENESS));
    expect(niceHere()).toBe(before);
  },
);

test.runIf(process.platform === 'linux')('lowerThisThread lowers the calling thread', () => {
  const before = niceHere();
  lowerThisThread();
  expect(niceHere()).toBe(Math.min(19, before + HELPER_NICENESS));
});
