/**
 * `npm run import -- PATH... [--json] [--synthetic] [--workers N]`: imports report files and folders (recursively)
 * into the database (DATABASE_URL, default data/nianbao.db). Prints a progress bar, one line per failed
 * file, and a summary; with --json the summary is JSON on stdout. Exits 1 when any file failed.
 */
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { importPaths } from '../ingest/import-files';
import { prepareDatabase } from '../ingest/seed-samples';
import { corpusReportPaths, syntheticCorpusOf } from '../synth/corpus-manifest';
import { progressBar } from './progress';
import { errorMessage } from '../refusal/refusal';

async function main(): Promise<number> {
  const args = process.argv.slice(2).filter((a) => a !== '--');
  const json = args.includes('--json');
  const synthetic = args.includes('--synthetic');
  const w = args.indexOf('--workers');
  // One parsing worker per core: the writing thread waits most of the time beside two workers, so it needs
  // no core of its own (measured: BENCHMARKS.md, 'Figures from code comments'). `--workers 0` parses inline.
  const workers = w >= 0 ? Number(args[w + 1]) : availableParallelism();
  const paths = args.filter((a, i) => !a.startsWith('--') && !(w >= 0 && i === w + 1));
  if (paths.length === 0) {
    process.stderr.write('usage: npm run import -- PATH... [--json] [--synthetic] [--workers N]\n');
    return 2;
  }
  // A generated corpus says so in its manifest.json: imported unmarked, its reports would pass for real ones.
  const corpora = paths.map(syntheticCorpusOf);
  const marked = corpora.findIndex(Boolean);
  if (marked >= 0 && !synthetic) {
    process.stderr.write(
      `${paths[marked]} is synthetic data (${path.join(corpora[marked]!.dir, 'manifest.json')} says so): import it with --synthetic, which marks it synthetic in the database and in every view\n`,
    );
    return 2;
  }
  // The manifest itself is not a report: a corpus folder is imported as its shards.
  const inputs = paths.flatMap((p, i) => (corpora[i]?.dir === path.resolve(p) ? corpusReportPaths(p) : [p]));
  const db = await prepareDatabase({ samples: false });
  const bar = progressBar();
  const summary = await importPaths(db, inputs, {
    synthetic,
    workers,
    onProgress: (done, total, failed) => bar.update(done, total, failed),
    onFailure: (_file, error) => bar.line(`✗ ${error}`),
  });
  bar.end();
  const { imported, unchanged, replaced, held, failed, files, seconds } = summary;
  if (json) {
    process.stdout.write(
      `${JSON.stringify(
        { imported, unchanged, replaced, held, failed, files, seconds: Number(seconds.toFixed(3)) },
        null,
        2,
      )}\n`,
    );
  } else {
    const rate = seconds > 0 ? (files / seconds).toFixed(0) : '—';
    process.stdout.write(
      `${files} files in ${seconds.toFixed(1)} s (${rate}/s): ${imported} imported, ${replaced} replaced, ${unchanged} unchanged, ${held > 0 ? `${held} held for review (uncertain agency or year: see /quality or \`npm run agency -- held\`), ` : ''}${failed.length} failed\n`,
    );
  }
  db.$client.close();
  return failed.length > 0 ? 1 : 0;
}

main().then(
  (code) => (process.exitCode = code),
  (e) => {
    process.stderr.write(`import failed: ${errorMessage(e)}\n`);
    process.exitCode = 2;
  },
);
