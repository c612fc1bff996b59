/**
 * Where an embedded database file will live: its folder made if missing, or a plain reason why the file
 * cannot be there, before libSQL is asked to open it.
 *
 * Not `mkdirSync(folder, { recursive: true })`: Node 20's recursive mkdir never returns when mkdir
 * answers ENOENT for a folder whose parent exists (`/proc/nope`: it makes the parent, which exists, and
 * tries the folder again, forever, at full CPU), and for a path through a file it says only "EEXIST".
 * Here each missing folder is made on its own, from the nearest one that exists down. Errors name the path.
 */
import { mkdirSync, type Stats, statSync } from 'node:fs';
import path from 'node:path';

export function prepareDatabaseLocation(file: string): void {
  const target = path.resolve(/*turbopackIgnore: true*/ file);
  const found = statOf(target);
  if (found?.isDirectory()) throw new Error(`${target} is a folder, not a database file`);
  if (found && !found.isFile())
    throw new Error(`${target} is not a regular file (a device, pipe or socket cannot hold a database)`);
  if (!found) makeFolder(path.dirname(target));
}

/** Makes `folder` and any missing folders above it. */
function makeFolder(folder: string): void {
  const missing: string[] = [];
  let at = folder;
  for (;;) {
    const found = statOf(at);
    if (found?.isDirectory()) break;
    if (found) throw new Error(`${at} is a file, not a folder`);
    missing.unshift(at);
    at = path.dirname(at);
  }
  for (const dir of missing) {
    try {
      mkdirSync(dir);
    } catch (e) {
      // Another process starting beside this one may have made it a moment ago.
      if (codeOf(e) === 'EEXIST' && statOf(dir)?.isDirectory()) continue;
      throw new Error(`cannot create folder ${dir}: ${reasonOf(e, path.dirname(dir))}`);
    }
  }
}

/** The path's status, or null when nothing is there (or a file stands where a folder on the way should be). */
function statOf(p: string): Stats | null {
  try {
    return statSync(p);
  } catch (e) {
    const code = codeOf(e);
    if (code === 'ENOENT' || code === 'ENOTDIR') return null;
    throw new Error(`cannot look at ${p}: ${reasonOf(e, path.dirname(p))}`);
  }
}

const codeOf = (e: unknown) => (e as NodeJS.ErrnoException).code;

function reasonOf(e: unknown, parent: string): string {
  switch (codeOf(e)) {
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EROFS':
      return 'the file system is read-only';
    case 'ENOSPC':
      return 'no space left on the device';
    // The parent exists (it was looked at first), yet refuses new entries: /proc and its like.
    case 'ENOENT':
      return `${parent} does not take new folders`;
    default:
      return e instanceof Error ? e.message : String(e);
  }
}
