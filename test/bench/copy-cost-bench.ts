/**
 * `npm run bench:copy [-- --corpus DIR | --reports N] [--rounds 2] [--workers N]`: what the copy-paste
 * comparison (issue 16, lib/ingest/refresh-copy-shares.ts) adds to the import time — the issue asks < 20 % at
 * 100k reports. The same generated corpus imported into a new database with the comparison and without it,
 * in turns (on, off, on, off, …), so a machine shared with other work weighs on both alike; each import's
 * seconds, wall and CPU (the process's, its worker threads included: less swayed by other work on the
 * machine), and the added share of each pair are printed, then their median. After each import with the
 * comparison, the shares found are checked against the copies the generator wrote (e2e/copy-checks.ts).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openDatabase } from '../../db/client';
import { prepareDatabase } from '../../lib/ingest/seed-samples';
import { readProseCopies } from '../../lib/synth/corpus-manifest';
import { checkPassed } from './e2e/corpus-checks';
import { checkProseCopies } from './e2e/copy-checks';
import { generateCorpus } from './e2e/corpus-phase';
import { importCorpus } from './e2e/import-phase';
import { machineLine } from './format';

const args = process.argv.slice(2).filter((a) => a !== '--');
const arg = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const ROUNDS = Number(arg('--rounds') ?? 2);
const WORKERS = Number(arg('--workers') ?? os.availableParallelism());
const say = (text: string) => process.stderr.write(`[bench:copy] ${text}\n`);

async function main(): Promise<number> {
  const work = mkdtempSync(path.join(os.tmpdir(), 'nianbao-copy-bench-'));
  try {
    let dir = arg('--corpus');
    if (!dir) {
      dir = path.join(work, 'corpus');
      say(`generating ${arg('--reports') ?? 20000} reports into ${dir}`);
      await generateCorpus(dir, Number(arg('--reports') ?? 20000));
    }
    const copies = readProseCopies(dir);
    console.log(`machine: ${machineLine()}, load ${os.loadavg()[0].toFixed(1)} at start`);
    console.log(`command: npm run bench:copy -- ${process.argv.slice(2).join(' ')}`);
    const runs: { on: boolean; seconds: number; cpuSeconds: number; files: number }[] = [];
    let failed = 0;
    for (let round = 0; round < ROUNDS; round++) {
      for (const on of [true, false]) {
        const dbFile = path.join(work, `r${round}-${on ? 'on' : 'off'}.db`);
        say(`round ${round + 1}/${ROUNDS}: import ${on ? 'with' : 'without'} the copy-paste comparison`);
        const cpu = process.cpuUsage();
        const figures = await importCorpus(dir, dbFile, WORKERS, true, on);
        const { user, system } = process.cpuUsage(cpu);
        const cpuSeconds = (user + system) / 1e6;
        runs.push({ on, seconds: figures.seconds, cpuSeconds, files: figures.files });
        console.log(
          `round ${round + 1} ${on ? 'with   ' : 'without'}: ${figures.files} files in ${figures.seconds.toFixed(1)} s (${(figures.files / figures.seconds).toFixed(0)} reports/s), CPU ${cpuSeconds.toFixed(1)} s (all threads), load ${os.loadavg()[0].toFixed(1)}`,
        );
        if (on && copies) {
          const db = await prepareDatabase({ db: await openDatabase({ url: `file:${dbFile}` }), samples: false });
          const checks = await checkProseCopies(db, copies);
          db.$client.close();
          for (const c of checks) {
            if (!checkPassed(c)) failed++;
            console.log(
              `  ${checkPassed(c) ? 'ok  ' : 'DIFF'} ${c.what}: wrote ${c.wrote}, found ${c.found}${c.note ? ` (${c.note})` : ''}`,
            );
          }
        }
        rmSync(dbFile, { force: true });
        rmSync(`${dbFile}-wal`, { force: true });
        rmSync(`${dbFile}-shm`, { force: true });
      }
    }
    const pct = (v: number) => `${v >= 0 ? '+' : ''}${(100 * v).toFixed(1)} %`;
    const median = (values: number[]) => {
      const sorted = [...values].sort((a, b) => a - b);
      const mid = sorted.length >> 1;
      return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    };
    for (const [what, of] of [
      ['wall time', (r: (typeof runs)[number]) => r.seconds],
      ['CPU time', (r: (typeof runs)[number]) => r.cpuSeconds],
    ] as const) {
      const added: number[] = [];
      for (let i = 0; i + 1 < runs.length; i += 2) added.push(of(runs[i]) / of(runs[i + 1]) - 1);
      const on = runs.filter((r) => r.on).reduce((a, r) => a + of(r), 0);
      const off = runs.filter((r) => !r.on).reduce((a, r) => a + of(r), 0);
      console.log(
        `${what} added by the comparison, per round: ${added.map(pct).join(', ')}; median ${pct(median(added))}; all rounds together ${on.toFixed(1)} s with, ${off.toFixed(1)} s without: ${pct(on / off - 1)}`,
      );
    }
    return failed > 0 ? 1 : 0;
  } finally {
    if (!args.includes('--keep')) rmSync(work, { recursive: true, force: true });
  }
}

main().then(
  (code) => (process.exitCode = code),
  (e) => {
    process.stderr.write(`bench:copy failed: ${e instanceof Error ? e.stack : String(e)}\n`);
    process.exitCode = 1;
  },
);
