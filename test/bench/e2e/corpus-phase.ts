/**
 * The corpus half of the bench: generate it (or take an existing one and only measure it), then the parse
 * rate on one thread over a sample of its files. Nothing is held in memory beyond one file at a time.
 */
import { readdirSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { progressBar } from '../../../lib/cli/progress';
import { listFiles } from '../../../lib/ingest/walk-files';
import { prepareReport } from '../../../lib/ingest/prepare-report';
import { type CorpusManifest, corpusReportPaths, syntheticCorpusOf } from '../../../lib/synth/corpus-manifest';
import { writeCorpus } from '../../../lib/synth/write-corpus';

export interface CorpusFigures {
  dir: string;
  reports: number;
  agencies: number | null;
  mb: number;
  synthetic: boolean;
  /** A generated corpus's manifest: what it holds, counted as it was written (corpus-checks.ts checks them). */
  manifest?: CorpusManifest;
  /** Set when this run generated the corpus. */
  generation?: { seconds: number; reportsPerS: number; mbPerS: number };
}

export interface ParseFigures {
  files: number;
  failed: number;
  seconds: number;
  reportsPerS: number;
}

const MB = 2 ** 20;

export async function generateCorpus(dir: string, reports: number): Promise<CorpusFigures> {
  const bar = progressBar();
  const { manifest, seconds } = await writeCorpus({
    dir,
    seed: 1,
    reports,
    onProgress: (done, total) => bar.update(done, total, 0),
  });
  bar.end();
  const mb = (manifest.bytes ?? 0) / MB;
  return {
    dir,
    reports: manifest.reports,
    agencies: manifest.agencies ?? null,
    mb,
    synthetic: true,
    manifest,
    generation: { seconds, reportsPerS: manifest.reports / seconds, mbPerS: mb / seconds },
  };
}

/** An existing corpus: a generated one (its manifest has the counts) or any folder of reports (walked). */
export async function existingCorpus(dir: string): Promise<CorpusFigures> {
  const found = syntheticCorpusOf(dir);
  if (found?.manifest.complete && found.dir === path.resolve(dir)) {
    const m = found.manifest;
    return {
      dir,
      reports: m.reports,
      agencies: m.agencies ?? null,
      mb: (m.bytes ?? 0) / MB,
      synthetic: true,
      manifest: m,
    };
  }
  let files = 0;
  let bytes = 0;
  for (const shard of importInputs(dir)) {
    for (const f of (await listFiles([shard])).files) [files, bytes] = [files + 1, bytes + statSync(f).size];
  }
  return { dir, reports: files, agencies: null, mb: bytes / MB, synthetic: found !== null };
}

/** What to hand importPaths: a generated corpus's shard folders (not its manifest), else the folder itself. */
export function importInputs(dir: string): string[] {
  const found = syntheticCorpusOf(dir);
  return found && found.dir === path.resolve(dir) ? corpusReportPaths(dir) : [dir];
}

/**
 * Up to `n` files spread evenly over the corpus (a few from every shard, evenly spaced within it), so the
 * sample has every form and template in its usual share without listing a million names at once.
 */
async function sampleFiles(dir: string, n: number): Promise<string[]> {
  const generated = syntheticCorpusOf(dir)?.dir === path.resolve(dir);
  const shards = importInputs(dir);
  const perShard = Math.ceil(n / shards.length);
  const out: string[] = [];
  for (const shard of shards) {
    // A generated shard is a flat folder: a readdir, not a stat per file (a million of them at 1m).
    const files = generated
      ? readdirSync(shard)
          .filter((e) => !e.startsWith('.'))
          .sort()
          .map((e) => path.join(shard, e))
      : (await listFiles([shard])).files;
    const take = Math.min(perShard, files.length, n - out.length);
    for (let i = 0; i < take; i++) out.push(files[Math.floor((i * files.length) / take)]);
    if (out.length >= n) break;
  }
  return out;
}

/** prepareReport (parse, region, metrics, compression) on this thread; the read from disk is not timed. */
export async function measureParse(dir: string, n: number, synthetic: boolean): Promise<ParseFigures> {
  const files = await sampleFiles(dir, n);
  // Warm-up: the first calls compile the parser; a running import is long past that.
  for (const f of files.slice(0, 50)) await prepareReport(await readFile(f), f, { synthetic }).catch(() => undefined);
  let seconds = 0;
  let failed = 0;
  for (const f of files) {
    const bytes = await readFile(f);
    const t = performance.now();
    try {
      await prepareReport(bytes, f, { synthetic });
    } catch {
      failed++;
    }
    seconds += (performance.now() - t) / 1000;
  }
  return { files: files.length, failed, seconds, reportsPerS: files.length / seconds };
}
