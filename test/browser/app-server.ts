/**
 * Builds the app into .next-e2e and serves it on a free port with a fresh database (seeded with the samples
 * as `npm start` seeds it), for the browser tests. A separate build folder keeps a developer's `npm run dev`/`demo` (.next) working meanwhile.
 * Used once per run by global-setup.ts; `E2E_SKIP_BUILD=1` reuses an existing .next-e2e build.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { freePort, killGroup, stopGroup, waitForAnswer } from '../support/server-process';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const DIST_DIR = '.next-e2e';
export const OUTPUT_DIR = path.join(ROOT, 'test/output');
export const ADMIN_TOKEN = 'e2e-token';
const NEXT_BIN = path.join(ROOT, 'node_modules/.bin/next');
const TSX_BIN = path.join(ROOT, 'node_modules/.bin/tsx');
const LOCK_DIR = path.join(OUTPUT_DIR, 'e2e.lock');
export const SERVER_LOG = path.join(OUTPUT_DIR, 'e2e-server.log');

/** The environment for `next build` and `next start`: our build folder, none of the caller's database. */
function nextEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  // A developer's DATABASE_* must not point the tests at a real database.
  const dropped = /^DATABASE_(URL|AUTH_TOKEN|SYNC_URL|SYNC_INTERVAL)$/;
  const inherited = Object.entries(process.env).filter(([k]) => !dropped.test(k));
  return {
    ...Object.fromEntries(inherited),
    NEXT_DIST_DIR: DIST_DIR,
    // Points Next at a tsconfig that extends the main one, so the build does not add
    // .next-e2e/types to the shared tsconfig.json (see next.config.js).
    NEXT_TSCONFIG_PATH: 'test/browser/tsconfig.next-e2e.json',
    NEXT_TELEMETRY_DISABLED: '1',
    // Vitest sets NODE_ENV=test, with which `next build` warns and builds a non-production bundle.
    NODE_ENV: 'production',
    ...extra,
  };
}

const seconds = (since: number) => `${((performance.now() - since) / 1000).toFixed(1)} s`;

/**
 * Several people share one checkout: two runs building into (or serving from) .next-e2e at once would
 * break each other, so a run holds this lock from build to teardown. A lock whose owner died is taken over.
 */
export async function acquireLock(timeoutMs = 20 * 60_000): Promise<() => void> {
  mkdirSync(OUTPUT_DIR, { recursive: true });
  const start = performance.now();
  let told = false;
  for (;;) {
    try {
      mkdirSync(LOCK_DIR);
      writeFileSync(path.join(LOCK_DIR, 'pid'), String(process.pid));
      const release = () => {
        process.off('exit', release);
        rmSync(LOCK_DIR, { recursive: true, force: true });
      };
      process.once('exit', release);
      return release;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
    }
    const owner = lockOwner();
    // No pid after a few seconds means its owner died between creating the folder and writing the pid.
    if (owner ? !alive(owner) : performance.now() - start > 5000) {
      rmSync(LOCK_DIR, { recursive: true, force: true });
      continue;
    }
    if (performance.now() - start > timeoutMs) throw new Error(`browser tests: ${LOCK_DIR} still held by pid ${owner}`);
    if (!told) console.error(`[browser tests] waiting for another browser-test run (pid ${owner || '?'}) to finish…`);
    told = true;
    await new Promise((r) => setTimeout(r, 1000));
  }
}

