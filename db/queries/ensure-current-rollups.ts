/**
 * Called by every query that answers from the rollup tables, before it reads them: what saves marked and
 * no refresh rebuilt yet is rebuilt first. An import rebuilds its marks at its end; one killed or crashed
 * before that (the marks are written in the save's own transaction, so they survive it) left totals that
 * disagreed with the saved reports, and a dashboard already running kept showing them (0 against 1,400
 * reports) until a restart. The check reads the marks in the database, so a server sees what another
 * process left whenever it left it.
 *
 * The reader never waits for the lock: while another process writes (an import's group or its own
 * refresh) the answer is the totals as last rebuilt, and a later read rebuilds once the writer lets go.
 * Readers of one process share one rebuild.
 */
import type { Client } from '@libsql/client';
import { CACHE_PRAGMAS, type Db, fileConfigOf } from '../client';
import { tryClientWriteLock, tryFileWriteLock } from '../write-lock';
import { rebuildMarkedRollups } from './refresh-rollups';
import { rollupsMarked } from './rollups-marked';

const running = new WeakMap<Client, Promise<void>>();

export function ensureCurrentRollups(db: Db): Promise<void> {
  const client = db.$client;
  let refresh = running.get(client);
  if (!refresh) {
    refresh = rebuildIfMarked(db).finally(() => running.delete(client));
    running.set(client, refresh);
  }
  return refresh;
}

async function rebuildIfMarked(db: Db): Promise<void> {
  if (!(await rollupsMarked(db))) return;
  const file = fileConfigOf(db.$client);
  const lock = await (file ? tryFileWriteLock(file, CACHE_PRAGMAS) : tryClientWriteLock(db.$client));
  if (!lock) return;
  try {
    await rebuildMarkedRollups(lock.tx);
    await lock.tx.commit();
  } finally {
    lock.release();
  }
}
