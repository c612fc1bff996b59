/**
 * Imports files and folders (recursively): reads each file, prepares it (parse, region, metrics) and
 * saves prepared reports in groups. A file that fails is reported with its reason and the rest go on.
 */
import type { Db } from '../../db/client';
import { fileReader } from './file-reader';
import { chunksOf, type ImportSource, readAndHash } from './read-sources';
import { readSourceFile } from './read-source-file';
import { countFiles, walkFiles } from './walk-files';
import { pendingCopyReports } from '../../db/queries/copy-shares';
import {
  deferIndexes,
  inWriteTransaction,
  metricRowsEstimate,
  restoreDeferredIndexes,
} from '../../db/queries/deferred-indexes';
import { refreshCopyShares } from './refresh-copy-shares';
import { refreshRollups } from '../../db/queries/refresh-rollups';
import { reportsBySourceHash } from '../../db/queries/reports-by-source-hash';
import { inlinePool, type Prepared, workerPool } from './prepare-pool';
import type { PreparedReport } from './prepare-report';
import { accepted, refused } from '../refusal/refusal';
import { type SaveOutcome, saveReports } from './save-reports';

/**
 * Reports per write transaction. A commit writes each index page the group touched once, so larger groups
 * write fewer pages a report: the writer's CPU for the inserts and the commit, 4,000 generated reports into a
 * new database, 249 µs a report in groups of 200, 194 of 500, 175 of 1,000, 167 of 2,000 (issue 21; at a
 * million the index pages a group touches are spread wider and larger groups gained less: ADR 0007).
 */
export const GROUP_SIZE = 1000;

/**
 * Files sent to the workers ahead of the writer. The writer's database calls are synchronous and hold
 * this thread: while a group is written (and every COPY_BATCH reports compared) nothing new is sent, so each
 * worker must already have enough queued to stay busy. With 64 the workers idled through every write into a
 * million reports (ADR 0007, 'The import at a million'). With 512 they still ran dry during each write of a
 * group (~0.3 s, while 512 files last two workers ~0.2 s): the process used 1.5–1.8 of the two cores. 2,048
 * keep them busy: 100k reports in 49.5–50.7 s instead of 52.8–56.9, peak RSS 788–798 MiB instead of 676–680
 * (BENCHMARKS.md, 'Import, fifth pass').
 */
const MAX_IN_FLIGHT = 2048;
/** Parsing on the writer's own thread (uploads, `--workers 0`), reading further ahead only holds memory and open files. */
const MAX_IN_FLIGHT_INLINE = 64;

/**
 * Files read and hashed at a time, before any is parsed: bytes already stored are answered 'unchanged'
 * from one lookup, without the parser (a re-import of an unchanged folder only reads and hashes, far
 * cheaper than preparing each file; measured: BENCHMARKS.md, 'Figures from code comments').
 */
const READ_AHEAD = 64;

/**
 * An import of at least this many files, and at least a quarter as many as report_metrics holds, sets the table's
 * indexes aside while it writes and builds them again at its end (db/queries/deferred-indexes.ts): cheaper than
 * keeping them row by row for a bulk load, dearer for a few files into a large database (rebuilding costs ~9 µs a
 * row already there, keeping ~50 µs a row written). Readers meanwhile query without those indexes.
 */
const DEFER_INDEXES_FROM = 10_000;

/**
 * Saved reports compared for copied prose at a time (lib/ingest/refresh-copy-shares.ts), not a group at a time:
 * their anchors go into one index keyed by hash, where each row lands on a page of its own, and a commit of
 * 200 reports' anchors wrote nearly a page a row (BENCHMARKS.md, "Copy-paste detection").
 */
const COPY_BATCH = 4000;

/** What became of a source before the writer: prepared, failed, or the report its bytes already made. */
type Pending = Prepared | { ok: true; storedAs: number };

export type { ImportSource };

export interface ImportSummary {
  imported: number;
  unchanged: number;
  replaced: number;
  /** Kept but not filed: a weak identity whose agency-year slot another report holds (plan-save.ts). */
  held: number;
  failed: { file: string; error: string }[];
  files: number;
  seconds: number;
  /**
   * Wall seconds the importing thread spent in each step (bench:import and the e2e bench print them): waiting
   * for prepared reports, writing groups, comparing prose for copies, and refreshing the rollups at the end.
   */
  steps: ImportSteps;
}

