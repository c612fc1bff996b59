/**
 * openDatabase on a new file from several processes at once (each must find the schema the first one
 * made), and on places no database can be: a clear error naming the URL and the problem, at once.
 */
import { execFile } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { expect, test } from 'vitest';
import { createClient } from '@libsql/client';
import { MIGRATIONS_FOLDER, NEW_FILE_PAGE_SIZE, openDatabase } from '../../db/client';
import { tempDir } from '../support/temp-db';

const ROOT = path.resolve(__dirname, '../..');
const CHILD = path.join(__dirname, 'open-database-child.ts');
const execFileAsync = promisify(execFile);
const MIGRATIONS = (
  JSON.parse(readFileSync(path.join(MIGRATIONS_FOLDER, 'meta/_journal.json'), 'utf8')) as { entries: unknown[] }
).entries.length;

interface Opened {
  ok: boolean;
  ms: number;
  error?: string;
}

/** openDatabase in a process of its own (killed after `timeout` ms if it never returns). */
async function openInProcess(url: string, startAt = 0, timeout = 30_000): Promise<Opened> {
  const { stdout } = await execFileAsync(process.execPath, ['--import', 'tsx', CHILD, url, String(startAt)], {
    cwd: ROOT,
    timeout,
  });
  return JSON.parse(stdout) as Opened;
}

async function appliedMigrations(url: string): Promise<number> {
  const db = await openDatabase({ url });
  try {
    return Number((await db.$client.execute('SELECT count(*) AS n FROM __drizzle_migrations')).rows[0].n);
  } finally {
    db.$client.close();
  }
}

test('four processes opening one new database together all succeed, and each migration is applied once', async () => {
  for (let round = 0; round < 2; round++) {
    const url = `file:${path.join(tempDir(), 'new.db')}`;
    // Each child loads its modules first and opens at the same moment as the others.
    const startAt = Date.now() + 3000;
    const opened = await Promise.all([1, 2, 3, 4].map(() => openInProcess(url, startAt)));
    expect(opened.map((o) => o.error ?? 'ok')).toEqual(['ok', 'ok', 'ok', 'ok']);
    expect(await appliedMigrations(url)).toBe(MIGRATIONS);
  }
}, 90_000);

test('four openers of one new database in one process all succeed', async () => {
  const url = `file:${path.join(tempDir(), 'new.db')}`;
  const opened = await Promise.allSettled([1, 2, 3, 4].map(() => openDatabase({ url })));
  expect(opened.map((o) => (o.status === 'rejected' ? String(o.reason) : 'ok'))).toEqual(['ok', 'ok', 'ok', 'ok']);
  for (const o of opened) if (o.status === 'fulfilled') o.value.$client.close();
  expect(await appliedMigrations(url)).toBe(MIGRATIONS);
});

/** The error openDatabase gives for `url`, which must come within a second. */
async function refusal(url: string): Promise<string> {
  const started = performance.now();
  const error = await openDatabase({ url }).then(
    (db) => {
      db.$client.close();
      return 'opened';
    },
    (e: Error) => e.message,
  );
  expect(performance.now() - started).toBeLessThan(1000);
  return error;
}

test('a path through a file: "… is a file, not a folder"', async () => {
  expect(await refusal('file:/etc/passwd/x.db')).toBe(
    'cannot open database file:/etc/passwd/x.db: /etc/passwd is a file, not a folder',
  );
  expect(await refusal('file:/etc/passwd/deeper/x.db')).toBe(
    'cannot open database file:/etc/passwd/deeper/x.db: /etc/passwd is a file, not a folder',
  );
});

test('a folder, a device, a file that is not a database: each said so', async () => {
  const dir = tempDir();
  expect(await refusal(`file:${dir}`)).toBe(
    `cannot open database file:${dir}: ${dir} is a folder, not a database file`,
  );
  expect(await refusal('file:/dev/null')).toMatch(
    /^cannot open database file:\/dev\/null: \/dev\/null is not a regular file/,
  );
  expect(await refusal('file:/etc/passwd')).toBe(
    'cannot open database file:/etc/passwd: SQLITE_NOTADB: file is not a database',
  );
});

