/**
 * Issue 19, item 6: two `npm run import` started together into a database that does not exist yet. One died
 * in migration ("table regions already exists", 7 of 8 trials); both must finish, each report stored once.
 */
import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { expect, test } from 'vitest';
import { openDatabase } from '../../db/client';
import { tempDir } from '../support/temp-db';

const ROOT = path.resolve(__dirname, '../..');
const SAMPLES = path.join(ROOT, 'db/samples');
const SAMPLE_REPORTS = 5;

test('two imports started together into a new database both finish, and store each report once', async () => {
  const url = `file:${path.join(tempDir(), 'new.db')}`;
  const run = () =>
    promisify(execFile)(
      path.join(ROOT, 'node_modules/.bin/tsx'),
      ['lib/cli/import.ts', '--json', '--workers', '0', SAMPLES],
      { cwd: ROOT, env: { ...process.env, DATABASE_URL: url }, timeout: 60_000 },
    )
      // Exit 1: the folder's README is not a report (one failed file); anything else is the import failing.
      .catch((e: { code: number; stdout: string; stderr: string }) =>
        e.code === 1 ? e : Promise.reject(new Error(e.stderr)),
      )
      .then((r) => JSON.parse(r.stdout) as { imported: number; unchanged: number });
  const [a, b] = await Promise.all([run(), run()]);
  expect(a.imported + b.imported).toBe(SAMPLE_REPORTS);
  expect(a.unchanged + b.unchanged).toBe(SAMPLE_REPORTS);
  const db = await openDatabase({ url });
  try {
    expect(
      Number((await db.$client.execute("SELECT count(*) AS n FROM reports WHERE status = 'current'")).rows[0].n),
    ).toBe(SAMPLE_REPORTS);
  } finally {
    db.$client.close();
  }
}, 90_000);
