/**
 * The import's file reader thread (lib/ingest/file-reader.ts): the bytes and hash of each file as the writer's
 * thread would have read and hashed them, in the order asked, and a file it cannot read named as
 * read-source-file.ts names it; a parallel import stores and finds again the hashes it gives.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { fileReader } from '../../lib/ingest/file-reader';
import { importPaths } from '../../lib/ingest/import-files';
import { sourceHash } from '../../lib/ingest/prepare-report';
import { readSourceFile } from '../../lib/ingest/read-source-file';
import { tempDatabase, tempDir } from '../support/temp-db';

const SAMPLES = path.resolve(__dirname, '../../db/samples');
const reader = fileReader();
afterAll(() => reader.close());

test('bytes and hashes as read here, in the order asked, empty and large files too', async () => {
  const dir = tempDir();
  const files = [
    path.join(SAMPLES, '003_ce3ce06ef0481c4f.txt'),
    path.join(dir, 'empty.txt'),
    path.join(dir, 'large.bin'),
    path.join(SAMPLES, '000_1552932f4d23b490.txt'),
  ];
  writeFileSync(files[1], '');
  writeFileSync(files[2], Buffer.alloc(3_000_000, 0xab));
  const read = await reader.read(files);
  expect(read.map((r) => r.name)).toEqual(files);
  for (const [i, r] of read.entries()) {
    if (!('bytes' in r)) throw new Error(`${files[i]} not read: ${r.error}`);
    const here = readFileSync(files[i]);
    expect(Buffer.from(r.bytes).equals(here)).toBe(true);
    expect(r.hash).toBe(sourceHash(here));
  }
});

test('a file that cannot be read is named as the writer thread names it; the others are read', async () => {
  const dir = tempDir();
  const missing = path.join(dir, 'gone.txt');
  const folder = path.join(dir, 'a-folder.txt');
  mkdirSync(folder);
  const ok = path.join(SAMPLES, '004_91f57d8fbcd74313.txt');
  const read = await reader.read([missing, ok, folder]);
  for (const [i, file] of [
    [0, missing],
    [2, folder],
  ] as const) {
    const here = await readSourceFile(file).then(
      () => null,
      (e: Error) => e.message,
    );
    expect(read[i]).toEqual({ name: file, error: here });
  }
  expect('bytes' in read[1] && read[1].hash).toBe(sourceHash(readFileSync(ok)));
});

test('a parallel import stores the hashes the reader gave, and finds them again: a second import changes nothing', async () => {
  const { db } = await tempDatabase();
  const first = await importPaths(db, [SAMPLES], { workers: 1 });
  expect(first.imported).toBe(5);
  const stored = await db.$client.execute('SELECT source_hash AS h FROM reports ORDER BY source_hash');
  const files = readdirSync(SAMPLES).filter((f) => f.endsWith('.txt'));
  expect(stored.rows.map((r) => String(r.h))).toEqual(
    files.map((f) => sourceHash(readFileSync(path.join(SAMPLES, f)))).sort(),
  );
  const again = await importPaths(db, [SAMPLES], { workers: 1 });
  expect(again.unchanged).toBe(5);
  expect(again.imported).toBe(0);
  db.$client.close();
});