test('a folder that cannot be made: "cannot create folder …: permission denied"', async () => {
  // Root may write anywhere a mode allows nothing; /sys refuses even root.
  const root = process.getuid?.() === 0;
  if (root && !existsSync('/sys/kernel')) return;
  const parent = root ? '/sys' : path.join(tempDir(), 'read-only');
  if (!root) {
    mkdirSync(parent);
    chmodSync(parent, 0o555);
  }
  expect(await refusal(`file:${parent}/nope/x.db`)).toBe(
    `cannot open database file:${parent}/nope/x.db: cannot create folder ${parent}/nope: permission denied`,
  );
});

test.skipIf(!existsSync('/proc/self'))(
  "under /proc (where Node's recursive mkdir spun forever): refused within a second, in a process of its own",
  async () => {
    const opened = await openInProcess('file:/proc/nope/x.db', 0, 20_000);
    expect(opened).toMatchObject({
      ok: false,
      error:
        'cannot open database file:/proc/nope/x.db: cannot create folder /proc/nope: /proc does not take new folders',
    });
    expect(opened.ms).toBeLessThan(1000);
    const file = await openInProcess('file:/proc/x.db', 0, 20_000);
    expect(file).toMatchObject({
      ok: false,
      error: 'cannot open database file:/proc/x.db: SQLite cannot open or create /proc/x.db (SQLITE_CANTOPEN)',
    });
    expect(file.ms).toBeLessThan(1000);
  },
);

test('`npm run import` with a bad DATABASE_URL prints the reason and exits 2 instead of hanging', async () => {
  for (const [url, reason] of [
    ['file:/etc/passwd/x.db', '/etc/passwd is a file, not a folder'],
    ...(existsSync('/proc/self')
      ? [['file:/proc/nope/x.db', 'cannot create folder /proc/nope: /proc does not take new folders']]
      : []),
  ]) {
    const run = await execFileAsync(
      path.join(ROOT, 'node_modules/.bin/tsx'),
      ['lib/cli/import.ts', path.join(ROOT, 'db/samples')],
      {
        cwd: ROOT,
        env: { ...process.env, DATABASE_URL: url },
        timeout: 20_000,
      },
    ).then(
      () => ({ code: 0, stderr: '', killed: false }),
      (e: { code: number; stderr: string; killed: boolean }) => e,
    );
    expect(run.killed).toBe(false);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(`import failed: cannot open database ${url}: ${reason}\n`);
  }
}, 60_000);

test('a new file gets 16 KB pages; a file made with 4 KB pages keeps them and opens', async () => {
  const fresh = `file:${path.join(tempDir(), 'fresh.db')}`;
  const made = await openDatabase({ url: fresh });
  const pageSize = async (db: Awaited<ReturnType<typeof openDatabase>>) =>
    Number((await db.$client.execute('PRAGMA page_size')).rows[0].page_size);
  try {
    expect(await pageSize(made)).toBe(NEW_FILE_PAGE_SIZE);
  } finally {
    made.$client.close();
  }
  // An older database: 4 KB pages, already in WAL mode with a table in it.
  const oldFile = path.join(tempDir(), 'old.db');
  const old = createClient({ url: `file:${oldFile}` });
  await old.executeMultiple('PRAGMA page_size = 4096; PRAGMA journal_mode = WAL; CREATE TABLE kept (x INTEGER);');
  old.close();
  const reopened = await openDatabase({ url: `file:${oldFile}` });
  try {
    expect(await pageSize(reopened)).toBe(4096);
    expect(await appliedMigrations(`file:${oldFile}`)).toBe(MIGRATIONS);
  } finally {
    reopened.$client.close();
  }
});
