/**
 * A bulk import's report_metrics indexes, set aside while it writes and built again at its end (ADR 0007,
 * 'Indexes built after a bulk load'). Kept row by row, the table's ~20 indexes cost the writer more than building
 * them once afterwards: 100k generated reports imported in 48.5 s without them against 53.5 s with them, and the
 * twenty built again in 0.85 s.
 *
 * Each index's SQL goes into deferred_indexes in the transaction that drops it, so a process killed in between
 * leaves the record, and the next open of the database (db/client.ts) builds the indexes again before anything
 * else. The indexes the import itself reads through stay.
 */
import type { Client, Transaction } from '@libsql/client';

const TABLE = 'report_metrics';
/** Read by the import while it writes (the copy comparison finds an agency's neighbouring years through it). */
const KEPT = new Set(['metrics_agency_year']);

/** Every index of the table in the order it was created; `kept`: left in place while the import writes. */
const RECORD =
  'CREATE TABLE IF NOT EXISTS deferred_indexes (name TEXT PRIMARY KEY, sql TEXT NOT NULL, kept INTEGER NOT NULL)';

/**
 * Drops report_metrics' indexes but those kept, recording every one in the order they were created; returns how
 * many were dropped. Inside the caller's write transaction.
 */
export async function deferIndexes(tx: Transaction): Promise<number> {
  await tx.execute(RECORD);
  const indexes = await tx.execute({
    sql: `SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = ? AND sql IS NOT NULL ORDER BY rowid`,
    args: [TABLE],
  });
  let dropped = 0;
  for (const r of indexes.rows) {
    const kept = KEPT.has(String(r.name));
    await tx.execute({
      sql: 'INSERT OR REPLACE INTO deferred_indexes (name, sql, kept) VALUES (?, ?, ?)',
      args: [r.name, r.sql, kept ? 1 : 0],
    });
    if (kept) continue;
    await tx.execute(`DROP INDEX ${quoted(String(r.name))}`);
    dropped++;
  }
  return dropped;
}

/** Whether any index is set aside (no lock taken: the usual answer is no). */
export async function hasDeferredIndexes(db: Client | Transaction): Promise<boolean> {
  const exists = await db.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'deferred_indexes'");
  if (exists.rows.length === 0) return false;
  return (await db.execute('SELECT 1 FROM deferred_indexes LIMIT 1')).rows.length > 0;
}

/**
 * Builds the recorded indexes again in the order they were first created, the kept ones too (dropped and built
 * again in their place), and clears the record; returns how many had been dropped. The order matters: the planner
 * breaks ties between indexes of equal cost by their place in the schema (list-compare-rows.ts, WALKED_INDEX).
 * Inside the caller's write transaction.
 */
export async function restoreDeferredIndexes(tx: Transaction): Promise<number> {
  if (!(await hasDeferredIndexes(tx))) return 0;
  const recorded = await tx.execute('SELECT name, sql, kept FROM deferred_indexes ORDER BY rowid');
  for (const r of recorded.rows) {
    const name = String(r.name);
    const present = await tx.execute({
      sql: "SELECT 1 FROM sqlite_master WHERE type = 'index' AND name = ?",
      args: [name],
    });
    if (present.rows.length > 0) await tx.execute(`DROP INDEX ${quoted(name)}`);
    await tx.execute(String(r.sql));
  }
  await tx.execute('DELETE FROM deferred_indexes');
  return recorded.rows.filter((r) => Number(r.kept) === 0).length;
}

const quoted = (name: string) => `"${name.replaceAll('"', '""')}"`;

/** About how many rows report_metrics holds (its largest report id: one lookup, where count(*) reads an index). */
export async function metricRowsEstimate(db: Client): Promise<number> {
  const r = await db.execute(`SELECT coalesce(max(report_id), 0) AS n FROM ${TABLE}`);
  return Number(r.rows[0].n);
}

/** `run` (deferIndexes or restoreDeferredIndexes) in a write transaction of its own, committed. */
export async function inWriteTransaction(client: Client, run: (tx: Transaction) => Promise<number>): Promise<number> {
  const tx = await client.transaction('write');
  try {
    const n = await run(tx);
    await tx.commit();
    return n;
  } finally {
    tx.close();
  }
}
