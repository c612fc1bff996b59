/**
 * What the text of each of some stored reports is made from, for lib/report/source-text.ts's storedSourceText:
 * the report's format, its original (uncompressed) and the text the import kept (DOCX, PDF), else null.
 */
import type { Db } from '../client';
import { unpackBytes } from '../stored/stored-bytes';

export interface StoredTextParts {
  format: string;
  original: Buffer;
  kept: string | null;
}

export async function reportSourceTexts(db: Db, reportIds: readonly number[]): Promise<Map<number, StoredTextParts>> {
  const out = new Map<number, StoredTextParts>();
  if (reportIds.length === 0) return out;
  const rows = await db.$client.execute({
    sql: `SELECT r.id, r.format, f.content, t.text FROM reports r
          JOIN source_files f ON f.hash = r.source_hash
          LEFT JOIN report_texts t ON t.report_id = r.id
          WHERE r.id IN (${reportIds.map(() => '?').join(',')})`,
    args: [...reportIds],
  });
  for (const r of rows.rows)
    out.set(Number(r.id), {
      format: String(r.format),
      original: unpackBytes(bytesOf(r.content)),
      kept: r.text ? unpackBytes(bytesOf(r.text)).toString('utf8') : null,
    });
  return out;
}

/** A blob column as bytes (the client gives an ArrayBuffer). */
function bytesOf(blob: unknown): Uint8Array {
  return blob instanceof Uint8Array ? blob : new Uint8Array(blob as ArrayBuffer);
}
