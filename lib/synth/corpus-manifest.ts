/**
 * The manifest.json at the top of a generated corpus: the seed, the counts, and the marker that the
 * folder holds synthetic data. The import CLI reads it to refuse a synthetic folder imported as real.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { CorpusRates } from './corpus-rates';

export const MANIFEST_FILE = 'manifest.json';
/** Beside the manifest: one line per report whose prose is copied, which report it copies and the share. */
export const COPIES_FILE = 'copied-prose.tsv';
export const COPIES_HEADER = ['kind', 'index', 'from', 'target', 'share', 'from_share', 'agency', 'year'];
export const GENERATOR = 'nianbao-lens synthetic corpus';

export interface CorpusManifest {
  synthetic: true;
  generator: typeof GENERATOR;
  notice: string;
  /** False while the corpus is being written (or when writing stopped early). */
  complete: boolean;
  seed: number;
  reports: number;
  htmlShare: number;
  /** Files per subfolder; subfolders are named by the range of report positions they hold. */
  shardSize: number;
  agencies?: number;
  bytes?: number;
  years?: Record<string, number>;
  templates?: Record<string, number>;
  levels?: Record<string, number>;
  forms?: Record<string, number>;
  defects?: Record<string, number>;
  /** The rates the corpus was drawn at (absent in corpora written before them). */
  rates?: CorpusRates;
  /**
   * Exact counts of what was written, for a reader to find again (the bench checks them): reports by
   * timeliness ('late', 'on-time', 'undated'), and by where the date stands ('crawler', 'page-line', 'signed').
   */
  published?: Record<string, number>;
  dateSources?: Record<string, number>;
  /** Years skipped between two years an agency reports. */
  missingYears?: number;
  /** Reports with table 3 / table 4 copied from the year before. */
  repeated?: Record<string, number>;
  /** Reports whose table 3 / table 4 equals the agency's of the year before (not all zero): copied or by chance. */
  unchanged?: Record<string, number>;
  /** Reports whose prose is copied from the agency's year before ('prev') or another agency's report ('peer'); COPIES_FILE says which. */
  copiedProse?: Record<string, number>;
}

/** A line of COPIES_FILE. */
export interface CopiedProseLine {
  kind: 'prev' | 'peer';
  /** Positions in the corpus (the number a report's file name starts with) of the copy and of the report copied. */
  index: number;
  from: number;
  target: number;
  share: number;
  fromShare: number;
}

/** The copies a corpus records; null when it records none (a corpus written before them). */
export function readProseCopies(dir: string): CopiedProseLine[] | null {
  const file = path.join(dir, COPIES_FILE);
  if (!existsSync(file)) return null;
  return readFileSync(file, 'utf8')
    .split('\n')
    .slice(1)
    .filter((line) => line !== '')
    .map((line) => {
      const [kind, index, from, target, share, fromShare] = line.split('\t');
      return {
        kind: kind as CopiedProseLine['kind'],
        index: Number(index),
        from: Number(from),
        target: Number(target),
        share: Number(share),
        fromShare: Number(fromShare),
      };
    });
}

function readManifest(dir: string): CorpusManifest | null {
  const file = path.join(dir, MANIFEST_FILE);
  if (!existsSync(file)) return null;
  try {
    const m = JSON.parse(readFileSync(file, 'utf8')) as Partial<CorpusManifest>;
    return m.synthetic === true && m.generator === GENERATOR ? (m as CorpusManifest) : null;
  } catch {
    return null;
  }
}

/**
 * The generated corpus a path belongs to: the folder itself, or a shard or file inside one (the
 * manifest sits one or two levels up). Null for anything else.
 */
export function syntheticCorpusOf(p: string): { dir: string; manifest: CorpusManifest } | null {
  const full = path.resolve(p);
  const isDir = existsSync(full) && statSync(full).isDirectory();
  const candidates = isDir ? [full, path.dirname(full)] : [path.dirname(full), path.dirname(path.dirname(full))];
  for (const dir of candidates) {
    const manifest = readManifest(dir);
    if (manifest) return { dir, manifest };
  }
  return null;
}

/** A corpus folder as the paths to import: its shards, without the manifest and the copies' list (not reports). */
export function corpusReportPaths(dir: string): string[] {
  return readdirSync(dir)
    .filter((e) => e !== MANIFEST_FILE && e !== COPIES_FILE && !e.startsWith('.'))
    .sort()
    .map((e) => path.join(dir, e));
}