export interface ImportSteps {
  waiting: number;
  writing: number;
  copyShares: number;
  /** Building again the indexes a bulk import set aside (DEFER_INDEXES_FROM). */
  indexes: number;
  rollups: number;
}

/** A summary of nothing imported yet. */
export function emptySummary(): ImportSummary {
  return {
    imported: 0,
    unchanged: 0,
    replaced: 0,
    held: 0,
    failed: [],
    files: 0,
    seconds: 0,
    steps: { waiting: 0, writing: 0, copyShares: 0, indexes: 0, rollups: 0 },
  };
}

/** Adds the wall seconds `run` takes to `steps[step]`. */
async function timedStep<T>(steps: ImportSteps, step: keyof ImportSteps, run: () => Promise<T>): Promise<T> {
  const started = performance.now();
  try {
    return await run();
  } finally {
    steps[step] += (performance.now() - started) / 1000;
  }
}

export interface ImportOptions {
  synthetic?: boolean;
  /** Measure copy-paste shares of the reports saved, COPY_BATCH at a time (default true); off only to time the import without it (bench). */
  copyShares?: boolean;
  /** The publication date (YYYY-MM-DD) the person importing states for every file: trusted above what files say. */
  published?: string;
  /** Reports per write transaction (default GROUP_SIZE). */
  groupSize?: number;
  /** Worker threads that parse while the main thread writes (0: parse inline). */
  workers?: number;
  onProgress?: (done: number, total: number, failed: number) => void;
  onFailure?: (file: string, error: string) => void;
  /** Each source's outcome, by its index in the list given to `importSources`. */
  onSaved?: (index: number, outcome: SaveOutcome) => void;
  /** Sources already stored, parsed again: each supersedes the report its bytes made (reparse-stored.ts). */
  reparse?: boolean;
  /** The fewest files for which a parallel import sets report_metrics' indexes aside (DEFER_INDEXES_FROM). */
  deferIndexesFrom?: number;
}

/**
 * Sources too many to list at once (a reparse of a million stored originals): how many there are, and the
 * sources in batches, fetched as the import reaches them.
 */
export interface SourceStream {
  total: number;
  batches: AsyncIterable<ImportSource[]> | Iterable<ImportSource[]>;
}

async function* mapBatches<T, U>(batches: AsyncIterable<T[]>, f: (t: T) => U): AsyncIterable<U[]> {
  for await (const batch of batches) yield batch.map(f);
}

export async function importPaths(db: Db, paths: string[], options: ImportOptions = {}): Promise<ImportSummary> {
  const started = performance.now();
  // Counted first for the progress (and the missing paths reported before anything is read), then walked again as imported.
  const { count, missing } = await countFiles(paths);
  missing.forEach((m) => options.onFailure?.(m.file, m.error));
  const batches = mapBatches(
    walkFiles(paths),
    (file): ImportSource => ({ name: file, path: file, read: () => readSourceFile(file) }),
  );
  // Missing paths count as failures in the progress too, as they do in the summary.
  const onProgress =
    options.onProgress &&
    ((done: number, total: number, failed: number) => options.onProgress!(done, total, failed + missing.length));
  const summary = await importSources(db, { total: count, batches }, { ...options, onProgress });
  summary.failed.unshift(...missing);
  summary.seconds = (performance.now() - started) / 1000;
  return summary;
}

/**
 * The import pipeline shared by the CLI, the upload page and the reparse: prepares each source (ahead of the
 * writer, bounded) and saves the prepared reports in groups. `onSaved` hears each source's outcome by its index.
 */
