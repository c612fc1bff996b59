/**
 * Brings a database up to the newest migration in db/migrations, safely when several processes open a new
 * database at once.
 *
 * drizzle's own migrator reads which migrations were applied outside any lock, then runs the missing ones
 * in a transaction of their own: two imports started together on a new file both read "none", the second
 * waited for the first and then failed on `CREATE TABLE regions` ("table regions already exists"). Here
 * the reading and the migrations share one write transaction, so SQLite lets one opener in at a time and
 * each finds what the one before it applied. The record is drizzle's (`__drizzle_migrations`, the same
 * rows), so databases migrated before keep working, and drizzle-kit still writes the migrations.
 */
import type { Client, Transaction } from '@libsql/client';
import { readMigrationFiles } from 'drizzle-orm/migrator';
import { waitForWriteLock, type WriteLock } from './write-lock';

type Migration = ReturnType<typeof readMigrationFiles>[number];

const CREATE_RECORD =
  'CREATE TABLE IF NOT EXISTS "__drizzle_migrations" (id SERIAL PRIMARY KEY, hash text NOT NULL, created_at numeric)';
/** Another opener's migrations at a million reports (new indexes) can take minutes: it is waited for. */
const WAIT_MS = 15 * 60_000;

/**
 * `tryLock`: a write transaction, or null while another writer holds the lock (write-lock.ts). For a file it
 * should run `PRAGMA foreign_keys = OFF` first, as drizzle does, so a migration that rebuilds a table does
 * not trip foreign keys (a transaction cannot change the pragma).
 */
export async function migrateDatabase(
  client: Client,
  migrationsFolder: string,
  tryLock: () => Promise<WriteLock | null>,
): Promise<void> {
  const migrations = readMigrationFiles({ migrationsFolder });
  // The usual start: nothing to apply, and no lock taken.
  if (pendingOf(migrations, await lastApplied(client)).length === 0) return;
  const { tx, release } = await waitForWriteLock(tryLock, WAIT_MS);
  try {
    await tx.execute(CREATE_RECORD);
    for (const m of pendingOf(migrations, await lastApplied(tx))) {
      await tx.batch([
        ...m.sql.filter((s) => s.trim() !== ''),
        {
          sql: 'INSERT INTO "__drizzle_migrations" ("hash", "created_at") VALUES (?, ?)',
          args: [m.hash, m.folderMillis],
        },
      ]);
    }
    await tx.commit();
  } finally {
    release();
  }
}

/** drizzle's rule: a migration is applied when it is newer than the newest one recorded. */
function pendingOf(migrations: Migration[], last: number | null): Migration[] {
  return migrations.filter((m) => last === null || last < m.folderMillis);
}

/** When the newest applied migration was made (its journal time), or null on a new database. */
async function lastApplied(db: Client | Transaction): Promise<number | null> {
  const record = await db.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = '__drizzle_migrations'");
  if (record.rows.length === 0) return null;
  const newest = await db.execute('SELECT created_at FROM "__drizzle_migrations" ORDER BY created_at DESC LIMIT 1');
  return newest.rows.length === 0 ? null : Number(newest.rows[0].created_at);
}
