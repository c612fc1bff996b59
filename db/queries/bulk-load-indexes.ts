/**
 * A bulk import into an empty or small database writes report_metrics without its secondary indexes and
 * builds them once at the end (ADR 0007): at a million reports those 15 indexes were half of the writes
 * (8,000 reports: 5.0 s with them, 2.7 s without), while building all of them over a million rows takes
 * ~10 s. The definitions are kept in set_aside_indexes in the same transaction as the drops, so an import
 * that stops half-way is put right by `restoreIndexes` at the next start (openDatabase), unless the
 * importing process still runs (its pid is kept with them).
 */
import type { Client } from '@libsql/client';

const TABLE = 'report_metrics';

/** Drops report_metrics' secondary indexes, keeping their definitions for this process; returns how many. */
export async function setIndexesAside(client: Client): Promise<number> {
  const tx = await client.transaction('write');
  try {
    const found = await tx.execute({ sql: `SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = ? AND sql IS NOT NULL`, args: [TABLE] });
    for (const r of found.rows) {
      await tx.execute({ sql: 'INSERT OR REPLACE INTO set_aside_indexes (name, sql, owner) VALUES (?, ?, ?)', args: [r.name, r.sql, process.pid] });
      await tx.execute(`DROP INDEX "${String(r.name).replaceAll('"', '""')}"`);
    }
    await tx.commit();
    return found.rows.length;
  } finally {
    tx.close();
  }
}

/**
 * Builds again the indexes set aside by this process or by one that no longer runs (an import that
 * stopped); those of another running import are left to it. Returns how many were built.
 */
export async function restoreIndexes(client: Client): Promise<number> {
  const table = await client.execute(`SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'set_aside_indexes'`);
  if (table.rows.length === 0) return 0;
  const waiting = await client.execute('SELECT owner FROM set_aside_indexes');
  if (!waiting.rows.some((r) => !running(Number(r.owner)))) return 0;
  const tx = await client.transaction('write');
  try {
    const kept = await tx.execute('SELECT name, sql, owner FROM set_aside_indexes ORDER BY name');
    let built = 0;
    for (const r of kept.rows) {
      if (running(Number(r.owner))) continue;
      const exists = await tx.execute({ sql: `SELECT 1 FROM sqlite_master WHERE type = 'index' AND name = ?`, args: [r.name] });
      if (exists.rows.length === 0) {
        await tx.execute(String(r.sql));
        built++;
      }
      await tx.execute({ sql: 'DELETE FROM set_aside_indexes WHERE name = ?', args: [r.name] });
    }
    await tx.commit();
    return built;
  } finally {
    tx.close();
  }
}

/** Whether another process with this pid runs on this machine (this process counts as not: it restores its own). */
function running(pid: number): boolean {
  if (pid === process.pid) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    // EPERM: it runs, as another user.
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}
