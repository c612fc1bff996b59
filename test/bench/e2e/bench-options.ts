/**
 * The command line of `npm run bench`. The default size is 10k so a plain run finishes in minutes;
 * 100k and 1m have to be asked for, since they take a quiet machine and tens of minutes.
 */
import os from 'node:os';

export const SIZES: Record<string, number> = { '10k': 10_000, '100k': 100_000, '1m': 1_000_000 };

export interface BenchOptions {
  /** How many reports to generate (ignored with --corpus or --db). */
  reports: number;
  /** The size as typed ("10k", "2,000"): names the section of BENCHMARKS.md. */
  sizeLabel: string;
  /** False when --size was left out: with --corpus or --db the data's own count names the section. */
  sizeGiven: boolean;
  corpus?: string;
  db?: string;
  skipServer: boolean;
  /** Reuse an existing .next-bench build instead of building. */
  noBuild: boolean;
  runs: number;
  serverRuns: number;
  out: string;
  workers: number;
  parseSample: number;
  /** Keep the generated corpus and database (for --corpus / --db next time). */
  keep: boolean;
  /** Measure copy-paste shares during the import (off: --no-copy-shares, to time the import without them). */
  copyShares: boolean;
  /** An earlier run's BENCHMARKS.md: the query cases now 3× slower than there are named (query-baseline.ts). */
  baseline?: string;
}

export const USAGE = `usage: npm run bench -- [--size 10k|100k|1m|N] [--corpus DIR] [--db FILE] [--skip-server] [--no-build]
       [--runs 30] [--server-runs N] [--workers N] [--parse-sample 2000] [--keep] [--no-copy-shares] [--out BENCHMARKS.md]
       [--baseline EARLIER.md]`;

export class UsageError extends Error {}

function count(flag: string, text: string | undefined, min: number): number {
  const n = Number(text);
  if (text === undefined || !Number.isInteger(n) || n < min)
    throw new UsageError(`${flag} takes a whole number ≥ ${min}, not "${text ?? ''}"`);
  return n;
}

export function parseBenchOptions(argv: string[]): BenchOptions {
  const o: BenchOptions = {
    reports: SIZES['10k'],
    sizeLabel: '10k',
    sizeGiven: false,
    skipServer: false,
    noBuild: false,
    runs: 30,
    serverRuns: 0,
    out: 'BENCHMARKS.md',
    workers: os.availableParallelism(),
    parseSample: 2000,
    keep: false,
    copyShares: true,
  };
  const args = argv.filter((a) => a !== '--');
  for (let i = 0; i < args.length; i++) {
    const [flag, inline] = args[i].split(/=(.*)/s, 2);
    const value = () => {
      const v = inline ?? args[++i];
      if (v === undefined || v.startsWith('--')) throw new UsageError(`${flag} needs a value`);
      return v;
    };
    if (flag === '--size') {
      const v = value().toLowerCase();
      o.reports = SIZES[v] ?? count('--size', v, 1);
      o.sizeLabel = v in SIZES ? v : o.reports.toLocaleString('en-US');
      o.sizeGiven = true;
    } else if (flag === '--corpus') o.corpus = value();
    else if (flag === '--db') o.db = value();
    else if (flag === '--skip-server') o.skipServer = true;
    else if (flag === '--no-build') o.noBuild = true;
    else if (flag === '--runs') o.runs = count(flag, value(), 1);
    else if (flag === '--server-runs') o.serverRuns = count(flag, value(), 1);
    else if (flag === '--workers') o.workers = count(flag, value(), 0);
    else if (flag === '--parse-sample') o.parseSample = count(flag, value(), 0);
    else if (flag === '--keep') o.keep = true;
    else if (flag === '--no-copy-shares') o.copyShares = false;
    else if (flag === '--out') o.out = value();
    else if (flag === '--baseline') o.baseline = value();
    else if (flag === '--help') throw new UsageError('');
    else throw new UsageError(`unknown argument "${args[i]}"`);
  }
  // Unless told otherwise, each page is loaded as many times as each query is run.
  o.serverRuns ||= o.runs;
  return o;
}
