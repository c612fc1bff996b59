/**
 * `npm run fuzz -- --minutes N [--seed S]`: the fuzz suites of `npm test` (test/support/fuzz/suites.ts) run
 * round and round with fresh seeds for N minutes (default 10), for nightly use. Counts crashes, hangs
 * (> 5 s), numbers stated without being written, and the process's peak memory (must stay < 1 GB);
 * every failing input is written to test/output/fuzz/ with the seed that made it. Exits 1 on any failure.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { failed, judge, type Verdict } from '../support/fuzz/properties';
import { HANG_MS, SUITES } from '../support/fuzz/suites';

const MEMORY_LIMIT = 1024 * 1024 * 1024;
const CASES_PER_ROUND = 25;
const OUT = path.resolve(__dirname, '../output/fuzz');

function option(name: string, fallback: number): number {
  const args = process.argv.slice(2);
  const i = args.indexOf(`--${name}`);
  const value = i >= 0 ? Number(args[i + 1]) : fallback;
  if (!Number.isFinite(value) || value < 0) throw new Error(`--${name} must be a number, got "${args[i + 1]}"`);
  return value;
}

async function main(): Promise<number> {
  const minutes = option('minutes', 10);
  let seed = option('seed', Date.now() % 2 ** 31);
  const until = Date.now() + minutes * 60_000;
  const tally = {
    cases: 0,
    reports: 0,
    refused: 0,
    crashes: 0,
    hangs: 0,
    unbacked: 0,
    memory: 0,
    slowestMs: 0,
    peakRss: 0,
  };
  const perSuite = new Map(SUITES.map((s) => [s.name, 0]));
  mkdirSync(OUT, { recursive: true });
  const record = (suite: string, runSeed: number, name: string, bytes: Uint8Array, v: Verdict, memory: boolean) => {
    const file = path.join(
      OUT,
      `${suite.replace(/[^a-z0-9]+/gi, '-').toLowerCase()}-${runSeed}-${tally.cases}${path.extname(name)}`,
    );
    writeFileSync(file, bytes);
    const what = [
      v.crash && `crash: ${v.crash}`,
      v.slow && `hang: ${v.slow.toFixed(0)} ms`,
      v.unbacked && `unbacked: ${v.unbacked.slice(0, 3).join(', ')}`,
      memory && `memory: ${(process.memoryUsage().rss / 2 ** 20).toFixed(0)} MB`,
    ]
      .filter(Boolean)
      .join('; ');
    process.stdout.write(`✗ ${suite} (seed ${runSeed}): ${what}\n  input: ${path.relative(process.cwd(), file)}\n`);
  };
  while (Date.now() < until) {
    for (const suite of SUITES) {
      if (Date.now() >= until) break;
      const runSeed = seed++;
      const inputs = fc.sample(suite.input, { numRuns: CASES_PER_ROUND, seed: runSeed });
      for (const input of inputs) {
        const v = await judge(input.bytes, input.name, HANG_MS);
        const rss = process.memoryUsage().rss;
        tally.cases++;
        perSuite.set(suite.name, perSuite.get(suite.name)! + 1);
        tally.peakRss = Math.max(tally.peakRss, rss);
        tally.slowestMs = Math.max(tally.slowestMs, v.ms);
        if (v.outcome === 'report') tally.reports++;
        if (v.outcome === 'refused') tally.refused++;
        if (v.crash) tally.crashes++;
        if (v.slow) tally.hangs++;
        if (v.unbacked) tally.unbacked++;
        const memory = rss > MEMORY_LIMIT;
        if (memory) tally.memory++;
        if (failed(v) || memory) record(suite.name, runSeed, input.name, input.bytes, v, memory);
      }
    }
    process.stdout.write(
      `… ${tally.cases} cases, ${tally.crashes + tally.hangs + tally.unbacked + tally.memory} failures\n`,
    );
  }
  const peak = Math.max(tally.peakRss, process.resourceUsage().maxRSS * 1024);
  process.stdout.write(
    `${[
      `${tally.cases} cases in ${minutes} min: ${tally.reports} read, ${tally.refused} refused with a reason`,
      `crashes ${tally.crashes}, hangs (> ${HANG_MS / 1000} s) ${tally.hangs}, numbers not in the source ${tally.unbacked}, over 1 GB ${tally.memory}`,
      `slowest case ${tally.slowestMs.toFixed(0)} ms; peak memory ${(peak / 2 ** 20).toFixed(0)} MB`,
      ...[...perSuite].map(([name, n]) => `  ${String(n).padStart(7)}  ${name}`),
    ].join('\n')}\n`,
  );
  return tally.crashes + tally.hangs + tally.unbacked + tally.memory > 0 || peak > MEMORY_LIMIT ? 1 : 0;
}

main().then(
  (code) => (process.exitCode = code),
  (e) => {
    process.stderr.write(`${e instanceof Error ? e.message : String(e)}\n`);
    process.exitCode = 2;
  },
);
