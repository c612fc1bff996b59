/**
 * The app as users get it, for the render timings: built once into .next-bench (its own folder, so a
 * developer's .next and the browser tests' .next-e2e are left alone) and served by `next start` on a
 * free port against the bench database. The server is the bench's own child, ended by its process group.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdirSync, openSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { freePort, killGroup as signalGroup, waitForAnswer } from '../../support/server-process';
import { residentMiB } from './timing';

const ROOT = path.resolve(__dirname, '../../..');
export const DIST_DIR = '.next-bench';
const NEXT_BIN = path.join(ROOT, 'node_modules/.bin/next');
export const SERVER_LOG = path.join(ROOT, 'test/output/bench-server.log');

/** Another build folder and server log (the load bench's), and more environment for the server. */
export interface AppOptions {
  distDir?: string;
  log?: string;
  env?: Record<string, string>;
}

function nextEnv(distDir: string, extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  // The caller's DATABASE_* must not point the bench server at another database.
  const inherited = Object.entries(process.env).filter(([k]) => !/^DATABASE_/.test(k));
  return {
    ...Object.fromEntries(inherited),
    NEXT_DIST_DIR: distDir,
    // A tsconfig extending the main one, so the build does not add .next-bench/types to tsconfig.json.
    NEXT_TSCONFIG_PATH: 'test/bench/e2e/tsconfig.next-bench.json',
    NEXT_TELEMETRY_DISABLED: '1',
    NODE_ENV: 'production',
    ...extra,
  };
}

function exited(child: ChildProcess): Promise<number | null> {
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('close', resolve);
  });
}

/** `next build` into .next-bench, or the build already there with --no-build. Seconds taken, or null when reused. */
export async function buildApp(reuse: boolean, { distDir = DIST_DIR }: AppOptions = {}): Promise<number | null> {
  if (reuse && existsSync(path.join(ROOT, distDir, 'BUILD_ID'))) return null;
  const start = performance.now();
  const child = spawn(NEXT_BIN, ['build'], {
    cwd: ROOT,
    env: nextEnv(distDir),
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const stopOnExit = () => signalGroup(child, 'SIGKILL');
  process.once('exit', stopOnExit);
  const output: Buffer[] = [];
  child.stdout!.on('data', (b: Buffer) => output.push(b));
  child.stderr!.on('data', (b: Buffer) => output.push(b));
  const code = await exited(child);
  process.off('exit', stopOnExit);
  if (code !== 0)
    throw new Error(`next build failed (exit ${code}):\n${Buffer.concat(output).toString('utf8').slice(-4000)}`);
  return (performance.now() - start) / 1000;
}

export interface RunningApp {
  baseURL: string;
  pid: number;
  /** Seconds from spawn until the first page answered (that first request also prepares the database). */
  startSeconds: number;
  stop(): Promise<void>;
}

export async function startApp(
  dbFile: string,
  { distDir = DIST_DIR, log: logFile = SERVER_LOG, env = {} }: AppOptions = {},
): Promise<RunningApp> {
  const start = performance.now();
  const port = await freePort();
  const baseURL = `http://127.0.0.1:${port}`;
  mkdirSync(path.dirname(logFile), { recursive: true });
  const log = openSync(logFile, 'w');
  // The binary itself, not npx, so child.pid is the server's and its group can be ended.
  const child = spawn(NEXT_BIN, ['start', '-p', String(port), '-H', '127.0.0.1'], {
    cwd: ROOT,
    detached: true,
    stdio: ['ignore', log, log],
    env: nextEnv(distDir, { ...env, DATABASE_URL: `file:${path.resolve(dbFile)}` }),
  });
  const stopOnExit = () => signalGroup(child, 'SIGKILL');
  process.once('exit', stopOnExit);
  const stop = async () => {
    process.off('exit', stopOnExit);
    if (child.exitCode !== null || child.signalCode !== null) return;
    const gone = exited(child);
    signalGroup(child, 'SIGTERM');
    const timer = setTimeout(() => signalGroup(child, 'SIGKILL'), 5000);
    await gone;
    clearTimeout(timer);
  };
  try {
    await waitForAnswer(baseURL, () => child.exitCode !== null, 300_000);
  } catch (e) {
    await stop();
    throw new Error(`${(e as Error).message}\n--- ${logFile} ---\n${readFileSync(logFile, 'utf8').slice(-4000)}`);
  }
  return { baseURL, pid: child.pid!, startSeconds: (performance.now() - start) / 1000, stop };
}

/**
 * Resident memory of the server: the `next start` process, and its whole process group (in case Next
 * serves from a child process), now and at peak. The group's peak is the sum of each process's peak.
 */
export function serverMemory(pid: number): {
  main: { rss: number; peak: number } | null;
  group: { rss: number; peak: number; processes: number };
} {
  const group = { rss: 0, peak: 0, processes: 0 };
  for (const entry of readdirSync('/proc').filter((e) => /^\d+$/.test(e))) {
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      // Fields after the parenthesised command name: state, ppid, pgrp, …
      const pgrp = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[2]);
      if (pgrp !== pid) continue;
      const m = residentMiB(Number(entry));
      if (m) [group.rss, group.peak, group.processes] = [group.rss + m.rss, group.peak + m.peak, group.processes + 1];
    } catch {
      // the process ended meanwhile
    }
  }
  return { main: residentMiB(pid), group };
}
