/**
 * Runs exports on worker threads, behind one gate for the process, so the query and the file writing
 * never hold up the server's thread: a page request meanwhile waits for a core, not for an export.
 * A thread serves one export at a time and is kept for the next (starting one costs more than a small
 * export); once no export has come for IDLE_MS it is ended, and its memory goes with it.
 */
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { exportGate, type ExportGate, type GateLimits } from './export-gate';
import type { ExportJob, ExportReply } from './export-worker';

/**
 * On two cores one export at a time leaves a core to the pages; with more cores, two. Two more per thread
 * may wait, at most 10 s (at the row cap an export takes a few seconds), the rest are told to come back.
 */
const RUNNING = availableParallelism() > 2 ? 2 : 1;
export const EXPORT_LIMITS: GateLimits = { running: RUNNING, queued: 2 * RUNNING, maxWaitMs: 10_000 };

/** An export that has not answered by then is stopped with its thread (a database held by an import, say). */
const JOB_TIMEOUT_MS = 60_000;

/** A thread whose heap outgrows this is ended with an error instead of growing the server. */
const WORKER_HEAP_MB = 512;

const IDLE_MS = 10_000;

const processGate = exportGate(EXPORT_LIMITS);

interface IdleThread {
  worker: Worker;
  /** Ends the thread after IDLE_MS. */
  timer: NodeJS.Timeout;
  /** Drops the thread from the list should it end on its own meanwhile. */
  gone: () => void;
}

const idle: IdleThread[] = [];

export type ExportOutcome = ExportReply | { ok: false; busy: true };

const CLOSED: ExportReply = { ok: false, error: 'the request was closed before the export was done' };

/** The export's file or refusal; `busy` when the gate turned it away. `signal`: the request's, to stop when the client leaves. */
export async function exportOffThread(
  job: ExportJob,
  signal?: AbortSignal,
  gate: ExportGate = processGate,
): Promise<ExportOutcome> {
  const release = await gate.enter(signal);
  if (!release) return { ok: false, busy: true };
  if (signal?.aborted) {
    release();
    return CLOSED;
  }
  const { reply, freed } = runOnThread(job, signal);
  // The slot is given back only once a stopped thread has really ended, so two exports' memory never add up.
  void freed.finally(release);
  return reply;
}

/**
 * A file made on the server's own thread, behind the same gate as the exports on worker threads: for the Word
 * briefing, whose loaders read through React's request cache — bundled into the worker, React brings Next's
 * page runtime, whose timers need the server's AsyncLocalStorage, and the spreadsheet writer then fails there.
 */
export async function exportInProcess(
  make: () => Promise<ExportReply>,
  signal?: AbortSignal,
  gate: ExportGate = processGate,
): Promise<ExportOutcome> {
  const release = await gate.enter(signal);
  if (!release) return { ok: false, busy: true };
  try {
    if (signal?.aborted) return CLOSED;
    return await make();
  } catch (e) {
    return { ok: false, error: `the export failed: ${e instanceof Error ? e.message : String(e)}` };
  } finally {
    release();
  }
}

/** Ends the idle threads now (tests, and a server shutting down); a running export keeps its thread. */
export async function endIdleThreads(): Promise<void> {
  await Promise.all(idle.splice(0).map(({ worker, timer }) => (clearTimeout(timer), worker.terminate())));
}

function startWorker(): Worker {
  const options = { resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB } };
  // Under Next the route's code is bundled: Turbopack sees this `new Worker(new URL(…))` and bundles the
  // worker as an entry of its own.
  if (process.env.NEXT_RUNTIME) return new Worker(new URL('./export-worker.ts', import.meta.url), options);
  // Elsewhere (tests, tsx scripts) the worker is TypeScript: tsx's loader is registered inside the thread
  // first, as prepare-pool.ts does for the import.
  const script = path.join(/*turbopackIgnore: true*/ path.dirname(fileURLToPath(import.meta.url)), 'export-worker.ts');
  return new Worker(`require('tsx/cjs/api').register(); require(${JSON.stringify(script)});`, {
    ...options,
    eval: true,
  });
}

function takeWorker(): Worker {
  const kept = idle.pop();
  if (!kept) return startWorker();
  clearTimeout(kept.timer);
  kept.worker.off('exit', kept.gone).off('error', kept.gone).ref();
  return kept.worker;
}

function keepWorker(worker: Worker): void {
  const drop = () => {
    const at = idle.indexOf(entry);
    if (at >= 0) idle.splice(at, 1);
    clearTimeout(entry.timer);
  };
  const entry: IdleThread = { worker, timer: setTimeout(() => (drop(), void worker.terminate()), IDLE_MS), gone: drop };
  // An idle thread does not keep the process alive.
  entry.timer.unref();
  worker.once('exit', drop).once('error', drop).unref();
  idle.push(entry);
}

function runOnThread(job: ExportJob, signal?: AbortSignal): { reply: Promise<ExportReply>; freed: Promise<unknown> } {
  const worker = takeWorker();
  let free: () => void;
  const freed = new Promise<void>((resolve) => (free = resolve));
  const reply = new Promise<ExportReply>((resolve) => {
    const finish = (answer: ExportReply, healthy: boolean) => {
      clearTimeout(timer);
      signal?.removeEventListener('abort', stop);
      worker.off('message', answered).off('error', failed).off('exit', exited);
      if (healthy) {
        keepWorker(worker);
        free();
      } else {
        // Keeps an 'error' after the end from being unhandled.
        worker.on('error', () => {});
        void worker.terminate().finally(free);
      }
      resolve(answer);
    };
    const answered = (answer: ExportReply) => finish(answer, true);
    // Out of memory (ERR_WORKER_OUT_OF_MEMORY) arrives here too.
    const failed = (e: Error) => finish({ ok: false, error: `the export failed: ${e.message}` }, false);
    const exited = (code: number) =>
      finish({ ok: false, error: `the export stopped before answering (exit code ${code})` }, false);
    const stop = () => finish(CLOSED, false);
    const timer = setTimeout(
      () =>
        finish({ ok: false, error: `the export took longer than ${JOB_TIMEOUT_MS / 1000} s and was stopped` }, false),
      JOB_TIMEOUT_MS,
    );
    signal?.addEventListener('abort', stop, { once: true });
    worker.on('message', answered).on('error', failed).on('exit', exited);
    worker.postMessage(job);
  });
  return { reply, freed };
}
