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
const NEWLINE = 0x0a;
const COMMA = 0x2c;

export function entryChunk(entries: ParsedEntry[], style: EntryStyle): EntryChunk {
  const errors: string[] = [];
  for (const e of entries) if (e.error !== null) errors.push(e.error);
  return { bytes: encodeEntries(entries, style), count: entries.length, errors };
}

/**
 * The entries as UTF-8, each written straight into one buffer: a line each (jsonl), or with ",\n" between
 * them (array). Joining them first made one long string that had to be flattened and copied before it was
 * encoded, which cost twice the encoding itself (~56 µs an entry against ~24; issue 21). The buffer has room
 * for the longest UTF-8 the text can need (3 bytes a UTF-16 unit); what is written is the view returned.
 */
function encodeEntries(entries: ParsedEntry[], style: EntryStyle): Uint8Array {
  let room = 0;
  for (const e of entries) room += e.entry.length * 3 + 2;
  const out = new Uint8Array(room);
  let at = 0;
  entries.forEach((e, i) => {
    if (style === 'array' && i > 0) {
      out[at++] = COMMA;
      out[at++] = NEWLINE;
    }
    at += encoder.encodeInto(e.entry, out.subarray(at)).written;
    if (style === 'jsonl') out[at++] = NEWLINE;
  });
  return out.subarray(0, at);
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
