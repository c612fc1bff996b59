/**
 * The report made from each of the given source hashes (its current one when it has several: a reparse
 * makes a new report from stored bytes): bytes seen before are `unchanged`. Asked by the import before
 * parsing (so they need no parser) and by the save inside its transaction.
 */
import type { InStatement, ResultSet } from '@libsql/client';

/** A client or an open transaction: anything that runs a statement. */
interface Executor {
  execute(statement: InStatement): Promise<ResultSet>;
}

export async function reportsBySourceHash(db: Executor, hashes: string[]): Promise<Map<string, number>> {
  const found = new Map<string, number>();
  const unique = [...new Set(hashes)];
  if (unique.length === 0) return found;
  const rows = await db.execute({
    sql: `SELECT source_hash, coalesce(max(CASE WHEN status = 'current' THEN id END), min(id)) AS id FROM reports
          WHERE source_hash IN (${unique.map(() => '?').join(',')}) GROUP BY source_hash`,
    args: unique,
  });
  for (const r of rows.rows) found.set(String(r.source_hash), Number(r.id));
  return found;
}

/** A current report and the agency-year slot it holds. */
export interface ReportSlot {
  id: number;
  agencyId: number;
  year: number;
}

/** The current reports made from the given hashes, with the slot each holds. */
export async function currentReportsBySourceHash(db: Executor, hashes: string[]): Promise<Map<string, ReportSlot>> {
  const found = new Map<string, ReportSlot>();
  const unique = [...new Set(hashes)];
  if (unique.length === 0) return found;
  const rows = await db.execute({
    sql: `SELECT source_hash, id, agency_id, year FROM reports WHERE status = 'current' AND source_hash IN (${unique.map(() => '?').join(',')})`,
    args: unique,
  });
  for (const r of rows.rows)
    found.set(String(r.source_hash), { id: Number(r.id), agencyId: Number(r.agency_id), year: Number(r.year) });
  return found;
}

/** The held reports (a weak identity kept out of a taken slot) made from the given hashes, by hash. */
export async function heldReportsBySourceHash(db: Executor, hashes: string[]): Promise<Map<string, number[]>> {
  const found = new Map<string, number[]>();
  const unique = [...new Set(hashes)];
  if (unique.length === 0) return found;
  const rows = await db.execute({
    sql: `SELECT source_hash, id FROM reports WHERE status = 'held' AND source_hash IN (${unique.map(() => '?').join(',')})`,
    args: unique,
  });
  for (const r of rows.rows)
    found.set(String(r.source_hash), [...(found.get(String(r.source_hash)) ?? []), Number(r.id)]);
  return found;
}
