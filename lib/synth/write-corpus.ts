/**
 * Writes a planned corpus into a folder: reports in subfolders of at most `shardSize` files (a folder
 * never holds a million entries), and a manifest.json marking the folder synthetic. Streams: each report
 * is rendered, written and dropped, with a bounded number of writes in flight, so memory does not grow
 * with the corpus. The manifest is written first (incomplete) and rewritten with the counts at the end,
 * so even a corpus cut short is marked synthetic. The counts include exactly how many reports are late,
 * undated, or copy a table from the year before, how many years agencies skipped, and how many reports copy
 * their prose; which report each copies, and the share, is listed in COPIES_FILE beside the manifest.
 */
import { createWriteStream, existsSync, mkdirSync, readdirSync, statSync } from 'node:fs';
import { rename, writeFile } from 'node:fs/promises';
import { once } from 'node:events';
import path from 'node:path';
import {
  planCorpus,
  renderReport,
  reportFileName,
  SYNTHETIC_NOTE,
  type CorpusOptions,
  type PlannedReport,
} from './corpus';
import { COPIES_FILE, COPIES_HEADER, GENERATOR, MANIFEST_FILE, type CorpusManifest } from './corpus-manifest';
import { timelinessOf } from './corpus-publication';
import { corpusRates } from './corpus-rates';
import { REPEATABLE_TABLES } from './corpus-repeats';

export interface WriteCorpusOptions extends CorpusOptions {
  dir: string;
  /** Files per subfolder (default 1,000). */
  shardSize?: number;
  /** Writes in flight at once (default 32): enough to keep the disk busy while the next report renders. */
  concurrency?: number;
  /** Called every few hundred files and at the end. */
  onProgress?: (written: number, total: number, bytes: number) => void;
}

export interface WriteCorpusResult {
  manifest: CorpusManifest;
  seconds: number;
}

const PROGRESS_EVERY = 250;

function count(tally: Record<string, number>, key: string): void {
  tally[key] = (tally[key] ?? 0) + 1;
}

/** Writes with at most `limit` in flight; the first failure is rethrown by the next `add` or by `drain`. */
class WriteQueue {
  private readonly inflight: Promise<void>[] = [];
  private failure: unknown = null;
  constructor(private readonly limit: number) {}

  async add(file: string, data: Buffer): Promise<void> {
    // The handler is attached at once, so a failed write is never an unhandled rejection.
    this.inflight.push(writeFile(file, data).catch((e) => void (this.failure ??= e)));
    if (this.inflight.length >= this.limit) await this.inflight.shift();
    if (this.failure) throw this.failure;
  }

  async drain(): Promise<void> {
    await Promise.all(this.inflight.splice(0));
    if (this.failure) throw this.failure;
  }
}

async function writeManifest(dir: string, manifest: CorpusManifest): Promise<void> {
  const tmp = path.join(dir, `.${MANIFEST_FILE}.tmp`);
  await writeFile(tmp, `${JSON.stringify(manifest, null, 2)}\n`);
  await rename(tmp, path.join(dir, MANIFEST_FILE));
}

/** "0001000-0001999": the positions of the reports a subfolder holds. */
function shardName(shard: number, shardSize: number, reports: number, digits: number): string {
  const first = shard * shardSize;
  const last = Math.min(first + shardSize, reports) - 1;
  return `${String(first).padStart(digits, '0')}-${String(last).padStart(digits, '0')}`;
}

export async function writeCorpus(options: WriteCorpusOptions): Promise<WriteCorpusResult> {
  const { dir, seed, reports } = options;
  const htmlShare = options.htmlShare ?? 0.25;
  const rates = corpusRates(options.rates);
  const shardSize = options.shardSize ?? 1000;
  if (existsSync(dir) && !statSync(dir).isDirectory()) throw new Error(`${dir} is a file, not a folder`);
  if (existsSync(dir) && readdirSync(dir).length > 0) {
    throw new Error(
      `${dir} is not empty: write a corpus into a new or empty folder, so no other file is mistaken for part of it`,
    );
  }
  mkdirSync(dir, { recursive: true });
  const started = performance.now();
  const manifest: CorpusManifest = {
    synthetic: true,
    generator: GENERATOR,
    notice: SYNTHETIC_NOTE,
    complete: false,
    seed,
    reports,
    htmlShare,
    shardSize,
    rates,
  };
  await writeManifest(dir, manifest);

  const digits = Math.max(7, String(Math.max(0, reports - 1)).length);
  const tallies = {
    years: {},
    templates: {},
    levels: {},
    forms: {},
    defects: {},
    published: {},
    dateSources: {},
  } as Record<string, Record<string, number>>;
  const zeros = () => Object.fromEntries(REPEATABLE_TABLES.map((t) => [t, 0]));
  const repeated: Record<string, number> = zeros();
  const unchanged: Record<string, number> = zeros();
  const copiedProse: Record<string, number> = { prev: 0, peer: 0 };
  const copies = createWriteStream(path.join(dir, COPIES_FILE));
  copies.write(`${COPIES_HEADER.join('\t')}\n`);
  let missingYears = 0;
  const queue = new WriteQueue(options.concurrency ?? 32);
  let agencies = 0;
  let lastAgency = -1;
  let bytes = 0;
  let shardDir = '';
  const tally = (r: PlannedReport) => {
    if (r.agency.index !== lastAgency) [agencies, lastAgency] = [agencies + 1, r.agency.index];
    count(tallies.years, String(r.year));
    count(tallies.templates, r.template);
    count(tallies.levels, r.agency.level);
    count(tallies.forms, r.form);
    count(tallies.defects, r.defect?.kind ?? 'none');
    count(tallies.published, timelinessOf(r.year, r.publication));
    if (r.publication.source) count(tallies.dateSources, r.publication.source);
    for (const t of r.repeated) repeated[t]++;
    for (const t of r.unchanged) unchanged[t]++;
    missingYears += r.yearsSkipped;
    const c = r.proseCopy;
    if (c) {
      copiedProse[c.kind]++;
      const share = (v: number) => v.toFixed(4);
      const line = [
        c.kind,
        r.index,
        c.from,
        share(c.target),
        share(c.share),
        share(c.fromShare),
        r.agency.name,
        r.year,
      ];
      if (!copies.write(`${line.join('\t')}\n`)) return once(copies, 'drain');
    }
  };

  for (const r of planCorpus({ seed, reports, htmlShare, rates })) {
    if (r.index % shardSize === 0) {
      shardDir = path.join(dir, shardName(r.index / shardSize, shardSize, reports, digits));
      mkdirSync(shardDir);
    }
    const data = Buffer.from(renderReport(r), 'utf8');
    bytes += data.length;
    await tally(r);
    await queue.add(path.join(shardDir, reportFileName(r, digits)), data);
    if ((r.index + 1) % PROGRESS_EVERY === 0) options.onProgress?.(r.index + 1, reports, bytes);
  }
  await queue.drain();
  copies.end();
  await once(copies, 'finish');
  if (reports % PROGRESS_EVERY !== 0) options.onProgress?.(reports, reports, bytes);

  const done: CorpusManifest = {
    ...manifest,
    complete: true,
    agencies,
    bytes,
    ...tallies,
    missingYears,
    repeated,
    unchanged,
    copiedProse,
  };
  await writeManifest(dir, done);
  return { manifest: done, seconds: (performance.now() - started) / 1000 };
}
