/**
 * SQLite's write lock, taken without stopping the process while another writer holds it.
 *
 * libSQL's embedded client runs SQLite on the calling thread, so a BEGIN IMMEDIATE that meets another
 * writer waits in SQLite's busy handler with the whole process stopped: a dashboard asking for the lock
 * would freeze while an import held it, and two openers in one process would each wait for the other until
 * the busy timeout. Here the lock is asked for with no wait, and the caller sleeps between tries.
 *
 * Each try uses a one-connection client of its own, closed when done: a statement that failed with
 * SQLITE_BUSY stays "in progress" on its connection (libSQL does not reset it), and every later COMMIT there
 * fails with "cannot commit transaction - SQL statements in progress". The app's own client never meets it.
 */
import { type Client, createClient, type Transaction } from '@libsql/client';
import type { DatabaseConfig } from './database-config';

/** A write transaction whose lock is held; `release` closes it (rolling back what was not committed). */
export interface WriteLock {
  tx: Transaction;
  release(): void;
}

/**
 * A write transaction on a file database, or null while another connection holds the lock.
 * `setup`: statements for the connection before the transaction begins (pragmas a transaction cannot change).
 */
export async function tryFileWriteLock(config: DatabaseConfig, setup: string[] = []): Promise<WriteLock | null> {
  const client = createClient({ ...config, timeout: 0, concurrency: 1 });
  try {
    for (const sql of setup) await client.execute(sql);
    const tx = await client.transaction('write');
    return {
      tx,
      release: () => {
        tx.close();
        client.close();
      },
    };
  } catch (e) {
    client.close();
    if (isBusy(e)) return null;
    throw e;
  }
}

/** A write transaction of a client whose waiting is not this thread's (a libSQL server), or null when busy. */
export async function tryClientWriteLock(client: Client): Promise<WriteLock | null> {
  try {
    const tx = await client.transaction('write');
    return { tx, release: () => tx.close() };
  } catch (e) {
    if (isBusy(e)) return null;
    throw e;
  }
}

/** The lock `attempt` takes, tried again (asleep between tries) for up to `waitMs`. */
export async function waitForWriteLock(attempt: () => Promise<WriteLock | null>, waitMs: number): Promise<WriteLock> {
  const deadline = Date.now() + waitMs;
  for (let pause = 5; ; pause = Math.min(pause * 2, 250)) {
    const lock = await attempt();
    if (lock) return lock;
    if (Date.now() >= deadline)
      throw new Error(`the database stayed locked by another writer for ${Math.round(waitMs / 1000)} s`);
    await new Promise((resolve) => setTimeout(resolve, pause));
  }
}

/** SQLITE_BUSY and its variants (BUSY_SNAPSHOT, BUSY_RECOVERY). */
function isBusy(e: unknown): boolean {
  return typeof e === 'object' && e !== null && (e as { code?: string }).code === 'SQLITE_BUSY';
}
