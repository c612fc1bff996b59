/**
 * One file of `npm run parse`: read, parsed (any format), region and agency type filled as the import fills
 * them (the parser knows no places), and made its entry of the output. The same on a worker thread and inline.
 */
import { readFileSync } from 'node:fs';
import { settleRegion } from '../ingest/settle-region';
import { parseAnyDocument } from '../report';
import { errorMessage } from '../refusal/refusal';
import {
  type EntryChunk,
  type EntryStyle,
  entryChunk,
  failedEntry,
  type ParsedEntry,
  parsedEntry,
} from './parse-entry';

export async function parseChunk(files: string[], style: EntryStyle): Promise<EntryChunk> {
  const entries: ParsedEntry[] = [];
  for (const file of files) entries.push(await parseOne(file, style));
  return entryChunk(entries, style);
}

export async function parseOne(file: string, style: EntryStyle): Promise<ParsedEntry> {
  try {
    const { report, text } = await parseAnyDocument(readFileSync(file), file);
    if (report.agency) settleRegion(report, report.agency, text);
    return parsedEntry(file, report, style);
  } catch (e) {
    return failedEntry(file, describe(file, e), style);
  }
}

function describe(file: string, error: unknown): string {
  const e = error as NodeJS.ErrnoException;
  if (e?.code === 'ENOENT') return `${file}: no such file`;
  if (e?.code === 'EISDIR') return `${file}: is a directory, not a file`;
  if (e?.code === 'EACCES') return `${file}: permission denied`;
  return `${file}: ${errorMessage(e)}`;
}
