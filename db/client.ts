/**
 * The database handle. Default: an embedded libSQL file at data/nianbao.db, created and migrated on
 * first use. DATABASE_URL (+ DATABASE_AUTH_TOKEN) points the same code at a libSQL server or Turso;
 * DATABASE_SYNC_URL with a file: DATABASE_URL makes an embedded replica (see docs/database.md).
 */
import path from 'node:path';
import { type Client, createClient } from '@libsql/client';
import { drizzle, type LibSQLDatabase } from 'drizzle-orm/libsql';
import { type DatabaseConfig, databaseConfig } from './database-config';
import { prepareDatabaseLocation } from './database-location';
import { migrateDatabase } from './migrate-database';
import { hasDeferredIndexes, inWriteTransaction, restoreDeferredIndexes } from './queries/deferred-indexes';
import * as schema from './schema';
import { tryClientWriteLock, tryFileWriteLock } from './write-lock';

export type Db = LibSQLDatabase<typeof schema> & { $client: Client };
export { type DatabaseConfig, databaseConfig, DEFAULT_DATABASE_FILE } from './database-config';

export const MIGRATIONS_FOLDER = path.join(/*turbopackIgnore: true*/ process.cwd(), 'db', 'migrations');
/** How long a write waits for another connection's (an import's group, a refresh) before SQLITE_BUSY. */
const BUSY_TIMEOUT_MS = 30_000;

/** The path of a file: URL (its query, if any, left out), or null for a server or an in-memory database. */
function localFile(url: string): string | null {
  if (!url.startsWith('file:')) return null;
  const file = url.slice('file:'.length).split('?')[0];
  return file === ':memory:' || file === '' ? null : file;
}

/**
 * Opens (creating the file and its folder if needed) and migrates the database. Any failure names the URL
 * and what went wrong ("…/etc/passwd is a file, not a folder"), and leaves no client open.
 */
export async function openDatabase(config: DatabaseConfig = databaseConfig()): Promise<Db> {
  const file = localFile(config.url);
  let client: Client | null = null;
  try {
    if (file) prepareDatabaseLocation(file);
    // For a file, the busy timeout is given to every connection of the client's pool (a PRAGMA reaches only
    // one of them): two imports wait for each other's writes instead of failing.
    const opened = createClient(file ? { ...config, timeout: BUSY_TIMEOUT_MS } : config);
    client = opened;
    const plainFile = file && !config.syncUrl ? config : null;
    if (file) await setUpFile(opened, plainFile !== null);
    const tryLock = () =>
      plainFile ? tryFileWriteLock(plainFile, ['PRAGMA foreign_keys = OFF']) : tryClientWriteLock(opened);
    // Indexes a killed bulk import set aside are built again first: a migration may name them.
    if (await hasDeferredIndexes(opened)) await inWriteTransaction(opened, restoreDeferredIndexes);
    await migrateDatabase(opened, MIGRATIONS_FOLDER, tryLock);
    await opened.execute('PRAGMA foreign_keys = ON');
    if (plainFile) fileConfigs.set(opened, plainFile);
    return drizzle(opened, { schema });
  } catch (e) {
    client?.close();
    throw new Error(`cannot open database ${config.url.split('?')[0]}: ${reasonOf(e, file)}`, { cause: e });
  }
}

/**
 * At a million reports the indexes are hundreds of megabytes; with SQLite's default 2 MB page cache
 * every index insert and lookup became a pread() system call. A 64 MB cache and 256 MB of memory
 * mapping serve them from memory (file-backed pages the OS can drop, counted once however shared).
 */
export const CACHE_PRAGMAS = [
  'PRAGMA cache_size = -65536',
  'PRAGMA mmap_size = 268435456',
  'PRAGMA temp_store = MEMORY',
];

/** The config of each file database opened here (not an embedded replica), so side connections can be opened to it. */
const fileConfigs = new WeakMap<Client, DatabaseConfig>();

/**
 * The config of a client's file database, for a connection of its own (write-lock.ts); null for a libSQL
 * server (its client waits for a lock without stopping this thread) and for an embedded replica (its writes
 * go to the primary).
 */
export function fileConfigOf(client: Client): DatabaseConfig | null {
  return fileConfigs.get(client) ?? null;
}

/**
 * The page size of a new plain file (ADR 0023): 16 KB pages hold the 2–4 KB rows of stored documents, prose and
 * originals with little left over (4 KB pages left 2.9 of 14.6 GB unused at a million reports). An existing
 * file keeps its page size (the PRAGMA does nothing once the file has pages); an embedded replica takes its
 * primary's, so it is not set there.
 */
export const NEW_FILE_PAGE_SIZE = 16384;

async function setUpFile(client: Client, plainFile: boolean): Promise<void> {
  // WAL lets readers (the dashboard) go on while an import writes; NORMAL is durable across application crashes.
  // Switching a new file to WAL needs it to itself: while another process migrates it (a long migration, on
  // a loaded machine) the switch can answer SQLITE_BUSY at once, so it is tried again, as the lock is.
  const deadline = Date.now() + BUSY_TIMEOUT_MS;
  for (;;) {
    try {
      // Same call, so the same connection: the page size must be set before WAL writes the file's first page.
      const pageSize = plainFile ? `PRAGMA page_size = ${NEW_FILE_PAGE_SIZE}; ` : '';
      await client.executeMultiple(`${pageSize}PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL;`);
      break;
    } catch (e) {
      if ((e as { code?: string }).code !== 'SQLITE_BUSY' || Date.now() >= deadline) throw e;
      await new Promise((resolve) => setTimeout(resolve, 50 + Math.random() * 150));
    }
  }
  await client.executeMultiple(CACHE_PRAGMAS.join('; '));
}

function reasonOf(e: unknown, file: string | null): string {
  const message = e instanceof Error ? e.message : String(e);
  // libSQL's own words for SQLITE_CANTOPEN (14): 'ConnectionFailed("Unable to open connection to local database …: 14")'.
  if (file && message.includes('Unable to open connection'))
    return `SQLite cannot open or create ${path.resolve(/*turbopackIgnore: true*/ file)} (SQLITE_CANTOPEN)`;
  return message;
}
