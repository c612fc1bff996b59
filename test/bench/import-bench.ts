/**
 * `npm run bench:import [-- --reports N --group G]`: reports/s into a file database.
 * Corpus: N synthetic reports as `npm run generate` writes them (every form, realistic prose), distinct
 * agency-years. Phases timed separately: prepare (parse, region, metrics, compression),
 * save (the database writes), and end to end from files on disk through `importPaths`.
 */
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openDatabase } from '../../db/client';
import { saveReports } from '../../lib/ingest/save-reports';
import { prepareDatabase } from '../../lib/ingest/seed-samples';
import { GROUP_SIZE, importPaths } from '../../lib/ingest/import-files';
import {
  PREPARE_STAGES,
  type PrepareTimings,
  type PreparedReport,
  prepareReport,
} from '../../lib/ingest/prepare-report';
import { planCorpus, renderReport, reportFileName } from '../../lib/synth/corpus';
import { machineLine } from './format';

const args = process.argv.slice(2);
const arg = (name: string, fallback: number) => {
  const i = args.indexOf(name);
  return i >= 0 ? Number(args[i + 1]) : fallback;
};
const N = arg('--reports', 5000);
const GROUP = arg('--group', GROUP_SIZE);
const WORKERS = arg('--workers', os.availableParallelism());
const SEED = arg('--seed', 42);
/** `--skip-plain`: no second end-to-end import without the copy-paste comparison (half the bench's time). */
const PLAIN = !args.includes('--skip-plain');

/**
 * The reports the e2e bench and `npm run generate` write (lib/synth/corpus.ts): real agencies, every form in
 * its share (¼ HTML, a few Markdown, the rest text), realistic prose with its copies, each agency-year once.
 */
function corpus(n: number): { name: string; bytes: Uint8Array }[] {
  const encoder = new TextEncoder();
  const out: { name: string; bytes: Uint8Array }[] = [];
  for (const r of planCorpus({ seed: SEED, reports: n }))
    out.push({ name: reportFileName(r), bytes: encoder.encode(renderReport(r)) });
  return out;
}

/** Process CPU (user + system, every thread) in seconds since `from`: the machine is shared, so wall time alone misleads. */
function cpuSince(from: NodeJS.CpuUsage): number {
  const used = process.cpuUsage(from);
  return (used.user + used.system) / 1e6;
}

function fmt(n: number, d = 0) {
  return n.toLocaleString('en-US', { maximumFractionDigits: d, minimumFractionDigits: d });
}

