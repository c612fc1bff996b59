/**
 * The database an export's worker thread opens: the app's own, and for an embedded replica the file as it is,
 * not synced again (the thread only reads). For route handlers, which may not reach db/client themselves.
 */
import { type DatabaseConfig, databaseConfig } from '../../db/client';

export function exportDatabase(): DatabaseConfig {
  return { ...databaseConfig(), syncUrl: undefined, syncInterval: undefined };
}
