/**
 * The files under the paths an import is given: files as given, folders recursively in name order, hidden
 * entries inside folders skipped. Walked as the import goes rather than listed first: a million paths held as
 * import sources took hundreds of megabytes of heap (measured: ADR 0007, 'The import target'), and each
 * entry's kind comes from the folder listing instead of one `stat` a file.
 */
import type { Dirent } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';

/** Files handed on at a time. */
const BATCH = 256;

export interface MissingPath {
  file: string;
  error: string;
}

/** How many files the walk will find, and the given paths that do not exist (for the progress and the summary). */
export async function countFiles(paths: string[]): Promise<{ count: number; missing: MissingPath[] }> {
  let count = 0;
  const missing: MissingPath[] = [];
  for await (const batch of walkFiles(paths, (m) => missing.push(m))) count += batch.length;
  return { count, missing };
}

/**
 * Every file, in the order `listFiles` gives them, in batches. `onMissing` hears of each path that is not
 * there as the walk meets it, with how many files of the next batch come before it (to keep the order).
 */
export async function* walkFiles(
  paths: string[],
  onMissing?: (m: MissingPath, before: number) => void,
): AsyncGenerator<string[]> {
  const batch: string[] = [];
  async function* visitFolder(folder: string): AsyncGenerator<string[]> {
    const entries = (await readdir(folder, { withFileTypes: true })).filter((e) => !e.name.startsWith('.'));
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      const p = path.join(folder, entry.name);
      const kind = await kindOf(p, entry);
      if (kind === 'folder') yield* visitFolder(p);
      else if (kind === 'missing') onMissing?.({ file: p, error: `${p}: a link to nothing` }, batch.length);
      else if (kind === 'file') {
        batch.push(p);
        if (batch.length >= BATCH) yield batch.splice(0);
      }
    }
  }
  for (const p of paths) {
    const kind = await kindOf(p);
    if (kind === 'missing') onMissing?.({ file: p, error: `${p}: no such file or folder` }, batch.length);
    else if (kind === 'folder') yield* visitFolder(p);
    else if (kind === 'file') batch.push(p);
  }
  if (batch.length > 0) yield batch;
}

/** Lists them all at once (small inputs, the benchmark's corpus statistics). */
export async function listFiles(paths: string[]): Promise<{ files: string[]; missing: MissingPath[] }> {
  const files: string[] = [];
  const missing: MissingPath[] = [];
  for await (const batch of walkFiles(paths, (m) => missing.push(m))) files.push(...batch);
  return { files, missing };
}

/** A link is followed, as `stat` follows it; anything else that is neither file nor folder is left out. */
async function kindOf(p: string, entry?: Dirent): Promise<'file' | 'folder' | 'missing' | 'other'> {
  if (entry && !entry.isSymbolicLink()) return entry.isDirectory() ? 'folder' : entry.isFile() ? 'file' : 'other';
  try {
    const info = await stat(p);
    return info.isDirectory() ? 'folder' : info.isFile() ? 'file' : 'other';
  } catch {
    return 'missing';
  }
}
