/**
 * The import half of the bench: importPaths into a new file database with a worker per core, as
 * `npm run import` does, with the process's peak resident memory (workers are threads, so included)
 * sampled while it runs; then the database's size on disk.
 */
import { existsSync, statSync } from 'node:fs';
import { openDatabase } from '../../../db/client';
import { progressBar } from '../../../lib/cli/progress';
import { prepareDatabase } from '../../../lib/ingest/seed-samples';
import { type ImportSteps, importPaths } from '../../../lib/ingest/import-files';
import { importInputs } from './corpus-phase';

export interface ImportFigures {
  files: number;
  imported: number;
  failed: number;
  firstFailure?: string;
  workers: number;
  /** False when the import left out the copy-paste comparison (--no-copy-shares). */
  copyShares: boolean;
  seconds: number;
  reportsPerS: number;
  peakRssMiB: number;
  /** CPU seconds of the whole process (every thread), and what the importing thread's wall time went to. */
  cpuSeconds: number;
  steps: ImportSteps;
}

export interface DbSize {
  fileMiB: number;
  walMiB: number;
}

const MIB = 2 ** 20;

export async function importCorpus(
  corpusDir: string,
  dbFile: string,
  workers: number,
  synthetic: boolean,
  copyShares = true,
): Promise<ImportFigures> {
  const db = await prepareDatabase({ db: await openDatabase({ url: `file:${dbFile}` }), samples: false });
  let peak = process.memoryUsage.rss();
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage.rss())), 250);
  const bar = progressBar();
  const cpuBefore = process.cpuUsage();
  try {
    const summary = await importPaths(db, importInputs(corpusDir), {
      synthetic,
      workers,
      copyShares,
      onProgress: (done, total, failed) => bar.update(done, total, failed),
    });
    bar.end();
    const cpu = process.cpuUsage(cpuBefore);
    peak = Math.max(peak, process.memoryUsage.rss());
    return {
      files: summary.files,
      imported: summary.imported + summary.replaced,
      failed: summary.failed.length,
      firstFailure: summary.failed[0]?.error,
      workers,
      copyShares,
      seconds: summary.seconds,
      reportsPerS: summary.files / summary.seconds,
      peakRssMiB: peak / MIB,
      cpuSeconds: (cpu.user + cpu.system) / 1e6,
      steps: summary.steps,
    };
  } finally {
    clearInterval(sampler);
    db.$client.close();
  }
}

/** The database file and its write-ahead log, as they lie on disk now. */
export function databaseSize(dbFile: string): DbSize {
  const size = (f: string) => (existsSync(f) ? statSync(f).size / MIB : 0);
  return { fileMiB: size(dbFile), walMiB: size(`${dbFile}-wal`) };
}
