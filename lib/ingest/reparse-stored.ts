/**
 * Parses the stored originals again with this version's parser, so a parser fix reaches reports imported
 * before it without the files at hand: each new report supersedes the one its bytes made (same agency-year:
 * the old one becomes history; another agency or year: the old one leaves its slot). By default only reports
 * another parser version made; `all` takes every current report. A source that fails now keeps its report.
 */
import type { Db } from '../../db/client';
import {
  countStoredSources,
  lastReportId,
  type StoredSourceFilter,
  storedSourcesAfter,
} from '../../db/queries/stored-sources';
import { unpackBytes } from '../../db/stored/stored-bytes';
import { PARSER_VERSION } from '../report/version';
import { emptySummary, type ImportSource, type ImportSteps, type ImportSummary, importSources } from './import-files';

/**
 * Originals read from the database at a time, in report order; a page is ~600 KB of packed bytes. Listing all
 * first, then fetching each group's by hash, was slower on the generated million and held far more memory
 * (measured with `npm run reparse -- --all`: ADR 0003, 'Parsing again').
 */
const PAGE = 256;

export interface ReparseOptions {
  all?: boolean;
  workers?: number;
  onProgress?: (done: number, total: number, failed: number) => void;
  onFailure?: (file: string, error: string) => void;
  /** Originals read at a time (PAGE). */
  pageSize?: number;
  /** Reports per write transaction (the import's default). */
  groupSize?: number;
}

export async function reparseStored(db: Db, options: ReparseOptions = {}): Promise<ImportSummary> {
  const started = performance.now();
  const summary = emptySummary();
  // The reports there are now; those the reparse makes come after and are not taken again.
  const lastId = await lastReportId(db);
  const filters = [false, true].map(
    (synthetic): StoredSourceFilter => ({
      synthetic,
      parserVersion: PARSER_VERSION,
      all: options.all ?? false,
      lastId,
    }),
  );
  const counts = await Promise.all(filters.map((f) => countStoredSources(db, f)));
  const total = counts[0] + counts[1];
  for (const [i, filter] of filters.entries()) {
    if (counts[i] === 0) continue;
    const offset = summary.files;
    const part = await importSources(
      db,
      { total: counts[i], batches: storedPages(db, filter, options.pageSize ?? PAGE) },
      {
        synthetic: filter.synthetic,
        reparse: true,
        workers: options.workers,
        groupSize: options.groupSize,
        onFailure: options.onFailure,
        onProgress:
          options.onProgress &&
          ((done, _total, failed) => options.onProgress!(offset + done, total, summary.failed.length + failed)),
      },
    );
    summary.imported += part.imported;
    summary.replaced += part.replaced;
    summary.held += part.held;
    summary.unchanged += part.unchanged;
    summary.failed.push(...part.failed);
    summary.files += part.files;
    for (const step of Object.keys(part.steps) as (keyof ImportSteps)[]) summary.steps[step] += part.steps[step];
  }
  summary.seconds = (performance.now() - started) / 1000;
  return summary;
}

/** The filter's originals as import sources, a page at a time in report order. */
async function* storedPages(db: Db, filter: StoredSourceFilter, pageSize: number): AsyncIterable<ImportSource[]> {
  for (let afterId = 0; ; ) {
    const page = await storedSourcesAfter(db, filter, afterId, pageSize);
    if (page.length === 0) return;
    afterId = page[page.length - 1].id;
    yield page.map((source) => ({
      name: source.fileName,
      read: async () => new Uint8Array(unpackBytes(source.content)),
    }));
  }
}
