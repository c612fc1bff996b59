/**
 * PDF reader speed on one core: readPdf over each PDF fixture in a loop for a few seconds.
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
  for (const name of files) {
    const bytes = new Uint8Array(readFileSync(join(dir, name)));
    await readPdf(bytes); // warm up (module load, JIT)
    let n = 0;
    const t0 = performance.now();
    while (performance.now() - t0 < seconds * 1000) {
      await readPdf(bytes);
      n++;
    }
    const ms = (performance.now() - t0) / n;
    total += ms;
    console.log(`${name.padEnd(30)} ${ms.toFixed(1).padStart(6)} ms  ${(1000 / ms).toFixed(1).padStart(5)} reports/s`);
  }
  console.log(`${'mean'.padEnd(30)} ${(total / files.length).toFixed(1).padStart(6)} ms  ${(1000 * files.length / total).toFixed(1).padStart(5)} reports/s`);
}

void main();
