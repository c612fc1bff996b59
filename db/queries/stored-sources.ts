/**
 * The stored originals of current reports, for a reparse (lib/ingest/reparse-stored.ts): counted first, then
 * read a page at a time in report order, so a million of them never sit in memory at once.
 */
import type { Db } from '../client';

/** Which reports: real or synthetic, those a parser other than `parserVersion` made (or all), up to `lastId`. */
export interface StoredSourceFilter {
  synthetic: boolean;
  parserVersion: string;
  all: boolean;
  /** Reports made after the reparse started (its own) have higher ids and are left out. */
  lastId: number;
}

export interface StoredSource {
  id: number;
  fileName: string;
  content: Uint8Array;
}

const WHERE = `r.status = 'current' AND r.synthetic = ? AND (? OR r.parser_version != ?) AND r.id <= ?`;
const args = (f: StoredSourceFilter) => [f.synthetic ? 1 : 0, f.all ? 1 : 0, f.parserVersion, f.lastId];

/** The highest report id now: the bound of a reparse's pages. */
export async function lastReportId(db: Db): Promise<number> {
  const rows = await db.$client.execute('SELECT coalesce(max(id), 0) AS id FROM reports');
  return Number(rows.rows[0].id);
}

/**
 * Counted from the index alone: through the table it read every report's row (measured: BENCHMARKS.md,
 * 'Figures from code comments').
 */
export async function countStoredSources(db: Db, f: StoredSourceFilter): Promise<number> {
  const rows = await db.$client.execute({
    sql: `SELECT count(*) AS n FROM reports r INDEXED BY reports_parser_version WHERE ${WHERE}`,
    args: args(f),
  });
  return Number(rows.rows[0].n);
}

/**
 * The next `limit` sources after report `afterId`, with their packed bytes. `NOT INDEXED` keeps SQLite on the
 * rowid range: an index led by (synthetic, status) would have it sort every current report for each page.
 */
export async function storedSourcesAfter(
  db: Db,
  f: StoredSourceFilter,
  afterId: number,
  limit: number,
): Promise<StoredSource[]> {
  const rows = await db.$client.execute({
    sql: `SELECT r.id, s.file_name, s.content FROM reports r NOT INDEXED JOIN source_files s ON s.hash = r.source_hash
          WHERE ${WHERE} AND r.id > ? ORDER BY r.id LIMIT ?`,
    args: [...args(f), afterId, limit],
  });
  return rows.rows.map((r) => ({
    id: Number(r.id),
    fileName: String(r.file_name),
    content: new Uint8Array(r.content as ArrayBuffer),
  }));
}
