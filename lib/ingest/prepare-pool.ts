/**
 * Prepares files on worker threads so parsing runs beside the database writes of the main thread.
 * Results come back in the order of the requests. With `workers: 0` everything runs inline.
 */
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { workerBoot } from './worker-boot';
import { accepted, errorMessage, refused, type Result } from '../refusal/refusal';
import { ImportError, type PrepareOptions, type PreparedReport, prepareReport } from './prepare-report';
import type { PrepareRequest, PrepareResponse } from './prepare-worker';

/**
 * A prepared report, or why the file cannot be one: reason 'unreadable', 'no-agency' or 'no-year' (ImportError),
 * its message naming the file.
 */
export type Prepared = Result<PreparedReport>;

const unreadable = (message: string, reason = 'unreadable') => refused(422, reason, message);

export interface PreparePool {
  prepare(fileName: string, bytes: Uint8Array, options?: PrepareOptions): Promise<Prepared>;
  close(): Promise<void>;
}

export function inlinePool(): PreparePool {
  return {
    async prepare(fileName, bytes, options = {}) {
      try {
        return accepted(await prepareReport(bytes, fileName, options));
      } catch (e) {
        return e instanceof ImportError
          ? unreadable(e.message, e.reason)
          : unreadable(`${fileName}: ${errorMessage(e)}`);
      }
    },
    async close() {},
  };
}

/**
 * Files sent to a worker in one message, and results sent back in one: a message each way per file cost
 * the two workers a share of their throughput (measured: ADR 0007, 'Preparing a report, and the whole
 * million again'). A partial batch goes out on the next turn of the event loop.
 */
const BATCH = 16;

/** Worker threads run the TypeScript of prepare-worker.ts bundled into one file (worker-boot.ts), else through tsx. */
export function workerPool(size: number): PreparePool {
  if (size <= 0) return inlinePool();
  // The worker is TypeScript: loaded bundled (worker-boot.ts), or through tsx's loader.
  const boot = workerBoot(fileURLToPath(new URL('./prepare-worker.ts', import.meta.url)));
  const workers = Array.from({ length: size }, () => new Worker(boot, { eval: true }));
  const pending = new Map<number, (r: Prepared) => void>();
  let next = 0;
  for (const w of workers) {
    w.on('message', (batch: PrepareResponse[]) => {
      for (const res of batch) {
        const resolve = pending.get(res.id);
        pending.delete(res.id);
        resolve?.(res.ok ? accepted(revive(res.prepared)) : unreadable(res.error, res.reason));
      }
    });
    w.on('error', (e) => {
      for (const [id, resolve] of pending) {
        pending.delete(id);
        resolve(refused(500, 'worker-failed', `worker failed: ${e.message}`));
      }
    });
  }
  const queued: PrepareRequest[][] = workers.map(() => []);
  let flushing = false;
  const send = (i: number) => {
    if (queued[i].length > 0) workers[i].postMessage(queued[i].splice(0));
  };
  const flushAll = () => {
    flushing = false;
    queued.forEach((_, i) => send(i));
  };
  return {
    prepare(fileName, bytes, options = {}) {
      const id = next++;
      return new Promise((resolve) => {
        pending.set(id, resolve);
        const i = id % workers.length;
        queued[i].push({ id, fileName, bytes, options });
        if (queued[i].length >= BATCH) send(i);
        else if (!flushing) {
          flushing = true;
          setImmediate(flushAll);
        }
      });
    },
    async close() {
      await Promise.all(workers.map((w) => w.terminate()));
    },
  };
}

/** Buffers arrive as plain Uint8Arrays after the structured clone; the database wants Buffers. */
function revive(p: PreparedReport): PreparedReport {
  return {
    ...p,
    source: Buffer.from(p.source.buffer, p.source.byteOffset, p.source.byteLength),
    document: Buffer.from(p.document.buffer, p.document.byteOffset, p.document.byteLength),
    prose: Buffer.from(p.prose.buffer, p.prose.byteOffset, p.prose.byteLength),
  };
}
