/** Times a call: one warm-up, then N runs one after another; p50, p95 and max in milliseconds. */
import { readFileSync } from 'node:fs';
import { percentile } from '../format';

export interface Timing {
  p50: number;
  p95: number;
  max: number;
  runs: number;
}

export async function timeCall(fn: () => Promise<unknown>, runs: number): Promise<Timing> {
  // The warm-up fills SQLite's page cache and V8's compiled code, as a server that is up has them.
  await fn();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await fn();
    samples.push(performance.now() - t);
  }
  samples.sort((a, b) => a - b);
  return { p50: percentile(samples, 0.5), p95: percentile(samples, 0.95), max: samples[samples.length - 1], runs };
}

/** The process's resident memory now, from /proc (Linux); null elsewhere. */
export function residentMiB(pid: number | 'self' = 'self'): { rss: number; peak: number } | null {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = (key: string) => Number(new RegExp(`^${key}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? NaN);
    return { rss: kb('VmRSS') / 1024, peak: kb('VmHWM') / 1024 };
  } catch {
    return null;
  }
}
