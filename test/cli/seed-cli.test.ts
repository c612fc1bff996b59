/**
 * `npm run seed` (lib/cli/seed.ts), which predev, prestart and predemo run: the app only opens and migrates
 * its database (db/app-database.ts), so a new machine's `npm run demo` gets its regions and samples here.
 */
import { execFile } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { createClient } from '@libsql/client';
import { drizzle } from 'drizzle-orm/libsql';
import { migrate } from 'drizzle-orm/libsql/migrator';
import { describe, expect, test } from 'vitest';
import { MIGRATIONS_FOLDER, openDatabase } from '../../db/client';
import { tempDir } from '../support/temp-db';

const run = promisify(execFile);
const ROOT = path.resolve(__dirname, '../..');
const TSX = path.join(ROOT, 'node_modules/.bin/tsx');

async function seed(url: string): Promise<{ code: number; stderr: string }> {
  try {
    const { stderr } = await run(TSX, ['lib/cli/seed.ts'], { cwd: ROOT, env: { ...process.env, DATABASE_URL: url } });
    return { code: 0, stderr };
  } catch (e) {
    const err = e as { code: number; stderr: string };
    return { code: err.code, stderr: err.stderr };
  }
}

async function counts(url: string) {
  const client = createClient({ url });
  try {
    const n = async (table: string) => Number((await client.execute(`SELECT count(*) AS n FROM ${table}`)).rows[0].n);
    return { regions: await n('regions'), reports: await n('reports') };
  } finally {
    client.close();
  }
}

/** A migrations folder without the newest migration: the schema of the release before it. */
function allButLastMigration(): string {
  const dir = path.join(tempDir(), 'migrations');
  mkdirSync(path.join(dir, 'meta'), { recursive: true });
  const journal = JSON.parse(readFileSync(path.join(MIGRATIONS_FOLDER, 'meta/_journal.json'), 'utf8'));
  const entries = journal.entries.slice(0, -1) as { tag: string }[];
  writeFileSync(path.join(dir, 'meta/_journal.json'), JSON.stringify({ ...journal, entries }));
  for (const e of entries) copyFileSync(path.join(MIGRATIONS_FOLDER, `${e.tag}.sql`), path.join(dir, `${e.tag}.sql`));
  return dir;
}

describe('npm run seed', () => {
  test('a database the app made holds nothing; the seed fills the regions and imports the samples, once', async () => {
    const url = `file:${path.join(tempDir(), 'new.db')}`;
    (await openDatabase({ url })).$client.close();
    expect(await counts(url)).toEqual({ regions: 0, reports: 0 });

    const first = await seed(url);
    expect(first).toEqual({ code: 0, stderr: expect.stringContaining('ready, 5 sample reports imported') });
    const seeded = await counts(url);
    expect(seeded.reports).toBe(5);
    expect(seeded.regions).toBeGreaterThan(3000);

    const again = await seed(url);
    expect(again.code).toBe(0);
    expect(again.stderr).not.toContain('imported');
    expect(await counts(url)).toEqual(seeded);
  }, 60_000);

  test('a database made before the newest migration is migrated and seeded; a place no database can be is refused with exit 2', async () => {
    const url = `file:${path.join(tempDir(), 'old.db')}`;
    const old = createClient({ url });
    await migrate(drizzle(old), { migrationsFolder: allButLastMigration() });
    // Drizzle records each applied migration: one fewer than the folder holds, then all of them.
    const journal = JSON.parse(readFileSync(path.join(MIGRATIONS_FOLDER, 'meta/_journal.json'), 'utf8'));
    const applied = async (c: ReturnType<typeof createClient>) =>
      Number((await c.execute('SELECT count(*) AS n FROM __drizzle_migrations')).rows[0].n);
    expect(await applied(old)).toBe(journal.entries.length - 1);
    old.close();

    expect((await seed(url)).code).toBe(0);
    const client = createClient({ url });
    expect(await applied(client)).toBe(journal.entries.length);
    client.close();
    expect((await counts(url)).reports).toBe(5);

    const refused = await seed(`file:${path.join(ROOT, 'package.json')}/x.db`);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/^seed failed: cannot open database .*package\.json is a file, not a folder/);
  }, 60_000);
});
