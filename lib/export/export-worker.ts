/**
 * Worker thread: exports of the compare table (or, `table: 'coverage'`, of the coverage matrix), one at a time, each read through the thread's own
 * connection and written as CSV or XLSX. The thread is kept while exports come, and ended when they stop
 * (export-thread.ts), which gives its memory back.
 */
import { parentPort } from 'node:worker_threads';
import { type Db, type DatabaseConfig, openDatabase } from '../../db/client';
import { exportCompare } from '../dashboard/compare-export';
import { exportCoverage } from '../dashboard/coverage-export';
import { coverageShow } from '../view-state/coverage-filters';
import { parseViewState } from '../view-state/view-state';
import { errorMessage } from '../refusal/refusal';

export interface ExportJob {
  /** The view, as serializeViewState writes it (with `show` for the coverage matrix). */
  query: string;
  /** The compare table unless said. */
  table?: 'coverage';
  format: 'csv' | 'xlsx';
  maxRows: number;
  database: DatabaseConfig;
}

export type ExportReply =
  | { ok: true; title: string; total: number; body: Uint8Array<ArrayBuffer> }
  | { ok: false; total: number }
  | { ok: false; error: string };

/** The connection, opened by the first export; a failed open is tried again by the next. */
let opened: { url: string; db: Promise<Db> } | null = null;

function database(config: DatabaseConfig): Promise<Db> {
  if (opened?.url !== config.url) {
    opened?.db.then(
      (old) => old.$client.close(),
      () => {},
    );
    const db = openDatabase(config);
    opened = { url: config.url, db };
    db.catch(() => {
      if (opened?.db === db) opened = null;
    });
  }
  return opened.db;
}

async function run(job: ExportJob): Promise<ExportReply> {
  const db = await database(job.database);
  const params = new URLSearchParams(job.query);
  const result =
    job.table === 'coverage'
      ? await exportCoverage(db, parseViewState(params), coverageShow(params), job.format, job.maxRows)
      : await exportCompare(db, parseViewState(params), job.format, job.maxRows);
  if (!result.ok) return result;
  // A fresh array owns its whole buffer, so the buffer can be moved to the main thread rather than copied.
  const body = typeof result.body === 'string' ? new TextEncoder().encode(result.body) : new Uint8Array(result.body);
  return { ok: true, title: result.title, total: result.total, body };
}

parentPort?.on('message', (job: ExportJob) => {
  const port = parentPort!;
  run(job).then(
    (reply) => port.postMessage(reply, 'body' in reply ? [reply.body.buffer] : []),
    (e) => port.postMessage({ ok: false, error: errorMessage(e) } satisfies ExportReply),
  );
});
