/**
 * `npm run agency -- ambiguous` lists agencies whose region is ambiguous, with candidates;
 * `npm run agency -- settle-region "NAME" CODE` settles one (the dashboard will offer the same later).
 */
import { listAmbiguousAgencies } from '../../db/queries/list-ambiguous-agencies';
import { settleRegion } from '../../db/queries/settle-region';
import { prepareDatabase } from '../ingest/bootstrap';

async function main(): Promise<number> {
  const [command, ...rest] = process.argv.slice(2).filter((a) => a !== '--');
  const db = await prepareDatabase({ samples: false });
  try {
    if (command === 'ambiguous') {
      for (const a of await listAmbiguousAgencies(db)) {
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
    process.stderr.write('usage: npm run agency -- ambiguous | settle-region "AGENCY NAME" CODE\n');
    return 2;
  } finally {
    db.$client.close();
  }
}

main().then(
  (code) => (process.exitCode = code),
  (e) => {
    process.stderr.write(`${e instanceof Error ? e.message : String(e)}\n`);
    process.exitCode = 1;
  },
);
