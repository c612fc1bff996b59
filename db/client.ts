/**
 * The database handle. Default: an embedded libSQL file at data/nianbao.db, created and migrated on
 * first use. DATABASE_URL (+ DATABASE_AUTH_TOKEN) points the same code at a libSQL server or Turso;
 * DATABASE_SYNC_URL with a file: DATABASE_URL makes an embedded replica (see docs/database.md).
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { type Client, createClient } from '@libsql/client';
import { drizzle, type LibSQLDatabase } from 'drizzle-orm/libsql';
import { migrate } from 'drizzle-orm/libsql/migrator';
import * as schema from './schema';

export type Db = LibSQLDatabase<typeof schema> & { $client: Client };

export interface DatabaseConfig {
  url: string;
  authToken?: string;
  syncUrl?: string;
  syncInterval?: number;
}

export const MIGRATIONS_FOLDER = path.join(/*turbopackIgnore: true*/ process.cwd(), 'db', 'migrations');
export const DEFAULT_DATABASE_FILE = path.join(/*turbopackIgnore: true*/ process.cwd(), 'data', 'nianbao.db');

export function databaseConfig(env: Record<string, string | undefined> = process.env): DatabaseConfig {
  return {
    url: env.DATABASE_URL || `file:${DEFAULT_DATABASE_FILE}`,
    authToken: env.DATABASE_AUTH_TOKEN || undefined,
    syncUrl: env.DATABASE_SYNC_URL || undefined,
    syncInterval: env.DATABASE_SYNC_INTERVAL ? Number(env.DATABASE_SYNC_INTERVAL) : undefined,
  };
}

function localFile(url: string): string | null {
  if (!url.startsWith('file:')) return null;
  const file = url.slice('file:'.length);
  return file === ':memory:' || file === '' ? null : file;
}

/** Opens (creating the file and its folder if needed) and migrates the database. */
export async function openDatabase(config: DatabaseConfig = databaseConfig()): Promise<Db> {
  const file = localFile(config.url);
  if (file) mkdirSync(path.dirname(path.resolve(/*turbopackIgnore: true*/ file)), { recursive: true });
  const client = createClient(config);
  if (file) {
    // WAL lets readers (the dashboard) go on while an import writes; NORMAL is durable across
    // application crashes, and the busy timeout lets two imports wait for each other.
    await client.executeMultiple('PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA busy_timeout = 30000;');
    // At a million reports the indexes are hundreds of megabytes; with SQLite's default 2 MB page cache
    // every index insert and lookup became a pread() system call. A 64 MB cache and 256 MB of memory
    // mapping serve them from memory (file-backed pages the OS can drop, counted once however shared).
    await client.executeMultiple('PRAGMA cache_size = -65536; PRAGMA mmap_size = 268435456; PRAGMA temp_store = MEMORY;');
  }
  await client.execute('PRAGMA foreign_keys = ON');
  const db = drizzle(client, { schema });
  await migrate(db, { migrationsFolder: MIGRATIONS_FOLDER });
  return db;
}
