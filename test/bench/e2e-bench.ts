/**
 * `npm run bench [-- --size 10k|100k|1m]`: the whole pipeline at one size, end to end — generate a
 * synthetic corpus, parse rate on one thread, import with a worker per core, database size, every main
 * view's queries through the functions the pages call, and each page's server render with the server's
 * memory — printed and written into BENCHMARKS.md as that size's section. Flags: e2e/bench-options.ts;
 * how to reproduce: BENCHMARKS.md's intro. The parts live in test/bench/e2e/. It also checks that the
 * database finds the late, undated and copied reports the generator wrote, as many as its manifest says
 * (e2e/corpus-checks.ts), and the reports whose prose it copied (e2e/copy-checks.ts), and exits 1 when it
 * does not.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openDatabase } from '../../db/client';
import { prepareDatabase } from '../../lib/ingest/seed-samples';
import { readProseCopies } from '../../lib/synth/corpus-manifest';
import { listYears } from '../../db/queries/list-years';
import { agencyCases, qualityCases } from './e2e/agency-quality-cases';
import { buildApp, serverMemory, SERVER_LOG, startApp } from './e2e/app-server';
import { pickFilters } from './e2e/bench-picks';
import { parseBenchOptions, USAGE, UsageError, type BenchOptions } from './e2e/bench-options';
import type { BenchResults, QueryResult, ServerFigures } from './e2e/bench-results';
import { blocksAsMarkdown, blocksAsText, writeSection } from './e2e/benchmarks-file';
import { compareCases } from './e2e/compare-cases';
import { checkCorpusCounts, checkPassed, type CorpusCheck } from './e2e/corpus-checks';
import { checkProseCopies } from './e2e/copy-checks';
import {
  type CorpusFigures,
  existingCorpus,
  generateCorpus,
  measureParse,
  type ParseFigures,
} from './e2e/corpus-phase';
import { databaseSize, importCorpus, type ImportFigures } from './e2e/import-phase';
import { describeMachine, machineLine } from './e2e/machine';
import { overviewCases, regionCases } from './e2e/overview-region-cases';
import { readQueryMedians, slowerThanBaseline } from './e2e/query-baseline';
import { reportBlocks } from './e2e/report-blocks';
import { coverageCases, scoreCases } from './e2e/score-coverage-cases';
import { benchPages, timePages } from './e2e/server-pages';
import { timeCall } from './e2e/timing';

const say = (text: string) => process.stderr.write(`[bench] ${text}\n`);

async function ingest(o: BenchOptions, work: string, dbFile: string) {
  let corpus: CorpusFigures | undefined;
  let parse: ParseFigures | undefined;
  let imported: ImportFigures | undefined;
  if (o.corpus) {
    corpus = await existingCorpus(o.corpus);
    say(`corpus ${o.corpus}: ${corpus.reports} reports, ${corpus.mb.toFixed(1)} MB (reused, not generated)`);
  } else if (!o.db) {
    say(`generating ${o.reports} reports into ${path.join(work, 'corpus')}`);
    corpus = await generateCorpus(path.join(work, 'corpus'), o.reports);
  }
  if (corpus && o.parseSample > 0) {
    say(`parse rate on one thread over ${o.parseSample} files`);
    parse = await measureParse(corpus.dir, o.parseSample, corpus.synthetic);
  }
  if (corpus && !o.db) {
    say(`importing into ${dbFile} with ${o.workers} workers`);
    imported = await importCorpus(corpus.dir, dbFile, o.workers, corpus.synthetic, o.copyShares);
  }
  return { corpus, parse, imported };
}

/**
 * The manifest's counts against the database's, and the copies of prose it lists against the shares found
 * (unless the import left the shares out); null without a manifest that has them.
 */
async function checkCounts(
  dbFile: string,
  corpus: CorpusFigures | undefined,
  copyShares: boolean,
): Promise<CorpusCheck[] | null> {
  if (!corpus?.manifest) return null;
  const db = await prepareDatabase({ db: await openDatabase({ url: `file:${dbFile}` }), samples: false });
  try {
    const counts = await checkCorpusCounts(db, corpus.manifest);
    const copies = copyShares ? readProseCopies(corpus.dir) : null;
    const checks = counts && copies ? [...counts, ...(await checkProseCopies(db, copies))] : counts;
    for (const c of checks ?? [])
      say(`${checkPassed(c) ? 'ok  ' : 'DIFF'} ${c.what}: generator wrote ${c.wrote}, database found ${c.found}`);
    return checks;
  } finally {
    db.$client.close();
  }
}

