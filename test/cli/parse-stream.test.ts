/**
 * `npm run parse` writes each batch of entries as soon as it and the batches before it are parsed: checked
 * with a pool whose batches the test finishes one at a time (the files are real, the walk is the import's).
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { describe, expect, test } from 'vitest';
import { type EntryChunk, entryChunk, parsedEntry } from '../../lib/cli/parse-entry';
import type { ParsePool } from '../../lib/cli/parse-pool';
import { BATCH, EntryWriter, streamEntries } from '../../lib/cli/parse-stream';

/** A pool that hands each batch back only when the test says so. */
function heldPool(capacity: number) {
  const batches: { files: string[]; finish: () => void }[] = [];
  const pool: ParsePool = {
    capacity,
    parse: (files) =>
      new Promise<EntryChunk>((resolve) =>
        batches.push({
          files,
          finish: () =>
            resolve(
              entryChunk(
                files.map((f) => parsedEntry(f, { n: files.indexOf(f) }, 'jsonl')),
                'jsonl',
              ),
            ),
        }),
      ),
    close: async () => {},
  };
  return { pool, batches };
}

const settle = () => new Promise((r) => setTimeout(r, 20));

function folderOf(count: number): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'nianbao-stream-'));
  for (let i = 0; i < count; i++) writeFileSync(path.join(dir, `f${String(i).padStart(2, '0')}.txt`), '');
  return dir;
}

describe('streamEntries', () => {
  test('a batch is written while later ones are still being parsed, and only a few are out at once', async () => {
    const dir = folderOf(2 * BATCH + 5);
    const { pool, batches } = heldPool(1);
    const out = new PassThrough();
    let written = '';
    out.on('data', (c: Buffer) => (written += c.toString()));
    const errors: string[] = [];
    const writer = new EntryWriter('jsonl', out, { write: (l: string) => errors.push(l) });
    const done = streamEntries([dir], pool, writer, 'jsonl');

    await settle();
    expect(batches).toHaveLength(2); // the second waits for the first: nothing piles up
    expect(written).toBe('');
    batches[0].finish();
    await settle();
    const first = written.split('\n').filter(Boolean);
    expect(first).toHaveLength(BATCH);
    expect(JSON.parse(first[0]).file).toBe(path.join(dir, 'f00.txt'));
    expect(batches).toHaveLength(3);

    // Out of order back from the pool, in order out.
    batches[2].finish();
    await settle();
    expect(written.split('\n').filter(Boolean)).toHaveLength(BATCH);
    batches[1].finish();
    await done;
    const all = written
      .split('\n')
      .filter(Boolean)
      .map((l) => JSON.parse(l).file);
    expect(all).toEqual(
      Array.from({ length: 2 * BATCH + 5 }, (_, i) => path.join(dir, `f${String(i).padStart(2, '0')}.txt`)),
    );
    expect(errors).toEqual([]);
  });

  test('the array form: brackets and commas around entries written a batch at a time', async () => {
    const dir = folderOf(BATCH + 1);
    const pool: ParsePool = {
      capacity: 1,
      parse: async (files) =>
        entryChunk(
          files.map((f) => parsedEntry(path.basename(f), { ok: true }, 'array')),
          'array',
        ),
      close: async () => {},
    };
    const out = new PassThrough();
    let written = '';
    out.on('data', (c: Buffer) => (written += c.toString()));
    await streamEntries([dir], pool, new EntryWriter('array', out, { write: () => 0 }), 'array');
    const expected = Array.from({ length: BATCH + 1 }, (_, i) => ({
      file: `f${String(i).padStart(2, '0')}.txt`,
      ok: true,
    }));
    expect(written).toBe(`${JSON.stringify(expected, null, 2)}\n`);
  });
});
