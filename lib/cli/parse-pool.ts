/**
 * Where `npm run parse` parses: on worker threads, one batch of files at a time per worker (the least busy
 * one gets the next), or inline on the main thread with `workers: 0`. A batch's entries come back together,
 * in the order of its files, as the bytes to write (`EntryChunk`); the caller keeps the order of the batches.
 */
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { workerBoot } from '../ingest/worker-boot';
import { type EntryChunk, type EntryStyle, entryChunk, failedEntry } from './parse-entry';
import type { ParseRequest, ParseResponse } from './parse-worker';

export interface ParsePool {
  /** How many batches may be out at once before the caller should wait for the first. */
  readonly capacity: number;
  parse(files: string[]): Promise<EntryChunk>;
  close(): Promise<void>;
}

export function parsePool(workers: number, style: EntryStyle): ParsePool {
  return workers > 0 ? workerPool(workers, style) : inlinePool(style);
}

function inlinePool(style: EntryStyle): ParsePool {
  return {
    capacity: 1,
    // Loaded here, not at the top: with workers the writing thread never loads the parser.
    parse: async (files) => (await import('./parse-one')).parseChunk(files, style),
    async close() {},
  };
}

/** Batches each worker holds at once: one being parsed, the next already there when it finishes. */
const PER_WORKER = 3;

function workerPool(size: number, style: EntryStyle): ParsePool {
  // The worker is TypeScript: loaded bundled (worker-boot.ts), or through tsx's loader.
  const boot = workerBoot(fileURLToPath(new URL('./parse-worker.ts', import.meta.url)));
  const workers = Array.from({ length: size }, () => new Worker(boot, { eval: true }));
  const busy = workers.map(() => 0);
  const pending = new Map<number, { files: string[]; worker: number; resolve: (c: EntryChunk) => void }>();
  let next = 0;
  workers.forEach((w, i) => {
    w.on('message', (res: ParseResponse) => {
      const job = pending.get(res.id);
      if (!job) return;
      pending.delete(res.id);
      busy[i]--;
      job.resolve(res.chunk);
    });
    // A worker that dies takes its batches with it: their files are reported failed, the others go on.
    w.on('error', (e) => {
      for (const [id, job] of pending) {
        if (job.worker !== i) continue;
        pending.delete(id);
        const failed = job.files.map((f) => failedEntry(f, `${f}: the parsing thread failed (${e.message})`, style));
        job.resolve(entryChunk(failed, style));
      }
      busy[i] = Number.POSITIVE_INFINITY;
    });
  });
  return {
    capacity: size * PER_WORKER,
    parse(files) {
      const id = next++;
      const least = Math.min(...busy);
      if (least === Number.POSITIVE_INFINITY)
        return Promise.resolve(
          entryChunk(
            files.map((f) => failedEntry(f, `${f}: no parsing thread is left`, style)),
            style,
          ),
        );
      const worker = busy.indexOf(least);
      busy[worker]++;
      return new Promise((resolve) => {
        pending.set(id, { files, worker, resolve });
        workers[worker].postMessage({ id, files, style } satisfies ParseRequest);
      });
    },
    async close() {
      await Promise.all(workers.map((w) => w.terminate()));
    },
  };
}
