/**
 * PDF reader speed on one JavaScript thread: readPdf over each PDF fixture in a loop for a few seconds;
 * wall time per report, and the process's CPU time per report (pdf.js inflates streams on libuv's pool).
 * Run: npx tsx test/bench/pdf-bench.ts [seconds]
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { readPdf } from '../../lib/report/readers/pdf';

const dir = join(import.meta.dirname, '../fixtures/pdf');
const seconds = Number(process.argv[2] ?? 5);
const files = readdirSync(dir).filter((f) => f.endsWith('.pdf') && !f.includes('encrypted'));

async function main(): Promise<void> {
  let total = 0;
  let totalCpu = 0;
  for (const name of files) {
    const bytes = new Uint8Array(readFileSync(join(dir, name)));
    await readPdf(bytes); // warm up (module load, JIT)
    let n = 0;
    const cpu0 = process.cpuUsage();
    const t0 = performance.now();
    while (performance.now() - t0 < seconds * 1000) {
      await readPdf(bytes);
      n++;
    }
    const ms = (performance.now() - t0) / n;
    const cpu = process.cpuUsage(cpu0);
    total += ms;
    totalCpu += (cpu.user + cpu.system) / 1000 / n;
    console.log(
      `${name.padEnd(30)} ${ms.toFixed(1).padStart(6)} ms  ${(1000 / ms).toFixed(1).padStart(5)} reports/s  cpu ${((cpu.user + cpu.system) / 1000 / n).toFixed(1).padStart(6)} ms`,
    );
  }
  console.log(
    `${'mean'.padEnd(30)} ${(total / files.length).toFixed(1).padStart(6)} ms  ${((1000 * files.length) / total).toFixed(1).padStart(5)} reports/s  cpu ${(totalCpu / files.length).toFixed(1).padStart(6)} ms`,
  );
}

void main();
