/** The command line of `npm run bench:load`. */

export interface LoadOptions {
  /** Synthetic reports to generate and import (ignored with --db). */
  reports: number;
  clients: number;
  seconds: number;
  /** Share of a client's requests that are exports (the rest are pages). */
  exportShare: number;
  /** An existing database (a bench's --keep) instead of generating and importing. */
  db?: string;
  /** Reuse the .next-load build. */
  noBuild: boolean;
  keep: boolean;
  /** Where the section goes; none with --no-write. */
  out: string | null;
}

export const USAGE = `usage: npm run bench:load -- [--reports 10000] [--clients 20] [--seconds 60] [--export-share 0.25]
       [--db FILE] [--no-build] [--keep] [--out BENCHMARKS.md | --no-write]`;

export class UsageError extends Error {}

function number(flag: string, text: string | undefined, min: number, max = Infinity): number {
  const n = Number(text);
  if (text === undefined || !Number.isFinite(n) || n < min || n > max)
    throw new UsageError(
      `${flag} takes a number from ${min}${max < Infinity ? ` to ${max}` : ''}, not "${text ?? ''}"`,
    );
  return n;
}

export function parseLoadOptions(argv: string[]): LoadOptions {
  const o: LoadOptions = {
    reports: 10_000,
    clients: 20,
    seconds: 60,
    exportShare: 0.25,
    noBuild: false,
    keep: false,
    out: 'BENCHMARKS.md',
  };
  const args = argv.filter((a) => a !== '--');
  for (let i = 0; i < args.length; i++) {
    const [flag, inline] = args[i].split(/=(.*)/s, 2);
    const value = () => {
      const v = inline ?? args[++i];
      if (v === undefined || v.startsWith('--')) throw new UsageError(`${flag} needs a value`);
      return v;
    };
    if (flag === '--reports') o.reports = Math.round(number(flag, value(), 1));
    else if (flag === '--clients') o.clients = Math.round(number(flag, value(), 1));
    else if (flag === '--seconds') o.seconds = number(flag, value(), 1);
    else if (flag === '--export-share') o.exportShare = number(flag, value(), 0, 1);
    else if (flag === '--db') o.db = value();
    else if (flag === '--no-build') o.noBuild = true;
    else if (flag === '--keep') o.keep = true;
    else if (flag === '--out') o.out = value();
    else if (flag === '--no-write') o.out = null;
    else if (flag === '--help') throw new UsageError('');
    else throw new UsageError(`unknown argument "${args[i]}"`);
  }
  return o;
}
