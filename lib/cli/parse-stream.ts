/**
 * The output of `npm run parse` as it is made: the files under the given paths sent to the pool in batches,
 * in walk order, and each batch's entries written as soon as it and every batch before it are back, so no
 * more than the pool's capacity of batches is ever held. Paths that are not there keep their place.
 */
import { once } from 'node:events';
import type { Writable } from 'node:stream';
import { walkFiles } from '../ingest/walk-files';
import { type EntryChunk, type EntryStyle, entryChunk, failedEntry } from './parse-entry';
import type { ParsePool } from './parse-pool';

/** Files sent to a worker at once: a message per file costs the workers a share of their time. */
export const BATCH = 16;

/** Writes the entries in order: the array's brackets and commas, or one line each; waits when `out` is full. */
export class EntryWriter {
  private written = 0;
  failed = 0;

  constructor(
    private readonly style: EntryStyle,
    private readonly out: Writable,
    private readonly errors: { write(line: string): unknown },
  ) {}

  async write(chunk: EntryChunk): Promise<void> {
    if (chunk.count === 0) return;
    for (const error of chunk.errors) this.errors.write(`${error}\n`);
    this.failed += chunk.errors.length;
    if (this.style === 'array') this.out.write(this.written === 0 ? '[\n' : ',\n');
    this.written += chunk.count;
    if (!this.out.write(chunk.bytes)) await once(this.out, 'drain');
  }

  end(): void {
    if (this.style === 'array') this.out.write(this.written === 0 ? '[]\n' : '\n]\n');
  }
}

/** Parses every file under `paths` with `pool` and writes the entries through `writer`, in walk order. */
export async function streamEntries(
  paths: string[],
  pool: ParsePool,
  writer: EntryWriter,
  style: EntryStyle,
): Promise<void> {
  // Batches out at the pool, in the order their entries are to be written.
  const queue: Promise<EntryChunk>[] = [];
  const send = async (entries: Promise<EntryChunk>) => {
    queue.push(entries);
    while (queue.length > pool.capacity) await writer.write(await queue.shift()!);
  };
  // Paths that are not there (and links to nothing) keep their place among the files: `before` says where.
  let missing: { entry: EntryChunk; before: number }[] = [];
  const onMissing = (m: { file: string; error: string }, before: number) =>
    missing.push({ entry: entryChunk([failedEntry(m.file, m.error, style)], style), before });
  for await (const files of walkFiles(paths, onMissing)) {
    let from = 0;
    for (const m of missing) {
      for (; from + BATCH <= m.before; from += BATCH) await send(pool.parse(files.slice(from, from + BATCH)));
      if (from < m.before) await send(pool.parse(files.slice(from, m.before)));
      from = m.before;
      await send(Promise.resolve(m.entry));
    }
    missing = [];
    for (; from < files.length; from += BATCH) await send(pool.parse(files.slice(from, from + BATCH)));
  }
  for (const m of missing) await send(Promise.resolve(m.entry));
  while (queue.length > 0) await writer.write(await queue.shift()!);
  writer.end();
}
