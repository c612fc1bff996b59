/**
 * The reads and writes of the copy-paste comparison (lib/ingest/refresh-copy-shares.ts decides what to
 * compare): current reports' prose, the reports of an agency's neighbouring years, the reports sharing an
 * anchor in a year, the stock-phrase counts, and the shares found. Current reports only: a replaced report
 * is history, copied from or not.
 */
import type { InStatement } from '@libsql/client';
import type { Db } from '../client';
import { markUpdatedRowsDirty } from '../sql/mark-rollups-dirty';

export interface ProseRow {
  reportId: number;
  agencyId: number;
  year: number;
  /** Packed sentences (lib/similarity/sentences.ts). */
  sentences: Uint8Array;
}

const CHUNK = 400;
const marks = (n: number) => Array(n).fill('?').join(',');

function chunks<T>(list: readonly T[], size = CHUNK): T[][] {
  const out: T[][] = [];
  for (let at = 0; at < list.length; at += size) out.push(list.slice(at, at + size));
  return out;
}

function proseRow(r: Record<string, unknown>): ProseRow {
  const blob = r.sentences as ArrayBuffer | Uint8Array;
  return {
    reportId: Number(r.report_id),
    agencyId: Number(r.agency_id),
    year: Number(r.year),
    sentences: blob instanceof Uint8Array ? blob : new Uint8Array(blob),
  };
}

/** The prose of these reports, those current among them. */
export async function proseOfReports(db: Db, reportIds: readonly number[]): Promise<ProseRow[]> {
  const out: ProseRow[] = [];
  for (const ids of chunks([...new Set(reportIds)])) {
    const rows = await db.$client.execute({
      sql: `SELECT p.report_id, m.agency_id, m.year, p.sentences FROM report_prose p
            JOIN report_metrics m ON m.report_id = p.report_id WHERE p.report_id IN (${marks(ids.length)})`,
      args: ids,
    });
    out.push(...rows.rows.map(proseRow));
  }
  return out;
}

/** The current reports of these agency-years, with their prose (an agency-year without prose is left out). */
export async function proseAt(db: Db, slots: readonly { agencyId: number; year: number }[]): Promise<ProseRow[]> {
  const out: ProseRow[] = [];
  const unique = [...new Map(slots.map((s) => [`${s.agencyId}:${s.year}`, s])).values()];
  for (const part of chunks(unique, 200)) {
    const rows = await db.$client.execute({
      sql: `SELECT p.report_id, m.agency_id, m.year, p.sentences FROM report_metrics m
            JOIN report_prose p ON p.report_id = m.report_id
            WHERE (m.agency_id, m.year) IN (VALUES ${part.map(() => '(?, ?)').join(',')})`,
      args: part.flatMap((s) => [s.agencyId, s.year]),
    });
    out.push(...rows.rows.map(proseRow));
  }
  return out;
}

/** How many reports' sentences sentence_counts has counted. */
export async function sampledReports(db: Db): Promise<number> {
  const rows = await db.$client.execute('SELECT count(*) AS n FROM report_prose WHERE sampled = 1');
  return Number(rows.rows[0]?.n ?? 0);
}

/** The sentence hashes counted in at least `minReports` sampled reports. */
export async function frequentSentences(db: Db, minReports: number): Promise<Set<number>> {
  const rows = await db.$client.execute({
    sql: 'SELECT hash FROM sentence_counts WHERE reports >= ?',
    args: [minReports],
  });
  return new Set(rows.rows.map((r) => Number(r.hash)));
}

export async function saveAnchors(
  db: Db,
  rows: readonly { year: number; hash: number; reportId: number }[],
): Promise<void> {
  const statements = chunks(rows, 300).map((part) => ({
    sql: `INSERT OR IGNORE INTO prose_anchors (year, hash, report_id) VALUES ${part.map(() => '(?, ?, ?)').join(',')}`,
    args: part.flatMap((r) => [r.year, r.hash, r.reportId]),
  }));
  if (statements.length > 0) await db.$client.batch(statements, 'write');
}

