/** Small printing helpers for the benchmark: percentiles, aligned tables, the machine, the command. */
import os from 'node:os';
import path from 'node:path';
import { cpuDetail } from './cpu-detail';

export function percentile(sorted: ArrayLike<number>, p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor(p * (sorted.length - 1)))];
}

export function median(values: number[]): number {
  return percentile(
    [...values].sort((a, b) => a - b),
    0.5,
  );
}

/** A plain-text table: first column left-aligned, the others right-aligned. */
export function formatTable(header: string[], rows: (string | number)[][]): string {
  const cells = [header, ...rows.map((r) => r.map(String))];
  const widths = header.map((_, j) => Math.max(...cells.map((r) => (r[j] ?? '').length)));
  return cells
    .map((r) => r.map((c, j) => (j === 0 ? c.padEnd(widths[j]) : c.padStart(widths[j]))).join('  '))
    .join('\n');
}

export function fixed(n: number, digits: number): string {
  return Number.isFinite(n) ? n.toFixed(digits) : '-';
}

export function machineLine(): string {
  const cpus = os.cpus();
  const gib = (os.totalmem() / 1024 ** 3).toFixed(1);
  return `${cpus[0]?.model ?? 'unknown CPU'}${cpuDetail()} × ${cpus.length} cores, ${gib} GiB RAM, node ${process.version}, ${os.platform()} ${os.release()}`;
}

/** The command as the user typed it (npm script or tsx), so the numbers can be reproduced. */
export function commandLine(): string {
  const args = process.argv.slice(2).join(' ');
  if (process.env.npm_lifecycle_event === 'bench:parse') return `npm run bench:parse${args ? ` -- ${args}` : ''}`;
  const script = path.relative(process.cwd(), process.argv[1] ?? 'test/bench/parse-bench.ts');
  return `npx tsx ${script}${args ? ` ${args}` : ''}`;
}
