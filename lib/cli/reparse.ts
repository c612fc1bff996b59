/**
 * `npm run reparse [-- --all] [--json] [--workers N]`: parses the stored originals again with this version's
 * parser (lib/ingest/reparse-stored.ts) — the reports another parser version made, or with --all every current
 * report — into the database (DATABASE_URL, default data/nianbao.db). Exits 1 when any failed (they keep their report).
 */
import { availableParallelism } from 'node:os';
import { reparseStored } from '../ingest/reparse-stored';
import { prepareDatabase } from '../ingest/seed-samples';
import { PARSER_VERSION } from '../report/version';
import { progressBar } from './progress';
import { errorMessage } from '../refusal/refusal';

async function main(): Promise<number> {
  const args = process.argv.slice(2).filter((a) => a !== '--');
  const w = args.indexOf('--workers');
  const unknown = args.filter((a, i) => !['--all', '--json', '--workers'].includes(a) && !(w >= 0 && i === w + 1));
  if (unknown.length > 0) {
    process.stderr.write(`unknown argument ${unknown[0]}\nusage: npm run reparse [-- --all] [--json] [--workers N]\n`);
    return 2;
  }
  const db = await prepareDatabase({ samples: false });
  const bar = progressBar();
  const summary = await reparseStored(db, {
    all: args.includes('--all'),
    workers: w >= 0 ? Number(args[w + 1]) : availableParallelism(),
    onProgress: (done, total, failed) => bar.update(done, total, failed),
    onFailure: (_file, error) => bar.line(`✗ ${error} (its report is kept as it was)`),
  }).finally(() => bar.end());
  const { replaced, failed, files, seconds } = summary;
  if (args.includes('--json')) {
    process.stdout.write(
      `${JSON.stringify(
        { parserVersion: PARSER_VERSION, reparsed: replaced, failed, files, seconds: Number(seconds.toFixed(3)) },
        null,
        2,
      )}\n`,
    );
  } else if (files === 0) {
    process.stdout.write(`every report was made by parser ${PARSER_VERSION}; --all parses them again anyway\n`);
  } else {
    process.stdout.write(
      `${files} stored originals parsed again by parser ${PARSER_VERSION} in ${seconds.toFixed(1)} s: ${replaced} reports renewed, ${failed.length} failed\n`,
    );
  }
  db.$client.close();
  return failed.length > 0 ? 1 : 0;
}

main().then(
  (code) => (process.exitCode = code),
  (e) => {
    process.stderr.write(`reparse failed: ${errorMessage(e)}\n`);
    process.exitCode = 2;
  },
);
