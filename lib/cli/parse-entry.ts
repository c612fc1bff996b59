/**
 * The entries `npm run parse` prints: `{ file, ...report }`, or `{ file, error }` for a file that cannot be
 * read, as JSON text, and consecutive entries as the bytes to write. Knows no parser: the writing thread
 * loads this alone.
 */

/** How entries are written: one compact line each (`--jsonl`), or as the elements of one pretty array. */
export type EntryStyle = 'jsonl' | 'array';

export interface ParsedEntry {
  /** The entry's JSON text, without the separator the output puts between entries. */
  entry: string;
  /** Why the file could not be parsed, its name first (for stderr); null when it was. */
  error: string | null;
}

/**
 * Entries of consecutive files as the bytes to write: one line each (--jsonl), or the array's elements with
 * their commas between them (the writer adds the one before the first). Encoded where they were parsed, so
 * the thread that writes only writes; the bytes are their own memory, moved between threads, not copied.
 */
export interface EntryChunk {
  bytes: Uint8Array;
  count: number;
  errors: string[];
}

const encoder = new TextEncoder();

export function entryChunk(entries: ParsedEntry[], style: EntryStyle): EntryChunk {
  const text =
    style === 'jsonl' ? entries.map((e) => `${e.entry}\n`).join('') : entries.map((e) => e.entry).join(',\n');
  const errors: string[] = [];
  for (const e of entries) if (e.error !== null) errors.push(e.error);
  return { bytes: encoder.encode(text), count: entries.length, errors };
}

export function parsedEntry(file: string, report: object, style: EntryStyle): ParsedEntry {
  return { entry: formatEntry({ file, ...report }, style), error: null };
}

export function failedEntry(file: string, error: string, style: EntryStyle): ParsedEntry {
  return { entry: formatEntry({ file, error }, style), error };
}

/**
 * An array element as `JSON.stringify(entries, null, 2)` writes it: the element at two spaces of indent.
 * So the array can be written one entry at a time and still read as the whole array printed at once.
 */
function formatEntry(value: object, style: EntryStyle): string {
  if (style === 'jsonl') return JSON.stringify(value);
  return `  ${JSON.stringify(value, null, 2).replace(/\n/g, '\n  ')}`;
}
