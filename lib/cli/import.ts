/**
 * `npm run import -- PATH... [--json] [--synthetic] [--workers N]`: imports report files and folders (recursively)
 * into the database (DATABASE_URL, default data/nianbao.db). Prints a progress bar, one line per failed
 * file, and a summary; with --json the summary is JSON on stdout. Exits 1 when any file failed.
 */
import { availableParallelism } from 'node:os';
import { importPaths } from '../ingest/import-files';
import { prepareDatabase } from '../ingest/bootstrap';
import { progressBar } from './progress';

async function main(): Promise<number> {
  const args = process.argv.slice(2).filter((a) => a !== '--');
  const json = args.includes('--json');
  const synthetic = args.includes('--synthetic');
  const w = args.indexOf('--workers');
  // One core writes; the others parse. `--workers 0` parses inline.
  const workers = w >= 0 ? Number(args[w + 1]) : Math.max(0, availableParallelism() - 1);
  const paths = args.filter((a, i) => !a.startsWith('--') && !(w >= 0 && i === w + 1));
  if (paths.length === 0) {
    process.stderr.write('usage: npm run import -- PATH... [--json] [--synthetic]\n');
    return 2;
  }
  const db = await prepareDatabase({ samples: false });
  const bar = progressBar();
  const summary = await importPaths(db, paths, {
    synthetic,
    workers,
    onProgress: (done, total, failed) => bar.update(done, total, failed),
    onFailure: (_file, error) => bar.line(`✗ ${error}`),
  });
  bar.end();
  const { imported, unchanged, replaced, failed, files, seconds } = summary;
  if (json) {
    process.stdout.write(JSON.stringify({ imported, unchanged, replaced, failed, files, seconds: Number(seconds.toFixed(3)) }, null, 2) + '\n');
  } else {
    const rate = seconds > 0 ? (files / seconds).toFixed(0) : '—';
    process.stdout.write(`${files} files in ${seconds.toFixed(1)} s (${rate}/s): ${imported} imported, ${replaced} replaced, ${unchanged} unchanged, ${failed.length} failed\n`);
  }
  db.$client.close();
  return failed.length > 0 ? 1 : 0;
}

main().then(
  (code) => (process.exitCode = code),
  (e) => {
    process.stderr.write(`import failed: ${e instanceof Error ? e.message : String(e)}\n`);
    process.exitCode = 2;
  },
);