function lockOwner(): number {
  try {
    return Number(readFileSync(path.join(LOCK_DIR, 'pid'), 'utf8')) || 0;
  } catch {
    return 0;
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Runs `next build` into .next-e2e unless E2E_SKIP_BUILD=1 and a complete build is there. Output only on failure. */
export async function buildApp(): Promise<void> {
  if (process.env.E2E_SKIP_BUILD === '1' && existsSync(path.join(ROOT, DIST_DIR, 'BUILD_ID'))) {
    console.error(`[browser tests] E2E_SKIP_BUILD=1: reusing ${DIST_DIR} (pages changed since then are not rebuilt)`);
    return;
  }
  const start = performance.now();
  // Detached: the build gets its own process group, which killGroup() ends if the run is interrupted.
  const child = spawn(NEXT_BIN, ['build'], {
    cwd: ROOT,
    env: nextEnv(),
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const stopOnExit = () => killGroup(child, 'SIGKILL');
  process.once('exit', stopOnExit);
  const output: Buffer[] = [];
  child.stdout!.on('data', (b: Buffer) => output.push(b));
  child.stderr!.on('data', (b: Buffer) => output.push(b));
  const code = await new Promise<number | null>((resolve, reject) => {
    child.once('error', reject);
    child.once('close', resolve);
  });
  process.off('exit', stopOnExit);
  if (code !== 0) {
    throw new Error(
      `next build failed (exit ${code}) after ${seconds(start)}:\n${Buffer.concat(output).toString('utf8')}`,
    );
  }
  console.error(`[browser tests] next build into ${DIST_DIR}: ${seconds(start)}`);
}

export interface AppServer {
  baseURL: string;
  /** The server's database, for a test that must put it in a state no page can (then puts it back). */
  databaseUrl: string;
  stop(): Promise<void>;
}

export interface ServerOptions {
  /** Seed the new database first, as `npm start` does (prestart: lib/cli/seed.ts); default true. */
  seed?: boolean;
  /** Where the seed's and the server's output go (SERVER_LOG). */
  log?: string;
}

/** Runs `npm run seed` (lib/cli/seed.ts) on the database: regions, and the samples it has no report yet. */
async function seed(databaseUrl: string, log: number, logFile: string): Promise<void> {
  const child = spawn(TSX_BIN, ['lib/cli/seed.ts'], {
    cwd: ROOT,
    stdio: ['ignore', log, log],
    env: nextEnv({ DATABASE_URL: databaseUrl }),
  });
  const code = await new Promise<number | null>((resolve, reject) => {
    child.once('error', reject);
    child.once('close', resolve);
  });
  if (code !== 0) throw new Error(`npm run seed failed (exit ${code}):\n${readFileSync(logFile, 'utf8').slice(-4000)}`);
}

/**
 * Starts `next start` on a free port with a new database, seeded with the samples as `npm start` seeds it
 * (unless `seed: false`: a database the app makes itself); resolves once the home page answers.
 */
export async function startServer({
  seed: seeded = true,
  log: logFile = SERVER_LOG,
}: ServerOptions = {}): Promise<AppServer> {
  const start = performance.now();
  const dbDir = mkdtempSync(path.join(tmpdir(), 'nianbao-e2e-'));
  const port = await freePort();
  const baseURL = `http://127.0.0.1:${port}`;
  const databaseUrl = `file:${path.join(dbDir, 'e2e.db')}`;
  mkdirSync(OUTPUT_DIR, { recursive: true });
  const log = openSync(logFile, 'w');
  try {
    if (seeded) await seed(databaseUrl, log, logFile);
  } catch (e) {
    rmSync(dbDir, { recursive: true, force: true });
    throw e;
  }
  // Run the binary itself, not through npx, so child.pid is the server's and its group can be ended.
  const child = spawn(NEXT_BIN, ['start', '-p', String(port), '-H', '127.0.0.1'], {
    cwd: ROOT,
    detached: true,
    stdio: ['ignore', log, log],
    env: nextEnv({ DATABASE_URL: databaseUrl, NIANBAO_ADMIN_TOKEN: ADMIN_TOKEN }),
  });
  const stopOnExit = () => {
    killGroup(child, 'SIGKILL');
    rmSync(dbDir, { recursive: true, force: true });
  };
  process.once('exit', stopOnExit);
  let exited = false;
  child.once('exit', () => {
    exited = true;
  });

  const stop = async () => {
    process.off('exit', stopOnExit);
    await stopGroup(child);
    rmSync(dbDir, { recursive: true, force: true });
  };
  try {
    await waitForAnswer(baseURL, () => exited);
  } catch (e) {
    await stop();
    throw new Error(`${(e as Error).message}\n--- ${logFile} ---\n${readFileSync(logFile, 'utf8').slice(-4000)}`);
  }
  console.error(
    `[browser tests] ${seeded ? 'seed, then ' : ''}next start on ${baseURL}, first page answered: ${seconds(start)}`,
  );
  return { baseURL, databaseUrl, stop };
}