async function measureQueries(dbFile: string, runs: number, synthetic: boolean | undefined) {
  // Prepared as the app prepares it (migrations, then any totals a migration or an interrupted import left marked).
  const db = await prepareDatabase({ db: await openDatabase({ url: `file:${dbFile}` }), samples: false });
  try {
    const picks = await pickFilters(db, synthetic ?? (await listYears(db, { synthetic: true })).length > 0);
    const cases = [
      ...overviewCases(db, picks),
      ...compareCases(db, picks),
      ...regionCases(db, picks),
      ...agencyCases(db, picks),
      ...qualityCases(db, picks),
      ...scoreCases(db, picks),
      ...coverageCases(db, picks),
    ];
    const queries: QueryResult[] = [];
    for (const [i, c] of cases.entries()) {
      say(`query ${i + 1}/${cases.length}: ${c.view} / ${c.filter} / ${c.call}`);
      const { run, ...meta } = c;
      queries.push({ ...meta, ...(await timeCall(run, runs)) });
    }
    return { picks, queries };
  } finally {
    db.$client.close();
  }
}

async function measureServer(o: BenchOptions, dbFile: string, picks: BenchResults['picks']): Promise<ServerFigures> {
  say(o.noBuild ? 'reusing .next-bench if built' : 'next build into .next-bench');
  const buildSeconds = await buildApp(o.noBuild);
  say(`next start against ${dbFile} (log: ${SERVER_LOG})`);
  const app = await startApp(dbFile);
  try {
    const pages = await timePages(app.baseURL, benchPages(picks), o.serverRuns);
    return { buildSeconds, startSeconds: app.startSeconds, pages, memory: serverMemory(app.pid) };
  } finally {
    await app.stop();
  }
}

/** This run's query cases against the earlier run's of the same size (--baseline). */
function againstBaseline(file: string, text: string, sizeLabel: string, queries: QueryResult[]) {
  const medians = readQueryMedians(text, sizeLabel);
  const compared = queries.filter((q) => medians.has(`${q.view} / ${q.filter} / ${q.call}`)).length;
  return { file, compared, slower: slowerThanBaseline(queries, medians) };
}

async function main(): Promise<number> {
  let o: BenchOptions;
  try {
    o = parseBenchOptions(process.argv.slice(2));
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    process.stderr.write(`${e.message ? `bench: ${e.message}\n` : ''}${USAGE}\n`);
    return 2;
  }
  // The app server runs in its own process group: end it (through the 'exit' handlers) on Ctrl-C too.
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => process.exit(130));
  const started = performance.now();
  // Read now, not after a long run: a wrong path fails at once (and --out may be the same file).
  const baselineText = o.baseline ? readFileSync(o.baseline, 'utf8') : '';
  const work = mkdtempSync(path.join(os.tmpdir(), 'nianbao-bench-'));
  const dbFile = o.db ? path.resolve(o.db) : path.join(work, 'bench.db');
  const machine = describeMachine(work);
  say(`machine: ${machineLine(machine)}`);
  let finished = false;
  try {
    const { corpus, parse, imported } = await ingest(o, work, dbFile);
    const dbSize = databaseSize(dbFile);
    const checks = await checkCounts(dbFile, corpus, o.copyShares && !o.db);
    const { picks, queries } = await measureQueries(dbFile, o.runs, corpus?.synthetic);
    const server = o.skipServer ? undefined : await measureServer(o, dbFile, picks);
    const sizeLabel = o.sizeGiven || (!o.corpus && !o.db) ? o.sizeLabel : picks.reports.toLocaleString('en-US');
    const results: BenchResults = {
      sizeLabel,
      machine,
      runs: o.runs,
      serverRuns: o.serverRuns,
      corpus,
      parse,
      import: imported,
      dbFile,
      dbSize,
      picks,
      checks,
      queries,
      baseline: o.baseline === undefined ? undefined : againstBaseline(o.baseline, baselineText, sizeLabel, queries),
      server,
      seconds: (performance.now() - started) / 1000,
    };
    const blocks = reportBlocks(results);
    console.log(blocksAsText(blocks));
    writeSection(o.out, results.sizeLabel, blocksAsMarkdown(blocks));
    console.log(`\nwritten: section "## ${results.sizeLabel} reports" of ${o.out}`);
    const differ = (checks ?? []).filter((c) => !checkPassed(c));
    if (differ.length) {
      console.log(
        `\nFAILED: the database does not find what the generator wrote: ${differ.map((c) => c.what).join('; ')}`,
      );
      return 1;
    }
    finished = true;
  } finally {
    // The corpus and database of a run can be tens of GB at 1m: kept only when asked for, or to look into a failure.
    if (o.keep || !finished)
      console.log(
        `kept: ${work} (reuse with${o.corpus ? '' : ` --corpus ${path.join(work, 'corpus')} or`} --db ${dbFile})`,
      );
    else rmSync(work, { recursive: true, force: true });
  }
  return 0;
}

main().then(
  (code) => (process.exitCode = code),
  (e) => {
    process.stderr.write(`bench failed: ${e instanceof Error ? e.stack : String(e)}\n`);
    process.exitCode = 1;
  },
);
