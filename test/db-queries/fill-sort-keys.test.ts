import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { createClient } from '@libsql/client';
import { drizzle } from 'drizzle-orm/libsql';
import { migrate } from 'drizzle-orm/libsql/migrator';
import { expect, test } from 'vitest';
import { MIGRATIONS_FOLDER, openDatabase } from '../../db/client';
import { fillSortKeys } from '../../db/queries/fill-sort-keys';
import { pinyinSortKey } from '../../lib/format/pinyin-key';
import { prepareDatabase } from '../../lib/ingest/seed-samples';
import { tempDir } from '../support/temp-db';

/** A migrations folder holding only the first migration: the schema before agencies had sort_key. */
function firstMigrationOnly(): string {
  const dir = path.join(tempDir(), 'migrations');
  mkdirSync(path.join(dir, 'meta'), { recursive: true });
  const journal = JSON.parse(readFileSync(path.join(MIGRATIONS_FOLDER, 'meta/_journal.json'), 'utf8'));
  const first = journal.entries[0];
  writeFileSync(path.join(dir, 'meta/_journal.json'), JSON.stringify({ ...journal, entries: [first] }));
  copyFileSync(path.join(MIGRATIONS_FOLDER, `${first.tag}.sql`), path.join(dir, `${first.tag}.sql`));
  return dir;
}

test('a database made before sort_key migrates, and preparing it gives every old agency its key', async () => {
  const url = `file:${path.join(tempDir(), 'old.db')}`;
  const old = createClient({ url });
  await migrate(drizzle(old), { migrationsFolder: firstMigrationOnly() });
  const names = [
    '重庆市教育委员会',
    '北京市财政局',
    '长沙县科技局',
    ...Array.from({ length: 2500 }, (_, i) => `第${i}号上海市机关`),
  ];
  await old.batch(
    names.map((name, i) => ({
      sql: `INSERT INTO agencies (id, name, region_status, created_at) VALUES (?, ?, 'unresolved', 0)`,
      args: [i + 1, name],
    })),
    'write',
  );
  old.close();

  const db = await openDatabase({ url });
  const before = await db.$client.execute('SELECT count(*) AS n FROM agencies WHERE sort_key IS NULL');
  expect(Number(before.rows[0].n)).toBe(names.length);
  await prepareDatabase({ db, samples: false });
  const rows = await db.$client.execute('SELECT name, sort_key FROM agencies ORDER BY sort_key, id LIMIT 3');
  expect(rows.rows.map((r) => [r.name, r.sort_key])).toEqual([
    ['北京市财政局', 'bei jing shi cai zheng ju'],
    ['长沙县科技局', 'chang sha xian ke ji ju'],
    ['重庆市教育委员会', 'chong qing shi jiao yu wei yuan hui'],
  ]);
  const missing = await db.$client.execute('SELECT count(*) AS n FROM agencies WHERE sort_key IS NULL');
  expect(Number(missing.rows[0].n)).toBe(0);
  const sample = await db.$client.execute(`SELECT name, sort_key FROM agencies WHERE id = 1000`);
  expect(sample.rows[0].sort_key).toBe(pinyinSortKey(String(sample.rows[0].name)));
  // Once filled, there is nothing left to do.
  expect(await fillSortKeys(db, pinyinSortKey)).toBe(0);
  db.$client.close();
});
