/**
 * Imports files and folders (recursively): reads each file, prepares it (parse, region, metrics) and
 * saves prepared reports in groups. A file that fails is reported with its reason and the rest go on.
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import type { Db } from '../../db/client';
import { saveReports } from '../../db/queries/save-reports';
import { inlinePool, type Prepared, workerPool } from './prepare-pool';
import type { PreparedReport } from './prepare-report';

/** Files read ahead of the writer: enough to keep a worker busy, few enough to bound memory. */
const MAX_IN_FLIGHT = 64;

export interface ImportSummary {
  imported: number;
  unchanged: number;
  replaced: number;
  failed: { file: string; error: string }[];
  files: number;
  seconds: number;
}

export interface ImportOptions {
  synthetic?: boolean;
  /** Reports per write transaction. */
  groupSize?: number;
  /** Worker threads that parse while the main thread writes (0: parse inline). */
  workers?: number;
  onProgress?: (done: number, total: number, failed: number) => void;
  onFailure?: (file: string, error: string) => void;
}

/** Lists the files under the given paths: files as given, folders recursively, hidden entries skipped. */
export async function listFiles(paths: string[]): Promise<{ files: string[]; missing: { file: string; error: string }[] }> {
  const files: string[] = [];
  const missing: { file: string; error: string }[] = [];
  const visit = async (p: string, top: boolean): Promise<void> => {
    let info;
    try {
      info = await stat(p);
    } catch {
      missing.push({ file: p, error: `${p}: no such file or folder` });
      return;
    }
    if (info.isDirectory()) {
      const entries = (await readdir(p)).filter((e) => !e.startsWith('.')).sort();
      for (const e of entries) await visit(path.join(p, e), false);
    } else if (info.isFile() && (top || !path.basename(p).startsWith('.'))) {
      files.push(p);
    }
  };
  for (const p of paths) await visit(p, true);
  return { files, missing };
}

export async function importPaths(db: Db, paths: string[], options: ImportOptions = {}): Promise<ImportSummary> {
  const started = performance.now();
  const { files, missing } = await listFiles(paths);
  const summary: ImportSummary = { imported: 0, unchanged: 0, replaced: 0, failed: [], files: files.length, seconds: 0 };
  const fail = (file: string, error: string) => {
    summary.failed.push({ file, error });
    options.onFailure?.(file, error);
  };
  missing.forEach((m) => fail(m.file, m.error));

  const groupSize = options.groupSize ?? 200;
  const pool = options.workers ? workerPool(options.workers) : inlinePool();
  const inflight: Promise<Prepared>[] = [];
  let group: PreparedReport[] = [];
  let done = 0;
  const flush = async () => {
    const outcomes = await saveReports(db, group);
    outcomes.forEach((o, i) => {
      if (o.status === 'failed') fail(group[i].fileName, o.error);
      else summary[o.status]++;
    });
    group = [];
  };
  const takeOne = async () => {
    const result = await inflight.shift()!;
    if (result.ok) group.push(result.prepared);
    else fail(files[done], result.error);
    done++;
    if (group.length >= groupSize) await flush();
    options.onProgress?.(done, files.length, summary.failed.length);
  };

  try {
    for (const file of files) {
      let bytes: Uint8Array;
      try {
        bytes = await readFile(file);
      } catch (e) {
        inflight.push(Promise.resolve({ ok: false, error: `${file}: cannot be read (${e instanceof Error ? e.message : String(e)})` }));
        continue;
      }
      inflight.push(pool.prepare(file, bytes, options.synthetic ?? false));
      if (inflight.length >= MAX_IN_FLIGHT) await takeOne();
    }
    while (inflight.length > 0) await takeOne();
    await flush();
  } finally {
    await pool.close();
  }
  summary.seconds = (performance.now() - started) / 1000;
  return summary;
}
