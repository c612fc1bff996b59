/**
 * Helpers for tests and benches that run `next start` as a child: a free port, waiting until the server
 * answers, and ending its whole process group. Shared by test/browser and test/bench/e2e.
 */
import type { ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';

/** Polls the home page until it answers with any status (a 500 is for the caller to report, not a hang). */
export async function waitForAnswer(baseURL: string, exited: () => boolean, timeoutMs = 120_000): Promise<void> {
  const deadline = performance.now() + timeoutMs;
  for (;;) {
    if (exited()) throw new Error('next start exited before answering');
    const left = Math.round(deadline - performance.now());
    if (left <= 0) throw new Error(`next start did not answer within ${timeoutMs / 1000} s`);
    try {
      await fetch(`${baseURL}/`, { signal: AbortSignal.timeout(left) }).then((r) => r.arrayBuffer());
      return;
    } catch (e) {
      // Only "not listening yet" is worth another try; a timeout or anything else ends the wait.
      const code = (e as { cause?: { code?: string } }).cause?.code;
      if (code !== 'ECONNREFUSED' && code !== 'ECONNRESET') throw e;
    }
    await new Promise((r) => setTimeout(r, 200));
  }
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as { port: number };
      srv.close(() => resolve(port));
    });
  });
}

/** A signal to the child's process group (it was spawned detached, so it leads one). */
export function killGroup(child: ChildProcess, signal: NodeJS.Signals): void {
  try {
    if (child.pid) process.kill(-child.pid, signal);
  } catch {
    // the group is already gone
  }
}

/** SIGTERM to the server's process group, SIGKILL if it has not exited after 5 s. */
export async function stopGroup(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return killGroup(child, 'SIGKILL');
  const exited = new Promise<void>((r) => child.once('exit', () => r()));
  killGroup(child, 'SIGTERM');
  const timer = setTimeout(() => killGroup(child, 'SIGKILL'), 5000);
  await exited;
  clearTimeout(timer);
  // Anything the server started in its group goes too.
  killGroup(child, 'SIGKILL');
}
