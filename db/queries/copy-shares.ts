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

/**
 * A group's rows go to SQLite in one statement, not a statement a row: report_metrics is wide, with generated
 * columns and partial indexes, and compiling an UPDATE of it cost more than running it (BENCHMARKS.md,
 * "Copy-paste detection"). Whole numbers as one JSON array (json_each), which parses them exactly; shares as
 * bound values of a VALUES list, since SQLite's JSON reading may round a fraction to the next double.
 */
const asJson = (rows: readonly (readonly (number | null)[])[]) => JSON.stringify(rows);

/** `rows` as a VALUES list of bound values (columns column1, column2, …), in statements of at most 2,000 rows. */
function valuesStatements(
  rows: readonly (readonly (number | null)[])[],
  sql: (values: string) => string,
): InStatement[] {
  return chunks(rows, 2000).map((part) => ({
    sql: sql(`VALUES ${part.map((r) => `(${marks(r.length)})`).join(',')}`),
    args: part.flat(),
  }));
}

export async function saveAnchors(
  db: Db,
  rows: readonly { year: number; hash: number; reportId: number }[],
): Promise<void> {
  if (rows.length === 0) return;
  await db.$client.execute({
    sql: `INSERT OR IGNORE INTO prose_anchors (year, hash, report_id)
          SELECT value ->> 0, value ->> 1, value ->> 2 FROM json_each(?)`,
    args: [asJson(rows.map((r) => [r.year, r.hash, r.reportId]))],
  });
}

/**
 * Current reports with any of these anchors, each asked in its year; the reports asking must have saved
 * their own anchors first. An anchor no other report has (only the asker's own row) finds nothing, and is
 * not read. Nor is an anchor more than `maxPerAnchor` reports share: a phrase a whole region's template gives
 * them, not a sign of one report copying another (both counted first, from the primary key alone).
 */
export async function reportsSharingAnchors(
  db: Db,
  anchors: readonly { year: number; hash: number }[],
  maxPerAnchor = 50,
): Promise<{ year: number; reportId: number; agencyId: number; hash: number }[]> {
  const unique = [...new Map(anchors.map((a) => [`${a.year}:${a.hash}`, [a.year, a.hash]])).values()];
  if (unique.length === 0) return [];
  const rows = await db.$client.execute({
    sql: `WITH asked AS (SELECT DISTINCT value ->> 0 AS year, value ->> 1 AS hash FROM json_each(?)),
          shared AS (SELECT a.year, a.hash FROM asked q JOIN prose_anchors a ON a.year = q.year AND a.hash = q.hash
                      GROUP BY a.year, a.hash HAVING count(*) BETWEEN 2 AND ?)
          SELECT a.year, a.hash, a.report_id, m.agency_id FROM shared s
            JOIN prose_anchors a ON a.year = s.year AND a.hash = s.hash
            JOIN report_metrics m ON m.report_id = a.report_id`,
    args: [asJson(unique), maxPerAnchor],
  });
  return rows.rows.map((r) => ({
    year: Number(r.year),
    reportId: Number(r.report_id),
    agencyId: Number(r.agency_id),
    hash: Number(r.hash),
  }));
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
    ...valuesStatements(
      shares.map((s) => [s.reportId, s.prev, s.peer, s.peerReport]),
      (values) => `UPDATE report_metrics SET copied_prev = v.column2, copied_peer = v.column3,
                     copied_peer_report = v.column4
                   FROM (${values}) AS v WHERE report_metrics.report_id = v.column1`,
    ),
    ...valuesStatements(
      prevOnly.map((s) => [s.reportId, s.prev]),
      (values) => `UPDATE report_metrics SET copied_prev = v.column2
                   FROM (${values}) AS v WHERE report_metrics.report_id = v.column1`,
    ),
  ];
  if (statements.length === 0) return;
  // Scores follow the shares (score-columns.ts) and the rollups total the scores.
  const changed = [...shares.map((s) => s.reportId), ...prevOnly.map((s) => s.reportId)];
  for (const ids of chunks(changed)) statements.push(...markUpdatedRowsDirty(ids));
  await db.$client.batch(statements, 'write');
}

/**
 * Raises a report's peer share when a new report repeats more of it than any before. Of several raises of
 * one report, the first of the largest counts, as if they were made one after another.
 */
export async function raisePeerShares(
  db: Db,
  raises: readonly { reportId: number; share: number; peerReport: number }[],
): Promise<void> {
  const best = new Map<number, { reportId: number; share: number; peerReport: number }>();
  for (const r of raises)
    if (!(r.share <= (best.get(r.reportId)?.share ?? Number.NEGATIVE_INFINITY))) best.set(r.reportId, r);
  const statements = valuesStatements(
    [...best.values()].map((r) => [r.reportId, r.share, r.peerReport]),
    (values) => `UPDATE report_metrics SET copied_peer = v.column2, copied_peer_report = v.column3
                 FROM (${values}) AS v
                 WHERE report_metrics.report_id = v.column1
                   AND (report_metrics.copied_peer IS NULL OR report_metrics.copied_peer < v.column2)`,
  );
  if (statements.length === 0) return;
  for (const ids of chunks([...best.keys()])) statements.push(...markUpdatedRowsDirty(ids));
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

/** Saved reports the copy-paste comparison has not reached yet (an import stopped before it), oldest first. */
export async function pendingCopyReports(db: Db): Promise<number[]> {
  const rows = await db.$client.execute('SELECT report_id FROM copy_pending ORDER BY report_id');
  return rows.rows.map((r) => Number(r.report_id));
}

/** These reports have been compared: no longer pending. */
export async function clearCopyPending(db: Db, reportIds: readonly number[]): Promise<void> {
  const statements = chunks([...new Set(reportIds)]).map((ids) => ({
    sql: `DELETE FROM copy_pending WHERE report_id IN (${marks(ids.length)})`,
    args: ids,
  }));
  if (statements.length > 0) await db.$client.batch(statements, 'write');
}
