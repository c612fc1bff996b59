/**
 * Reports held for a person to settle: their agency and year are uncertain (ParsedReport.identity 'weak')
 * and another report holds that agency-year, so the import kept them without counting them (lib/ingest/plan-save.ts).
 */
import type { Db } from '../client';

export interface HeldReport {
  reportId: number;
  fileName: string;
  agencyId: number;
  agency: string;
  year: number;
  importedAt: number;
  /** The report in force for that agency and year, which the held one did not replace; null if none now. */
  inForce: number | null;
}

/** The newest held reports first, real or synthetic; at most `limit`. */
export async function listHeldReports(
  db: Db,
  o: { synthetic: boolean; limit: number },
): Promise<{ rows: HeldReport[]; total: number }> {
  const synthetic = o.synthetic ? 1 : 0;
  const [rows, count] = await Promise.all([
    db.$client.execute({
      sql: `SELECT r.id, s.file_name, r.agency_id, a.name, r.year, r.imported_at,
              (SELECT c.id FROM reports c WHERE c.agency_id = r.agency_id AND c.year = r.year AND c.status = 'current') AS in_force
            FROM reports r INDEXED BY reports_latest_import JOIN source_files s ON s.hash = r.source_hash JOIN agencies a ON a.id = r.agency_id
            WHERE r.synthetic = ? AND r.status = 'held' ORDER BY r.imported_at DESC, r.id DESC LIMIT ?`,
      args: [synthetic, o.limit],
    }),
    db.$client.execute({
      sql: `SELECT count(*) AS n FROM reports INDEXED BY reports_latest_import WHERE synthetic = ? AND status = 'held'`,
      args: [synthetic],
    }),
  ]);
  return {
    total: Number(count.rows[0].n),
    rows: rows.rows.map((r) => ({
      reportId: Number(r.id),
      fileName: String(r.file_name),
      agencyId: Number(r.agency_id),
      agency: String(r.name),
      year: Number(r.year),
      importedAt: Number(r.imported_at),
      inForce: r.in_force === null ? null : Number(r.in_force),
    })),
  };
}

/** A held report's stored original, to file it once a person has confirmed it; null when no such held report. */
export async function heldReportSource(
  db: Db,
  reportId: number,
): Promise<{ fileName: string; hash: string; content: Uint8Array; synthetic: boolean } | null> {
  const rows = await db.$client.execute({
    sql: `SELECT s.file_name, s.hash, s.content, r.synthetic FROM reports r JOIN source_files s ON s.hash = r.source_hash WHERE r.id = ? AND r.status = 'held'`,
    args: [reportId],
  });
  const r = rows.rows[0];
  if (!r) return null;
  return {
    fileName: String(r.file_name),
    hash: String(r.hash),
    content: new Uint8Array(r.content as ArrayBuffer),
    synthetic: Number(r.synthetic) === 1,
  };
}
