/**
 * The database of the running app: opened and migrated once per process, on first use, from DATABASE_URL
 * (client.ts), and nothing more. What a new database needs before it shows anything (the regions, the
 * sample reports) is done before the server starts, by `npm run seed` (lib/cli/seed.ts, run by predev,
 * prestart and predemo); a database the app made itself holds no report and its pages show empty.
 */
import { type Db, openDatabase } from './client';

let shared: Promise<Db> | null = null;

/** The process-wide database; a failed open is tried again at the next call. */
export function appDatabase(): Promise<Db> {
  shared ??= openDatabase().catch((e) => {
    shared = null;
    throw e;
  });
  return shared;
}
