/** A fresh libSQL file database in a temp folder, migrated: one per test file, never a mock. */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { type Db, openDatabase } from '../../db/client';
import { prepareDatabase } from '../../lib/ingest/seed-samples';

export function tempDir(prefix = 'nianbao-'): string {
  return mkdtempSync(path.join(tmpdir(), prefix));
}

export async function tempDatabase(): Promise<{ db: Db; url: string; dir: string }> {
  const dir = tempDir();
  const url = `file:${path.join(dir, 'test.db')}`;
  const db = await openDatabase({ url });
  await prepareDatabase({ db, samples: false });
  return { db, url, dir };
}
