/**
 * Where the database is: DATABASE_URL (+ DATABASE_AUTH_TOKEN), DATABASE_SYNC_URL for an embedded replica,
 * else the embedded file data/nianbao.db (docs/database.md).
 */
import path from 'node:path';

export interface DatabaseConfig {
  url: string;
  authToken?: string;
  syncUrl?: string;
  syncInterval?: number;
}

export const DEFAULT_DATABASE_FILE = path.join(/*turbopackIgnore: true*/ process.cwd(), 'data', 'nianbao.db');

export function databaseConfig(env: Record<string, string | undefined> = process.env): DatabaseConfig {
  return {
    url: env.DATABASE_URL || `file:${DEFAULT_DATABASE_FILE}`,
    authToken: env.DATABASE_AUTH_TOKEN || undefined,
    syncUrl: env.DATABASE_SYNC_URL || undefined,
    syncInterval: env.DATABASE_SYNC_INTERVAL ? Number(env.DATABASE_SYNC_INTERVAL) : undefined,
  };
}