async function main() {
  console.log(`machine: ${machineLine()}`);
  console.log(`command: npm run bench:import -- --reports ${N} --group ${GROUP} --workers ${WORKERS} --seed ${SEED}`);
  const docs = corpus(N);
  const mb = docs.reduce((a, d) => a + d.bytes.length, 0) / 2 ** 20;
  console.log(`corpus: ${fmt(N)} synthetic reports (lib/synth, seed ${SEED}), ${fmt(mb, 1)} MB, distinct agency-years`);

  const dir = mkdtempSync(path.join(os.tmpdir(), 'nianbao-bench-'));
  const db = await prepareDatabase({
    db: await openDatabase({ url: `file:${path.join(dir, 'bench.db')}` }),
    samples: false,
  });

  let t = performance.now();
  let cpu0 = process.cpuUsage();
  const prepared: PreparedReport[] = [];
  for (const d of docs) prepared.push(await prepareReport(d.bytes, d.name, { synthetic: true }));
  const prepareS = (performance.now() - t) / 1000;
  const prepareCpu = cpuSince(cpu0);
  // The same reports again, each stage timed (issue 21: anything over 0.1 ms a report that is not the parse is a target).
  const timings: PrepareTimings = {};
  t = performance.now();
  for (const d of docs) await prepareReport(d.bytes, d.name, { synthetic: true, timings });
  const timedS = (performance.now() - t) / 1000;

  t = performance.now();
  cpu0 = process.cpuUsage();
  let imported = 0;
  for (let i = 0; i < prepared.length; i += GROUP) {
    for (const o of await saveReports(db, prepared.slice(i, i + GROUP)))
      if (o.ok && o.value.status === 'imported') imported++;
  }
  const saveS = (performance.now() - t) / 1000;
  const saveCpu = cpuSince(cpu0);
  db.$client.close();
  const size =
    statSync(path.join(dir, 'bench.db')).size +
    (statSync(path.join(dir, 'bench.db-wal'), { throwIfNoEntry: false })?.size ?? 0);

  const filesDir = path.join(dir, 'files');
  (await import('node:fs')).mkdirSync(filesDir);
  for (const d of docs) writeFileSync(path.join(filesDir, d.name), d.bytes);
  const db2 = await prepareDatabase({
    db: await openDatabase({ url: `file:${path.join(dir, 'e2e.db')}` }),
    samples: false,
  });
  t = performance.now();
  cpu0 = process.cpuUsage();
  const summary = await importPaths(db2, [filesDir], { synthetic: true, groupSize: GROUP, workers: WORKERS });
  const e2eS = (performance.now() - t) / 1000;
  const e2eCpu = cpuSince(cpu0);
  const copied = await db2.$client.execute(
    'SELECT count(copied_prev) AS prev, sum(copied_prev >= 0.5) AS prev_half, count(copied_peer) AS peer FROM report_metrics',
  );
  db2.$client.close();
  // The same import without the copy-paste comparison: what the comparison costs (issue 16: under 20 %).
  let plainS = Number.NaN;
  let plainCpu = Number.NaN;
  if (PLAIN) {
    const db3 = await prepareDatabase({
      db: await openDatabase({ url: `file:${path.join(dir, 'e2e-plain.db')}` }),
      samples: false,
    });
    t = performance.now();
    cpu0 = process.cpuUsage();
    await importPaths(db3, [filesDir], { synthetic: true, groupSize: GROUP, workers: WORKERS, copyShares: false });
    plainS = (performance.now() - t) / 1000;
    plainCpu = cpuSince(cpu0);
    db3.$client.close();
  }

  console.log('');
  console.log('phase                     reports   seconds   reports/s   CPU ms/report');
  const row = (label: string, count: number, seconds: number, cpuS: number) =>
    console.log(
      `${label.padEnd(25)} ${fmt(count).padStart(7)}   ${seconds.toFixed(2).padStart(7)}   ${fmt(N / seconds).padStart(9)}   ${fmt((cpuS * 1000) / N, 3).padStart(13)}`,
    );
  row('prepare (one thread)', N, prepareS, prepareCpu);
  row('save (database writes)', imported, saveS, saveCpu);
  row(`end to end (${WORKERS} workers)`, summary.imported, e2eS, e2eCpu);
  if (PLAIN) row('without copy shares', summary.imported, plainS, plainCpu);
  console.log('');
  console.log(
    `prepare, per stage, CPU (a second pass, ${fmt((timedS * 1000) / N, 3)} ms of wall time a report in all):`,
  );
  console.log('stage             µs/report   share');
  const staged = PREPARE_STAGES.reduce((a, s) => a + (timings[s] ?? 0), 0);
  for (const stage of PREPARE_STAGES) {
    const ms = timings[stage] ?? 0;
    console.log(
      `${stage.padEnd(16)} ${fmt((ms * 1000) / N, 1).padStart(10)}   ${fmt((ms / staged) * 100, 1).padStart(5)} %${stage !== 'parse' && ms / N > 0.1 ? '   ← over 0.1 ms' : ''}`,
    );
  }
  const c = copied.rows[0];
  if (PLAIN) console.log(`copy-paste comparison: +${fmt(((e2eS - plainS) / plainS) * 100, 1)} % import time`);
  console.log(
    `copy shares found: ${fmt(Number(c.prev))} against the previous year (${fmt(Number(c.prev_half ?? 0))} at 50 % or more), ${fmt(Number(c.peer))} against a peer`,
  );
  console.log(
    `database: ${fmt(size / 2 ** 20, 1)} MB for ${fmt(imported)} reports (${fmt(size / imported / 1024, 1)} KB/report, originals and parsed documents included)`,
  );
  if (summary.failed.length) console.log(`failed: ${summary.failed.length}, e.g. ${summary.failed[0].error}`);
  rmSync(dir, { recursive: true, force: true });
}

main();
