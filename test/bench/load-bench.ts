/**
 * `npm run bench:load [-- --reports 10000 --clients 20 --seconds 60]`: the app under a mix of page
 * requests and exports. Generates and imports a synthetic corpus into a temporary database (or takes
 * --db), builds into .next-load and serves it with an admin token, times each export alone, then runs the
 * clients while sampling the server's memory every second; prints the figures with two pass lines (no
 * page waits over 1 s behind an export, server RSS under 1 GB) and writes them into BENCHMARKS.md.
 * Flags: load/load-options.ts. The parts live in test/bench/load/ and reuse test/bench/e2e/.
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openDatabase } from '../../db/client';
import { MAX_EXPORT_ROWS, PUBLIC_EXPORT_ROWS } from '../../lib/dashboard/compare-export';
import { EXPORT_LIMITS } from '../../lib/export/export-thread';
import { prepareDatabase } from '../../lib/ingest/seed-samples';
import { buildApp, startApp } from './e2e/app-server';
import { pickFilters } from './e2e/bench-picks';
import { blocksAsMarkdown, blocksAsText, writeNamedSection } from './e2e/benchmarks-file';
import { generateCorpus } from './e2e/corpus-phase';
import { databaseSize, importCorpus } from './e2e/import-phase';
import { describeMachine, machineLine } from './e2e/machine';
import { runClients } from './load/load-clients';
import { loadFigures, spread } from './load/load-figures';
import { parseLoadOptions, USAGE, UsageError, type LoadOptions } from './load/load-options';
import { loadBlocks, loadCommand, type LoadResults } from './load/load-report';
import { exportRequests, exportViews, pageRequests, soloExports } from './load/load-requests';
import { sampleRss, treeRssMiB } from './load/server-memory';
import { timeSoloExports } from './load/solo-exports';

const DIST_DIR = '.next-load';
const SERVER_LOG = path.resolve(__dirname, '../output/load-server.log');
/** Idle export threads end after 10 s (lib/export/export-thread.ts); the memory is read again after this. */
const SETTLE_SECONDS = 15;
const LATER_SECONDS = 45;
/** Pages only, before the mix, for comparison. */
const ALONE_SECONDS = 15;
/** After the mix: one client reading pages while all the others export. */
const STORM_SECONDS = 20;

const say = (text: string) => process.stderr.write(`[bench:load] ${text}\n`);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function dataset(o: LoadOptions, work: string): Promise<string> {
  if (o.db) return path.resolve(o.db);
  const dbFile = path.join(work, 'load.db');
  say(`generating ${o.reports} reports into ${path.join(work, 'corpus')}`);
  const corpus = await generateCorpus(path.join(work, 'corpus'), o.reports);
  say(`importing into ${dbFile}`);
  const imported = await importCorpus(corpus.dir, dbFile, os.availableParallelism(), true);
  if (imported.failed) throw new Error(`${imported.failed} reports failed to import: ${imported.firstFailure}`);
  return dbFile;
}

/** What the clients ask for, picked from the data as the e2e bench picks its filters. */
async function plan(dbFile: string) {
  const db = await prepareDatabase({ db: await openDatabase({ url: `file:${dbFile}` }), samples: false });
  try {
    const picks = await pickFilters(db, true);
    const views = await exportViews(db, picks);
    return { picks, views, pages: pageRequests(picks), exports: exportRequests(views) };
  } finally {
    db.$client.close();
  }
}

