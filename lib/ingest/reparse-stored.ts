/**
 * Parses the stored originals again with this version's parser, so a parser fix reaches reports imported
 * before it without the files at hand: each new report supersedes the one its bytes made (same agency-year:
 * the old one becomes history; another agency or year: the old one leaves its slot). By default only reports
 * another parser version made; `all` takes every current report. A source that fails now keeps its report.
 */
import type { Db } from '../../db/client';
import { listStoredSources, storedContents } from '../../db/queries/stored-sources';
import { PARSER_VERSION } from '../report/version';
import { type ImportSource, type ImportSummary, importSources } from './import-files';
import { unpackBytes } from './stored-bytes';

/** Originals fetched from the database at a time, as the import asks for them in order. */
const FETCH = 64;

export interface ReparseOptions {
  all?: boolean;
  workers?: number;
  onProgress?: (done: number, total: number, failed: number) => void;
  onFailure?: (file: string, error: string) => void;
}

export async function reparseStored(db: Db, options: ReparseOptions = {}): Promise<ImportSummary> {
  const started = performance.now();
  const summary: ImportSummary = { imported: 0, unchanged: 0, replaced: 0, failed: [], files: 0, seconds: 0 };
  const lists = await Promise.all([false, true].map((synthetic) => listStoredSources(db, { synthetic, parserVersion: PARSER_VERSION, all: options.all ?? false })));
  const total = lists[0].length + lists[1].length;
  for (const [i, synthetic] of [false, true].entries()) {
    const listed = lists[i];
    if (listed.length === 0) continue;
    const offset = summary.files;
    const part = await importSources(db, storedSources(db, listed), {
      synthetic,
      reparse: true,
      workers: options.workers,
      onFailure: options.onFailure,
      onProgress: options.onProgress && ((done, _total, failed) => options.onProgress!(offset + done, total, summary.failed.length + failed)),
    });
    summary.imported += part.imported;
    summary.replaced += part.replaced;
    summary.unchanged += part.unchanged;
    summary.failed.push(...part.failed);
    summary.files += part.files;
  }
  summary.seconds = (performance.now() - started) / 1000;
  return summary;
}

/** The listed originals as import sources, read from the database a few dozen at a time. */
function storedSources(db: Db, listed: { hash: string; fileName: string }[]): ImportSource[] {
  let fetched = new Map<string, Uint8Array>();
  return listed.map((source, index) => ({
    name: source.fileName,
    async read() {
      if (!fetched.has(source.hash)) fetched = await storedContents(db, listed.slice(index, index + FETCH).map((s) => s.hash));
      const packed = fetched.get(source.hash);
      if (!packed) throw new Error(`${source.fileName}: its stored original is missing`);
      return new Uint8Array(unpackBytes(packed));
    },
  }));
}
