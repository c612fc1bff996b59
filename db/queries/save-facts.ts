/**
 * What a save must know of the database before it decides (lib/ingest/plan-save.ts), read inside the save's
 * write transaction (save-planned.ts): the reports the bytes made already, the agencies by name, the current
 * reports of those agencies and where a user settled their region, and the next free ids. Read once per
 * group, whatever its size, so a group of 200 costs a handful of lookups.
 */
import type { Transaction } from '@libsql/client';
import {
  currentReportsBySourceHash,
  heldReportsBySourceHash,
  type ReportSlot,
  reportsBySourceHash,
} from './reports-by-source-hash';
import { type RegionColumns, settledRegions } from './settled-regions';

/** Agencies are one per name among real reports and one per name among synthetic ones, never shared. */
export const agencyKey = (name: string, synthetic: boolean) => `${synthetic ? 1 : 0}:${name}`;

export interface SaveLookup {
  /** The reports about to be saved: the hash of their bytes and their agency. */
  reports: { hash: string; agency: string; synthetic: boolean }[];
  /** Read the report each hash made already (an import answers those bytes 'unchanged'). */
  seen: boolean;
  /** Read the held reports of each hash (a person files one of them). */
  held: boolean;
  /** Read the current report of each hash (a reparse supersedes it). */
  superseded: boolean;
}

/** A current report, its slot and the cells the cross-year checks compare (reports.year_link). */
export interface CurrentReport {
  id: number;
  agencyId: number;
  year: number;
  yearLink: string;
}

export interface SaveFacts {
  /** The report each hash made (its current one when it made several); empty unless `seen` was asked. */
  seenByHash: Map<string, number>;
  heldByHash: Map<string, number[]>;
  supersededByHash: Map<string, ReportSlot>;
  /** Stored agencies by agencyKey, among those of the reports whose bytes were not seen. */
  agencyIds: Map<string, number>;
  /** Settled regions and current reports of those agencies and of the superseded reports' agencies. */
  settledRegions: Map<number, RegionColumns>;
  currentReports: CurrentReport[];
  nextReportId: number;
  nextAgencyId: number;
}

const placeholders = (n: number) => Array(n).fill('?').join(',');

export async function readSaveFacts(tx: Transaction, lookup: SaveLookup): Promise<SaveFacts> {
  const hashes = lookup.reports.map((r) => r.hash);
  const seenByHash = lookup.seen ? await reportsBySourceHash(tx, hashes) : new Map<string, number>();
  const heldByHash = lookup.held ? await heldReportsBySourceHash(tx, hashes) : new Map<string, number[]>();
  const supersededByHash = lookup.superseded
    ? await currentReportsBySourceHash(tx, hashes)
    : new Map<string, ReportSlot>();
  const agencyIds = await storedAgencyIds(
    tx,
    lookup.reports.filter((r) => !seenByHash.has(r.hash)),
  );
  const ids = [...new Set([...agencyIds.values(), ...[...supersededByHash.values()].map((r) => r.agencyId)])];
  const currentReports: CurrentReport[] = [];
  if (ids.length > 0) {
    const rows = await tx.execute({
      sql: `SELECT id, agency_id, year, year_link FROM reports INDEXED BY reports_current WHERE status = 'current' AND agency_id IN (${placeholders(ids.length)})`,
      args: ids,
    });
    for (const r of rows.rows)
      currentReports.push({
        id: Number(r.id),
        agencyId: Number(r.agency_id),
        year: Number(r.year),
        yearLink: String(r.year_link),
      });
  }
  const next = (
    await tx.execute(
      'SELECT (SELECT coalesce(max(id), 0) FROM reports) AS report, (SELECT coalesce(max(id), 0) FROM agencies) AS agency',
    )
  ).rows[0];
  return {
    seenByHash,
    heldByHash,
    supersededByHash,
    agencyIds,
    settledRegions: await settledRegions(tx, ids),
    currentReports,
    nextReportId: Number(next.report) + 1,
    nextAgencyId: Number(next.agency) + 1,
  };
}

async function storedAgencyIds(tx: Transaction, reports: SaveLookup['reports']): Promise<Map<string, number>> {
  const ids = new Map<string, number>();
  for (const synthetic of [false, true]) {
    const names = [...new Set(reports.filter((r) => r.synthetic === synthetic).map((r) => r.agency))];
    if (names.length === 0) continue;
    const found = await tx.execute({
      sql: `SELECT id, name FROM agencies WHERE synthetic = ? AND name IN (${placeholders(names.length)})`,
      args: [synthetic ? 1 : 0, ...names],
    });
    for (const r of found.rows) ids.set(agencyKey(String(r.name), synthetic), Number(r.id));
  }
  return ids;
}
