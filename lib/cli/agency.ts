/**
 * `npm run agency -- ambiguous` lists agencies whose region is ambiguous, with candidates;
 * `npm run agency -- settle-region "NAME" CODE` settles one (the dashboard will offer the same later);
 * `npm run agency -- held` lists reports held because their agency or year is uncertain, and
 * `npm run agency -- file-held ID` files one in force once a person has checked it;
 * `npm run agency -- import-list FILE.csv` sets the list of agencies expected to publish every year (name, region code, type).
 */
import { listHeldReports } from '../../db/queries/held-reports';
import { listAmbiguousAgencies } from '../../db/queries/list-ambiguous-agencies';
import { settleRegion } from '../../db/queries/settle-region';
import { importAgencyList } from '../agencies/import-agency-list';
import { fileHeldReport } from '../ingest/file-held-report';
import { prepareDatabase } from '../ingest/seed-samples';
import { errorMessage } from '../refusal/refusal';

const USAGE =
  'usage: npm run agency -- ambiguous | settle-region "AGENCY NAME" CODE | held | file-held REPORT_ID | import-list FILE.csv\n';

async function main(): Promise<number> {
  const [command, ...rest] = process.argv.slice(2).filter((a) => a !== '--');
  const db = await prepareDatabase({ samples: false });
  try {
    if (command === 'ambiguous') {
      const ambiguous = await listAmbiguousAgencies(db);
      if (ambiguous.length === 0) process.stdout.write('no agency has an ambiguous region\n');
      for (const a of ambiguous) {
        process.stdout.write(`${a.agency}\n  ${a.evidence ?? ''}\n`);
        for (const c of a.candidates) process.stdout.write(`  ${c.code} ${c.name}\n`);
      }
      return 0;
    }
    if (command === 'settle-region' && rest.length === 2) {
      const { region } = await settleRegion(db, rest[0], rest[1]);
      process.stdout.write(`${rest[0]} → ${rest[1]} ${region}\n`);
      return 0;
    }
    if (command === 'held' && rest.length === 0) {
      const lists = await Promise.all(
        [false, true].map(async (synthetic) => ({
          synthetic,
          ...(await listHeldReports(db, { synthetic, limit: 1000 })),
        })),
      );
      if (lists.every((l) => l.total === 0)) process.stdout.write('no reports are held for review\n');
      for (const { synthetic, rows, total } of lists.filter((l) => l.total > 0)) {
        process.stdout.write(
          `${total} ${synthetic ? 'synthetic ' : ''}report${total === 1 ? '' : 's'} held for review${total > rows.length ? ` (newest ${rows.length} shown)` : ''}:\n`,
        );
        for (const h of rows) {
          process.stdout.write(
            `  #${h.reportId} ${h.fileName}: read as ${h.agency} ${h.year}; ${h.inForce === null ? 'no report in force now' : `report #${h.inForce} in force`}\n`,
          );
        }
      }
      return 0;
    }
    if (command === 'file-held' && rest.length === 1 && /^\d+$/.test(rest[0])) {
      const outcome = await fileHeldReport(db, Number(rest[0]));
      if (!outcome.ok) throw new Error(outcome.refusal.message);
      process.stdout.write(`#${rest[0]} filed as report #${outcome.value.reportId} (${outcome.value.status})\n`);
      return 0;
    }
    if (command === 'import-list' && rest.length === 1) {
      for (const line of await importAgencyList(db, rest[0])) process.stdout.write(`${line}\n`);
      return 0;
    }
    process.stderr.write(USAGE);
    return 2;
  } finally {
    db.$client.close();
  }
}

main().then(
  (code) => (process.exitCode = code),
  (e) => {
    process.stderr.write(`${errorMessage(e)}\n`);
    process.exitCode = 1;
  },
);