/**
 * Current reports of `year` with any of these anchors. An anchor more than `maxPerAnchor` reports share is a
 * phrase a whole region's template gives them, not a sign of one report copying another: it finds nothing
 * (counted first, from the primary key alone, so such an anchor's rows are never read).
 */
export async function reportsSharingAnchors(
  db: Db,
  year: number,
  hashes: readonly number[],
  maxPerAnchor = 50,
): Promise<{ reportId: number; agencyId: number; hash: number }[]> {
  const out: { reportId: number; agencyId: number; hash: number }[] = [];
  for (const part of chunks([...new Set(hashes)])) {
    const counted = await db.$client.execute({
      sql: `SELECT hash FROM prose_anchors WHERE year = ? AND hash IN (${marks(part.length)})
            GROUP BY hash HAVING count(*) <= ?`,
      args: [year, ...part, maxPerAnchor],
    });
    const usable = counted.rows.map((r) => Number(r.hash));
    if (usable.length === 0) continue;
    const rows = await db.$client.execute({
      sql: `SELECT a.report_id, m.agency_id, a.hash FROM prose_anchors a
            JOIN report_metrics m ON m.report_id = a.report_id
            WHERE a.year = ? AND a.hash IN (${marks(usable.length)})`,
      args: [year, ...usable],
    });
    for (const r of rows.rows)
      out.push({ reportId: Number(r.report_id), agencyId: Number(r.agency_id), hash: Number(r.hash) });
  }
  return out;
}

export interface CopyShareRow {
  reportId: number;
  /** Null: no previous-year report, or nothing to compare. */
  prev: number | null;
  peer: number | null;
  peerReport: number | null;
}

/** Writes the new reports' shares, and the previous-year share of the reports whose previous year changed. */
export async function saveCopyShares(
  db: Db,
  shares: readonly CopyShareRow[],
  prevOnly: readonly { reportId: number; prev: number | null }[],
): Promise<void> {
  const statements: InStatement[] = [
    ...shares.map((s) => ({
      sql: 'UPDATE report_metrics SET copied_prev = ?, copied_peer = ?, copied_peer_report = ? WHERE report_id = ?',
      args: [s.prev, s.peer, s.peerReport, s.reportId],
    })),
    ...prevOnly.map((s) => ({
      sql: 'UPDATE report_metrics SET copied_prev = ? WHERE report_id = ?',
      args: [s.prev, s.reportId],
    })),
  ];
  if (statements.length === 0) return;
  // Scores follow the shares (score-columns.ts) and the rollups total the scores.
  const changed = [...shares.map((s) => s.reportId), ...prevOnly.map((s) => s.reportId)];
  for (const ids of chunks(changed)) statements.push(...markUpdatedRowsDirty(ids));
  await db.$client.batch(statements, 'write');
}

/** Raises a report's peer share when a new report repeats more of it than any before. */
export async function raisePeerShares(
  db: Db,
  raises: readonly { reportId: number; share: number; peerReport: number }[],
): Promise<void> {
  const statements: InStatement[] = raises.map((r) => ({
    sql: `UPDATE report_metrics SET copied_peer = ?, copied_peer_report = ?
          WHERE report_id = ? AND (copied_peer IS NULL OR copied_peer < ?)`,
    args: [r.share, r.peerReport, r.reportId, r.share],
  }));
  if (statements.length === 0) return;
  for (const ids of chunks([...new Set(raises.map((r) => r.reportId))])) statements.push(...markUpdatedRowsDirty(ids));
  await db.$client.batch(statements, 'write');
}

/** A current report's shares as stored (null when the report is not current). */
export async function copySharesOf(db: Db, reportId: number): Promise<CopyShareRow | null> {
  const rows = await db.$client.execute({
    sql: 'SELECT copied_prev, copied_peer, copied_peer_report FROM report_metrics WHERE report_id = ?',
    args: [reportId],
  });
  const r = rows.rows[0];
  if (!r) return null;
  const num = (v: unknown) => (v === null || v === undefined ? null : Number(v));
  return { reportId, prev: num(r.copied_prev), peer: num(r.copied_peer), peerReport: num(r.copied_peer_report) };
}
