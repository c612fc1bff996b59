/**
 * The app's database as the upload routes save into it: seeded once per process without the samples, so a
 * server started without `npm run seed` (`next start` alone, on a new database) still files an upload with
 * its region's names. Only the upload routes use it; every other page reads db/app-database.ts alone.
 */
import type { Db } from '../../db/client';
import { appDatabase } from '../../db/app-database';
import { seedDatabase } from './seed-samples';

let seeded: Promise<Db> | null = null;

export function uploadDatabase(): Promise<Db> {
  seeded ??= appDatabase()
    .then(async (db) => {
      await seedDatabase(db, { samples: false });
      return db;
    })
    .catch((e) => {
      seeded = null;
      throw e;
    });
  return seeded;
}
