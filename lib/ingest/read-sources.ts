/**
 * The sources of an import read a chunk at a time: what one is, how the chunks are cut, and how a chunk is read and
 * hashed (on the reader's thread for files on disk, file-reader.ts; here for uploads and stored originals).
 */
import type { FileReader, ReadFile } from './file-reader';
import { sourceHash } from './prepare-report';
import { errorMessage } from '../refusal/refusal';

/** One file to import, from disk or from an upload; `read` is called once, with the files about to be hashed and prepared. */
export interface ImportSource {
  name: string;
  read(): Promise<Uint8Array>;
  /** A file on disk: a parallel import reads and hashes it on the reader's thread (file-reader.ts) instead. */
  path?: string;
}

/**
 * Each source's bytes and their hash, or why it could not be read: files on disk on the reader's thread when there
 * is one (file-reader.ts), anything else (uploads, stored originals) here.
 */
export async function readAndHash(sources: ImportSource[], reader: FileReader | null): Promise<ReadFile[]> {
  const paths = sources.flatMap((s) => (s.path === undefined ? [] : [s.path]));
  if (reader && paths.length === sources.length) {
    // Should the thread fail, the files are read here instead: slower, nothing lost.
    const read = await reader.read(paths).catch(() => null);
    if (read) return read.map((r, i) => ({ ...r, name: sources[i].name }));
  }
  const out: ReadFile[] = [];
  for (const source of sources) {
    try {
      const bytes = await source.read();
      out.push({ name: source.name, bytes, hash: sourceHash(bytes) });
    } catch (e) {
      out.push({ name: source.name, error: errorMessage(e) });
    }
  }
  return out;
}

/** The batches cut into chunks of at most `size`, in order. */
export async function* chunksOf<T>(batches: AsyncIterable<T[]> | Iterable<T[]>, size: number): AsyncIterable<T[]> {
  for await (const batch of batches)
    for (let start = 0; start < batch.length; start += size) yield batch.slice(start, start + size);
}
