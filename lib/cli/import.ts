/**
 * `npm run import -- PATH... [--json] [--synthetic] [--workers N] [--published YYYY-MM-DD]`: imports report files
 * and folders (recursively)
 * into the database (DATABASE_URL, default data/nianbao.db). Prints a progress bar, one line per failed
 * file, and a summary; with --json the summary is JSON on stdout. Exits 1 when any file failed.
 */
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { readGivenDate } from '../ingest/given-date';
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
  // The publication date the person importing knows (from the website, say): kept above what the files say.
  const p = args.indexOf('--published');
  const published = p >= 0 ? readGivenDate(args[p + 1] ?? '') : undefined;
  const values = new Set([w, p].filter((i) => i >= 0).map((i) => i + 1));
  const paths = args.filter((a, i) => !a.startsWith('--') && !values.has(i));
  if (paths.length === 0 || published === null) {
    if (published === null)
      process.stderr.write(`--published "${args[p + 1] ?? ''}" is not a date: write it as 2022-01-20\n`);
    process.stderr.write(
      'usage: npm run import -- PATH... [--json] [--synthetic] [--workers N] [--published YYYY-MM-DD]\n',
    );
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
  // The bar is finished before anything else is printed, the summary or the error that stopped the import.
  const summary = await importPaths(db, inputs, {
    synthetic,
    workers,
    published,
    onProgress: (done, total, failed) => bar.update(done, total, failed),
    onFailure: (_file, error) => bar.line(`✗ ${error}`),
  }).finally(() => bar.end());
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