async function measure(
  o: LoadOptions,
  dbFile: string,
  started: number,
  machine: LoadResults['machine'],
): Promise<LoadResults> {
  const { picks, views, pages, exports } = await plan(dbFile);
  say(o.noBuild ? `reusing ${DIST_DIR} if built` : `next build into ${DIST_DIR}`);
  const buildSeconds = await buildApp(o.noBuild, { distDir: DIST_DIR });
  const token = randomBytes(12).toString('hex');
  say(`next start against ${dbFile} (log: ${SERVER_LOG})`);
  const app = await startApp(dbFile, { distDir: DIST_DIR, log: SERVER_LOG, env: { NIANBAO_ADMIN_TOKEN: token } });
  try {
    for (const page of pages) await fetch(app.baseURL + page.path).then((r) => r.arrayBuffer());
    say('each export alone');
    const solo = await timeSoloExports(app.baseURL, token, soloExports(views));
    await sleep(SETTLE_SECONDS * 1000);
    const load = { baseURL: app.baseURL, token, pages, exports, clients: o.clients };
    say(`${o.clients} clients, pages only, for ${ALONE_SECONDS} s`);
    const alone = await runClients({ ...load, seconds: ALONE_SECONDS, exportShare: 0 });
    const before = treeRssMiB(app.pid);
    say(`${o.clients} clients for ${o.seconds} s`);
    const sampler = sampleRss(app.pid);
    const samples = await runClients({ ...load, seconds: o.seconds, exportShare: o.exportShare });
    say(`1 page reader beside ${o.clients - 1} clients exporting, for ${STORM_SECONDS} s`);
    const [reader, storm] = await Promise.all([
      runClients({ ...load, clients: 1, seconds: STORM_SECONDS, exportShare: 0 }),
      runClients({ ...load, clients: Math.max(1, o.clients - 1), seconds: STORM_SECONDS, exportShare: 1 }),
    ]);
    sampler.stop();
    const end = treeRssMiB(app.pid);
    say(`waiting ${SETTLE_SECONDS} s for the memory to settle`);
    await sleep(SETTLE_SECONDS * 1000);
    const after = treeRssMiB(app.pid);
    await sleep(LATER_SECONDS * 1000 - SETTLE_SECONDS * 1000);
    const later = treeRssMiB(app.pid);
    const size = databaseSize(dbFile);
    return {
      machine,
      options: o,
      dataset: {
        reports: picks.reports,
        agencies: picks.agencyCount,
        years: picks.years,
        dbMiB: size.fileMiB + size.walMiB,
      },
      limits: { publicRows: PUBLIC_EXPORT_ROWS, maxRows: MAX_EXPORT_ROWS, ...EXPORT_LIMITS },
      server: { buildSeconds, startSeconds: app.startSeconds },
      solo,
      pagesAlone: { ...spread(alone), seconds: ALONE_SECONDS },
      load: loadFigures(samples, o.seconds),
      storm: {
        seconds: STORM_SECONDS,
        exporters: Math.max(1, o.clients - 1),
        pages: spread(reader),
        exports: loadFigures(storm, STORM_SECONDS),
      },
      rss: {
        before,
        peak: Math.max(...sampler.samples.map(([, mib]) => mib)),
        end,
        after,
        settleSeconds: SETTLE_SECONDS,
        later,
        laterSeconds: LATER_SECONDS,
        series: sampler.samples,
      },
      seconds: (performance.now() - started) / 1000,
    };
  } finally {
    await app.stop();
  }
}

async function main(): Promise<number> {
  let o: LoadOptions;
  try {
    o = parseLoadOptions(process.argv.slice(2));
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    process.stderr.write(`${e.message ? `bench:load: ${e.message}\n` : ''}${USAGE}\n`);
    return 2;
  }
  // The server runs in its own process group: end it (through the 'exit' handlers) on Ctrl-C too.
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => process.exit(130));
  const started = performance.now();
  const work = mkdtempSync(path.join(os.tmpdir(), 'nianbao-load-'));
  const machine = { ...describeMachine(work), command: loadCommand() };
  say(`machine: ${machineLine(machine)}`);
  let finished = false;
  try {
    const dbFile = await dataset(o, work);
    const results = await measure(o, dbFile, started, machine);
    const blocks = loadBlocks(results);
    console.log(blocksAsText(blocks));
    if (o.out) {
      const heading = `## Exports under load (${results.dataset.reports.toLocaleString('en-US')} reports)`;
      writeNamedSection(o.out, heading, blocksAsMarkdown(blocks));
      console.log(`\nwritten: section "${heading}" of ${o.out}`);
    }
    finished = true;
  } finally {
    if (o.keep || !finished)
      console.log(`kept: ${work}${o.db ? '' : ` (reuse with --db ${path.join(work, 'load.db')})`}`);
    else rmSync(work, { recursive: true, force: true });
  }
  return 0;
}

main().then(
  (code) => (process.exitCode = code),
  (e) => {
    process.stderr.write(`bench:load failed: ${e instanceof Error ? e.stack : String(e)}\n`);
    process.exitCode = 1;
  },
);
