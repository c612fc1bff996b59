/**
 * For killed-import.test.ts, in a process of its own: `node --import tsx killed-import-child.ts URL FOLDER KILL_AFTER`
 * imports FOLDER as `npm run import` does, in groups of 10, and is killed (SIGKILL) as soon as KILL_AFTER
 * reports are saved: after a group's commit, before the import's refresh of the rollups.
 */
import { openDatabase } from '../../db/client';
import { importPaths } from '../../lib/ingest/import-files';

async function main(): Promise<void> {
  const [url, folder, killAfter] = process.argv.slice(2);
  const db = await openDatabase({ url });
  let saved = 0;
  await importPaths(db, [folder], {
    groupSize: 10,
    workers: 0,
    onSaved: () => {
      if (++saved >= Number(killAfter)) process.kill(process.pid, 'SIGKILL');
    },
  });
  process.stderr.write(`the import ended before ${killAfter} reports were saved (${saved})\n`);
}

void main();
