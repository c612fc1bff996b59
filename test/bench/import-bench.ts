/**
 * `npm run bench:import [-- --reports N --group G]`: reports/s into a file database.
 * Corpus: N synthetic reports with distinct agency-years (county names × agency types × years), rendered
 * in the text and HTML forms. Phases timed separately: prepare (parse, region, metrics, compression),
 * save (the database writes), and end to end from files on disk through `importPaths`.
 */
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openDatabase } from '../../db/client';
import { saveReports } from '../../lib/ingest/save-reports';
import { prepareDatabase } from '../../lib/ingest/seed-samples';
import { importPaths } from '../../lib/ingest/import-files';
import {
  PREPARE_STAGES,
  type PrepareTimings,
  type PreparedReport,
  prepareReport,
} from '../../lib/ingest/prepare-report';
import { listRegions } from '../../lib/regions';
import { mulberry32, randomContent, renderHtml, renderText } from '../../lib/synth/render';

const args = process.argv.slice(2);
const arg = (name: string, fallback: number) => {
  const i = args.indexOf(name);
  return i >= 0 ? Number(args[i + 1]) : fallback;
};
const N = arg('--reports', 5000);
const GROUP = arg('--group', 200);
const WORKERS = arg('--workers', os.availableParallelism());
const TYPES = [
  '教育局',
  '科学技术局',
  '公安局',
  '民政局',
  '财政局',
  '人力资源和社会保障局',
  '自然资源局',
  '生态环境局',
  '住房和城乡建设局',
  '交通运输局',
  '农业农村局',
  '卫生健康委员会',
  '市场监督管理局',
  '人民政府办公室',
];
const YEARS = [2019, 2020, 2021, 2022, 2023, 2024];

function corpus(n: number): { name: string; bytes: Uint8Array }[] {
  const counties = listRegions().filter((r) => r.level === 'county' && r.county && !/市辖区/.test(r.county));
  const out: { name: string; bytes: Uint8Array }[] = [];
  const rng = mulberry32(42);
  for (let i = 0; i < n; i++) {
    const year = YEARS[i % YEARS.length];
    const slot = Math.floor(i / YEARS.length);
    const county = counties[slot % counties.length];
    const agency = `${county.county}${TYPES[Math.floor(slot / counties.length) % TYPES.length]}`;
    const content = randomContent(rng, { agency, year, blanks: 0.05 });
    const html = i % 4 === 3;
    const text = html
      ? renderHtml(content, { page: false })
      : renderText(content, i % 2 ? 'tab-rows' : 'cell-per-line');
    out.push({ name: `r${i}.${html ? 'html' : 'txt'}`, bytes: new TextEncoder().encode(text) });
  }
  return out;
}

function fmt(n: number, d = 0) {
  return n.toLocaleString('en-US', { maximumFractionDigits: d, minimumFractionDigits: d });
}

