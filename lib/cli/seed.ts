/**
 * `npm run seed`: makes the database (DATABASE_URL, default data/nianbao.db) ready for the dashboard — opened
 * and migrated, regions filled, rollups current, and the sample reports imported when it holds no report.
 * predev, prestart and predemo run it, so `npm run demo` on a new machine shows the samples; the app itself
 * only opens the database (db/app-database.ts). With --demo (predemo) it also makes the synthetic demo corpus
 * when the database has none (lib/ingest/demo-corpus.ts), once. Exits 2 when the database cannot be opened or seeded.
 */
import { databaseConfig, openDatabase } from '../../db/client';
import { DEMO_REPORTS, ensureDemoCorpus } from '../ingest/demo-corpus';
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
    if (process.argv.includes('--demo')) {
      let shown = -1;
      const demo = await ensureDemoCorpus(db, {
        onProgress: (done, total) => {
          const tenth = Math.floor((10 * done) / total);
          if (tenth === shown) return;
          shown = tenth;
          process.stderr.write(`demo corpus: ${done} of ${total} synthetic reports imported\n`);
        },
      });
      if (demo > 0)
        process.stderr.write(
          `demo corpus: ${demo} synthetic reports (of ${DEMO_REPORTS} generated) — the switch above the filters shows them\n`,
        );
    }
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