export async function importSources(
  db: Db,
  sources: ImportSource[] | SourceStream,
  options: ImportOptions = {},
): Promise<ImportSummary> {
  const started = performance.now();
  const { total, batches } = Array.isArray(sources) ? { total: sources.length, batches: [sources] } : sources;
  const summary = emptySummary();
  const steps = summary.steps;
  const fail = (index: number, file: string, error: string, reason = 'unreadable') => {
    summary.failed.push({ file, error });
    options.onFailure?.(file, error);
    options.onSaved?.(index, refused(422, reason, error));
  };

  const groupSize = options.groupSize ?? GROUP_SIZE;
  const pool = options.workers ? workerPool(options.workers) : inlinePool();
  const maxInFlight = options.workers ? MAX_IN_FLIGHT : MAX_IN_FLIGHT_INLINE;
  const inflight: { name: string; pending: Promise<Pending> }[] = [];
  let group: { index: number; prepared: PreparedReport }[] = [];
  let done = 0;
  // Reports saved but not yet compared for copied prose (refreshCopyShares), compared COPY_BATCH at a time.
  // Those an earlier import saved and never compared (it stopped first) go with the first batch.
  let toCompare: number[] = options.copyShares === false ? [] : await pendingCopyReports(db);
  const compare = async (all: boolean) => {
    if (options.copyShares === false || toCompare.length === 0 || (!all && toCompare.length < COPY_BATCH)) return;
    const ids = toCompare;
    toCompare = [];
    await timedStep(steps, 'copyShares', () => refreshCopyShares(db, ids));
  };
  const flush = async () => {
    const outcomes = await timedStep(steps, 'writing', () =>
      saveReports(
        db,
        group.map((g) => g.prepared),
        { reparse: options.reparse },
      ),
    );
    outcomes.forEach((o, i) => {
      if (!o.ok) return fail(group[i].index, group[i].prepared.fileName, o.refusal.message, o.refusal.reason);
      summary[o.value.status]++;
      options.onSaved?.(group[i].index, o);
    });
    group = [];
    // The copy-paste shares of the reports now in force, against their neighbours and their year's peers.
    for (const o of outcomes)
      if (o.ok && (o.value.status === 'imported' || o.value.status === 'replaced')) toCompare.push(o.value.reportId);
    await compare(false);
  };
  const takeOne = async () => {
    const { name, pending } = inflight.shift()!;
    const result = await timedStep(steps, 'waiting', () => pending);
    if (!result.ok) fail(done, name, result.refusal.message, result.refusal.reason);
    else if ('storedAs' in result) {
      summary.unchanged++;
      options.onSaved?.(done, accepted({ status: 'unchanged', reportId: result.storedAs }));
    } else group.push({ index: done, prepared: result.value });
    done++;
    if (group.length >= groupSize) await flush();
    options.onProgress?.(done, total, summary.failed.length);
  };

  const deferred =
    (options.workers ?? 0) > 0 &&
    total >= (options.deferIndexesFrom ?? DEFER_INDEXES_FROM) &&
    total * 4 >= (await metricRowsEstimate(db.$client)) &&
    (await inWriteTransaction(db.$client, deferIndexes)) > 0;
  let restored = !deferred;
  const restore = async () => {
    if (restored) return;
    restored = true;
    await timedStep(steps, 'indexes', () => inWriteTransaction(db.$client, restoreDeferredIndexes));
  };
  // The next READ_AHEAD sources are read (on the reader's thread, for files) while these are sent and written.
  const reader = options.workers ? fileReader() : null;
  const chunks = chunksOf(batches, READ_AHEAD)[Symbol.asyncIterator]();
  const readNext = async () => {
    const chunk = await chunks.next();
    return chunk.done ? null : readAndHash(chunk.value, reader);
  };
  try {
    let ahead = readNext();
    for (let read = await ahead; read !== null; read = await ahead) {
      ahead = readNext();
      ahead.catch(() => {}); // awaited on the next turn; should this one throw first, not left unhandled
      const stored = options.reparse
        ? new Map<string, number>()
        : await reportsBySourceHash(
            db.$client,
            read.flatMap((r) => ('hash' in r ? [r.hash] : [])),
          );
      for (const r of read) {
        const known = 'hash' in r ? stored.get(r.hash) : undefined;
        const pending: Promise<Pending> =
          'error' in r
            ? Promise.resolve(refused(422, 'unreadable', r.error))
            : known !== undefined
              ? Promise.resolve({ ok: true as const, storedAs: known })
              : pool.prepare(r.name, r.bytes, {
                  synthetic: options.synthetic ?? false,
                  hash: r.hash,
                  published: options.published,
                });
        inflight.push({ name: r.name, pending });
        if (inflight.length >= maxInFlight) await takeOne();
      }
    }
    while (inflight.length > 0) await takeOne();
    await flush();
    await compare(true);
    await restore();
    // The dashboard's totals (rollups) follow the saved reports once per import, not once per group.
    await timedStep(steps, 'rollups', () => refreshRollups(db));
  } finally {
    await pool.close();
    await reader?.close();
    // After a failure too; should this fail, the next open of the database builds them (db/client.ts).
    await restore().catch(() => {});
  }
  summary.files = done;
  summary.seconds = (performance.now() - started) / 1000;
  return summary;
}
