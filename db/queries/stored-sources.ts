/** The stored originals of current reports, for a reparse (lib/ingest/reparse-stored.ts). */
import type { Db } from '../client';

export interface StoredSource { hash: string; fileName: string }

/**
 * Current reports' sources in report order, synthetic or real: those a parser other than `parserVersion`
 * made, or all of them. Listed once, before any is parsed again, so the new reports are not listed.
 */
export async function listStoredSources(db: Db, o: { synthetic: boolean; parserVersion: string; all: boolean }): Promise<StoredSource[]> {
  const rows = await db.$client.execute({
    sql: `SELECT r.source_hash, s.file_name FROM reports r JOIN source_files s ON s.hash = r.source_hash
          WHERE r.status = 'current' AND r.synthetic = ? AND (? OR r.parser_version != ?) ORDER BY r.id`,
    args: [o.synthetic ? 1 : 0, o.all ? 1 : 0, o.parserVersion],
  });
  return rows.rows.map((r) => ({ hash: String(r.source_hash), fileName: String(r.file_name) }));
}

/** The stored (packed) bytes of the given sources. */
export async function storedContents(db: Db, hashes: string[]): Promise<Map<string, Uint8Array>> {
  const out = new Map<string, Uint8Array>();
  if (hashes.length === 0) return out;
  const rows = await db.$client.execute({ sql: `SELECT hash, content FROM source_files WHERE hash IN (${hashes.map(() => '?').join(',')})`, args: hashes });
  for (const r of rows.rows) out.set(String(r.hash), new Uint8Array(r.content as ArrayBuffer));
  return out;
}
