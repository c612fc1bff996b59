/**
 * The synthetic demo corpus (issue 17): a few thousand generated reports across every province, year and agency
 * type, so a newcomer sees full charts beside the five real samples. Made once, by `npm run demo` (the seed's
 * --demo), when the database holds no synthetic report; always flagged synthetic, so it never mixes with real
 * reports and every view of it carries the synthetic banner.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Db } from '../../db/client';
import { reportsBySource } from '../../db/queries/reports-by-source';
import { corpusReportPaths } from '../synth/corpus-manifest';
import { writeCorpus } from '../synth/write-corpus';
import { importPaths } from './import-files';

export const DEMO_REPORTS = 3000;
/** Fixed, so every fresh clone shows the same demo. */
export const DEMO_SEED = 2026;

export interface DemoOptions {
  reports?: number;
  onProgress?: (done: number, total: number) => void;
}

/** Generates and imports the demo corpus when no synthetic report is stored; the number imported (0 otherwise). */
export async function ensureDemoCorpus(db: Db, options: DemoOptions = {}): Promise<number> {
  if ((await reportsBySource(db)).synthetic > 0) return 0;
  const reports = options.reports ?? DEMO_REPORTS;
  const dir = mkdtempSync(path.join(tmpdir(), 'nianbao-demo-'));
  try {
    await writeCorpus({ dir, seed: DEMO_SEED, reports });
    const summary = await importPaths(db, corpusReportPaths(dir), {
      synthetic: true,
      workers: 0,
      onProgress: (done, total) => options.onProgress?.(done, total),
    });
    if (summary.failed.length > 0)
      throw new Error(`demo corpus: ${summary.failed.length} generated files failed: ${summary.failed[0].error}`);
    return summary.imported;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
