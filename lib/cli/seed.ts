/**
 * `npm run seed`: makes the database (DATABASE_URL, default data/nianbao.db) ready for the dashboard — opened
 * and migrated, regions filled, rollups current, and the sample reports imported when it holds no report.
 * predev, prestart and predemo run it, so `npm run demo` on a new machine shows the samples; the app itself
 * only opens the database (db/app-database.ts). Exits 2 when the database cannot be opened or seeded.
 */
import { databaseConfig, openDatabase } from '../../db/client';
import { seedDatabase } from '../ingest/seed-samples';
import { errorMessage } from '../refusal/refusal';

async function main(): Promise<number> {
  const db = await openDatabase();
  try {
    const { samplesImported } = await seedDatabase(db);
    const where = databaseConfig().url.split('?')[0];
    process.stderr.write(
      samplesImported > 0
        ? `database ${where}: ready, ${samplesImported} sample reports imported\n`
        : `database ${where}: ready\n`,
    );
    return 0;
  } finally {
    db.$client.close();
  }
}

main().then(
  (code) => (process.exitCode = code),
  (e) => {
    process.stderr.write(`seed failed: ${errorMessage(e)}\n`);
    process.exitCode = 2;
  },
);
