/**
 * `npm run -s parse -- PATH... [--jsonl] [--workers N]`: parses report files and folders (recursively, in name
 * order, hidden entries skipped, as the import walks them; a generated corpus without its manifest and list of
 * copies) and prints one entry per file, in that order:
 * `{ file, ...report }`, or `{ file, error }` for a file that cannot be read (its error also goes to stderr).
 * Without --jsonl the entries form one JSON array; with --jsonl each is one line, written as soon as it and
 * the files before it are parsed. Either way entries are written as they come, never held until the end.
 * Parsing runs on N worker threads (default: one per core; 0 parses on the main thread). Region and agency
 * type are filled as the import fills them, so the JSON is what docs/report-json.md describes. Exits 1 when
 * any file failed, 2 on a usage error.
 */
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { corpusReportPaths, syntheticCorpusOf } from '../synth/corpus-manifest';
import type { EntryStyle } from './parse-entry';
import { parsePool } from './parse-pool';
import { EntryWriter, streamEntries } from './parse-stream';

const USAGE = 'usage: npm run -s parse -- PATH... [--jsonl] [--workers N]\n';

interface Options {
  paths: string[];
  style: EntryStyle;
  workers: number;
}

function readArgs(argv: string[]): Options | string {
  const options: Options = { paths: [], style: 'array', workers: availableParallelism() };
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i].split('=', 2);
    if (flag === '--') continue;
    if (flag === '--jsonl') options.style = 'jsonl';
    else if (flag === '--workers') {
      const value = inline ?? argv[++i] ?? '';
      const n = Number(value);
      if (!/^\d+$/.test(value) || n > 256) return `--workers "${value}" is not a count of threads (0 parses inline)`;
      options.workers = n;
    } else if (flag.startsWith('--')) return `unknown option ${argv[i]}`;
    else options.paths.push(argv[i]);
  }
  return options.paths.length > 0 ? options : 'no file or folder given';
}

async function main(): Promise<number> {
  const options = readArgs(process.argv.slice(2));
  if (typeof options === 'string') {
    process.stderr.write(`${options}\n${USAGE}`);
    return 2;
  }
  // A generated corpus folder is read as its shards: its manifest and list of copies are not reports.
  const inputs = options.paths.flatMap((p) =>
    syntheticCorpusOf(p)?.dir === path.resolve(p) ? corpusReportPaths(p) : [p],
  );
  const writer = new EntryWriter(options.style, process.stdout, process.stderr);
  const pool = parsePool(options.workers, options.style);
  try {
    await streamEntries(inputs, pool, writer, options.style);
  } finally {
    await pool.close();
  }
  return writer.failed > 0 ? 1 : 0;
}

// A reader that stops early (`| head`) closes stdout: nothing more to say.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
});

main().then(
  (code) => (process.exitCode = code),
  (e) => {
    process.stderr.write(`parse failed: ${e instanceof Error ? e.message : String(e)}\n`);
    process.exitCode = 1;
  },
);