async function main() {
  const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
  console.log(
    `machine: ${cpu} × ${os.cpus().length} cores, ${(os.totalmem() / 2 ** 30).toFixed(1)} GiB RAM, node ${process.version}`,
  );
  console.log(`command: npm run bench:import -- --reports ${N} --group ${GROUP} --workers ${WORKERS}`);
  const docs = corpus(N);
  const mb = docs.reduce((a, d) => a + d.bytes.length, 0) / 2 ** 20;
  console.log(`corpus: ${fmt(N)} synthetic reports, ${fmt(mb, 1)} MB (¾ text, ¼ HTML), distinct agency-years`);

  const dir = mkdtempSync(path.join(os.tmpdir(), 'nianbao-bench-'));
  const db = await prepareDatabase({
    db: await openDatabase({ url: `file:${path.join(dir, 'bench.db')}` }),
    samples: false,
  });

  let t = performance.now();
  const prepared: PreparedReport[] = [];
  for (const d of docs) prepared.push(await prepareReport(d.bytes, d.name, { synthetic: true }));
  const prepareS = (performance.now() - t) / 1000;
  // The same reports again, each stage timed (issue 21: anything over 0.1 ms a report that is not the parse is a target).
  const timings: PrepareTimings = {};
  t = performance.now();
  for (const d of docs) await prepareReport(d.bytes, d.name, { synthetic: true, timings });
  const timedS = (performance.now() - t) / 1000;

  t = performance.now();
  let imported = 0;
  for (let i = 0; i < prepared.length; i += GROUP) {
    for (const o of await saveReports(db, prepared.slice(i, i + GROUP)))
      if (o.ok && o.value.status === 'imported') imported++;
  }
  const saveS = (performance.now() - t) / 1000;
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
  const summary = await importPaths(db2, [filesDir], { synthetic: true, groupSize: GROUP, workers: WORKERS });
  const e2eS = (performance.now() - t) / 1000;
  const copied = await db2.$client.execute(
    'SELECT count(copied_prev) AS prev, sum(copied_prev >= 0.5) AS prev_half, count(copied_peer) AS peer FROM report_metrics',
  );
  db2.$client.close();
  // The same import without the copy-paste comparison: what the comparison costs (issue 16: under 20 %).
  const db3 = await prepareDatabase({
    db: await openDatabase({ url: `file:${path.join(dir, 'e2e-plain.db')}` }),
    samples: false,
  });
  t = performance.now();
  await importPaths(db3, [filesDir], { synthetic: true, groupSize: GROUP, workers: WORKERS, copyShares: false });
  const plainS = (performance.now() - t) / 1000;
  db3.$client.close();

  console.log('');
  console.log('phase                     reports   seconds   reports/s');
  console.log(
    `prepare (parse+metrics)   ${fmt(N).padStart(7)}   ${prepareS.toFixed(2).padStart(7)}   ${fmt(N / prepareS).padStart(9)}`,
  );
  console.log(
    `save (database writes)    ${fmt(imported).padStart(7)}   ${saveS.toFixed(2).padStart(7)}   ${fmt(N / saveS).padStart(9)}`,
  );
  console.log(
    `end to end (${WORKERS} workers)${fmt(summary.imported).padStart(7)}   ${e2eS.toFixed(2).padStart(7)}   ${fmt(N / e2eS).padStart(9)}`,
  );
  console.log(
    `without copy shares       ${fmt(summary.imported).padStart(7)}   ${plainS.toFixed(2).padStart(7)}   ${fmt(N / plainS).padStart(9)}`,
  );
  console.log('');
  console.log(`prepare, per stage (a second pass, ${fmt((timedS * 1000) / N, 3)} ms a report in all):`);
  console.log('stage             ms/report   share');
  const staged = PREPARE_STAGES.reduce((a, s) => a + (timings[s] ?? 0), 0);
  for (const stage of PREPARE_STAGES) {
    const ms = timings[stage] ?? 0;
    console.log(
      `${stage.padEnd(16)} ${fmt(ms / N, 4).padStart(10)}   ${fmt((ms / staged) * 100, 1).padStart(5)} %${stage !== 'parse' && ms / N > 0.1 ? '   ← over 0.1 ms' : ''}`,
    );
  }
  const c = copied.rows[0];
  console.log(
    `copy-paste comparison: +${fmt(((e2eS - plainS) / plainS) * 100, 1)} % import time; shares found: ${fmt(Number(c.prev))} against the previous year (${fmt(Number(c.prev_half ?? 0))} at 50 % or more), ${fmt(Number(c.peer))} against a peer`,
  );
  console.log(
    `database: ${fmt(size / 2 ** 20, 1)} MB for ${fmt(imported)} reports (${fmt(size / imported / 1024, 1)} KB/report, originals and parsed documents included)`,
  );
  if (summary.failed.length) console.log(`failed: ${summary.failed.length}, e.g. ${summary.failed[0].error}`);
  rmSync(dir, { recursive: true, force: true });
}

main();
