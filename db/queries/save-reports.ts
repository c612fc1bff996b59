/**
 * Writes prepared reports. Each report is complete or absent: the reports of one call share one
 * write transaction (group commit), and if that fails, each report is retried in its own transaction
 * so one bad write costs only its own report.
 *
 * Per report: the same bytes seen before → 'unchanged'; an earlier report for the same agency and year
 * → that one becomes history ('replaced') and the new one current; otherwise 'imported'. A report whose
 * identity is weak (ParsedReport.identity) never replaces another: it is kept as 'held', with a finding,
 * for a person to settle (`settle`, `npm run agency -- file-held ID`).
 * `reparse`: bytes seen before are saved again, their new report superseding the one they made (reparse-stored.ts).
 *
 * Speed: lookups are made once per group (hashes, agencies, current reports of those agencies) and the
 * rows are written with multi-row INSERTs, with report ids assigned inside the write lock.
 */
import type { InStatement, Transaction } from '@libsql/client';
import type { Db } from '../client';
import type { PreparedReport } from '../../lib/ingest/prepare-report';
import { pinyinSortKey } from '../../lib/format/pinyin-key';
import { crossYearFindings, type YearReport } from '../../lib/metrics/cross-year';
import type { Finding } from '../../lib/report/types';
import { insertRows } from './insert-rows';
import { markNewRowsDirty, markOldRowsDirty } from './mark-rollups-dirty';
import { METRIC_ROW_COLUMNS, metricRow } from './metric-row';
import { currentReportsBySourceHash, heldReportsBySourceHash, type ReportSlot, reportsBySourceHash } from './reports-by-source-hash';
import { settledRegions } from './settled-regions';

export type SaveOutcome = { status: 'imported' | 'unchanged' | 'replaced' | 'held'; reportId: number } | { status: 'failed'; error: string };

export interface SaveOptions {
  /** Save reports made again from stored bytes (a newer parser): each supersedes the current report of its bytes. */
  reparse?: boolean;
  /**
   * A person has confirmed these reports' agency and year: each is filed even over another report and
   * though its identity is weak, and the held reports of its bytes become history.
   */
  settle?: boolean;
}

export async function saveReports(db: Db, prepared: PreparedReport[], options: SaveOptions = {}): Promise<SaveOutcome[]> {
  if (prepared.length === 0) return [];
  const tx = await db.$client.transaction('write');
  try {
    const outcomes = await saveGroup(tx, prepared, options.reparse ?? false, options.settle ?? false);
    await tx.commit();
    return outcomes;
  } catch (groupError) {
    await tx.rollback().catch(() => {});
    if (prepared.length === 1) return [{ status: 'failed', error: `${prepared[0].fileName}: could not be saved (${message(groupError)})` }];
    const out: SaveOutcome[] = [];
    for (const p of prepared) out.push(...(await saveReports(db, [p], options)));
    return out;
  } finally {
    tx.close();
  }
}

const message = (e: unknown) => (e instanceof Error ? e.message : String(e));
const placeholders = (n: number) => Array(n).fill('?').join(',');

interface CurrentReport { id: number; agencyId: number; year: number; yearLink: string }

async function saveGroup(tx: Transaction, group: PreparedReport[], reparse: boolean, settle: boolean): Promise<SaveOutcome[]> {
  const hashes = group.map((p) => p.hash);
  const seen = reparse || settle ? new Map<string, number>() : await reportsBySourceHash(tx, hashes);
  const settledHeld = settle ? await heldReportsBySourceHash(tx, hashes) : new Map<string, number[]>();
  const superseded = reparse ? await currentReportsBySourceHash(tx, hashes) : new Map<string, ReportSlot>();
  const agencyIds = await agencyIdsFor(tx, group.filter((p) => !seen.has(p.hash)));
  const current = new Map<string, CurrentReport>();
  const ids = [...new Set([...agencyIds.values(), ...[...superseded.values()].map((r) => r.agencyId)])];
  const settled = await settledRegions(tx, ids);
  if (ids.length > 0) {
    const rows = await tx.execute({ sql: `SELECT id, agency_id, year, year_link FROM reports INDEXED BY reports_current WHERE status = 'current' AND agency_id IN (${placeholders(ids.length)})`, args: ids });
    for (const r of rows.rows) current.set(`${r.agency_id}:${r.year}`, { id: Number(r.id), agencyId: Number(r.agency_id), year: Number(r.year), yearLink: String(r.year_link) });
  }
  let nextId = Number((await tx.execute('SELECT coalesce(max(id), 0) AS id FROM reports')).rows[0].id) + 1;
  const now = Date.now();
  const out: SaveOutcome[] = [];
  const writes = { sources: [] as unknown[][], reports: [] as unknown[][], metrics: [] as unknown[][], findings: [] as unknown[][], narrative: [] as unknown[][] };
  const replaced: { old: number; by: number }[] = [];
  const held: unknown[][] = [];
  const recheck = new Set<number>();
  /** Agency-year slots a reparsed report left (its bytes now read as another agency or year). */
  const vacated: string[] = [];

  const saved: PreparedReport[] = [];
  for (const prepared of group) {
    const known = seen.get(prepared.hash);
    if (known !== undefined) {
      out.push({ status: 'unchanged', reportId: known });
      continue;
    }
    const agencyId = agencyIds.get(agencyKey(prepared))!;
    // A region the user settled for the agency wins over the one read from this report.
    const region = settled.get(agencyId);
    const p = region ? { ...prepared, region } : prepared;
    const reportId = nextId++;
    seen.set(p.hash, reportId);
    const key = `${agencyId}:${p.year}`;
    const previous = current.get(key);
    const before = superseded.get(p.hash);
    if (previous && previous.id !== before?.id && p.report.identity === 'weak' && !settle) {
      // A weak identity may name another report (a link, a disagreeing title): it never pushes one out.
      writes.sources.push([p.hash, p.fileName, p.byteLength, p.source, now]);
      held.push(reportRow(reportId, agencyId, p, now, 'held'));
      for (const f of p.report.findings) writes.findings.push(findingRow(reportId, f));
      writes.findings.push([reportId, 'import.held', 'warning', 'agency',
        `not filed: its agency and year are uncertain and report #${previous.id} is in force for ${p.agency.name} ${p.year}; if this file is that report's correction, file it with \`npm run agency -- file-held ${reportId}\``, null]);
      out.push({ status: 'held', reportId });
      continue;
    }
    saved.push(p);
    if (previous) replaced.push({ old: previous.id, by: reportId });
    for (const old of settledHeld.get(p.hash) ?? []) replaced.push({ old, by: reportId });
    superseded.delete(p.hash);
    if (before && before.id !== previous?.id) {
      // Reparsed into another slot: the report these bytes made leaves its own.
      replaced.push({ old: before.id, by: reportId });
      const slot = `${before.agencyId}:${before.year}`;
      if (current.get(slot)?.id === before.id) current.delete(slot);
      vacated.push(slot);
    }
    current.set(key, { id: reportId, agencyId, year: p.year, yearLink: p.yearLink });
    writes.sources.push([p.hash, p.fileName, p.byteLength, p.source, now]);
    writes.reports.push(reportRow(reportId, agencyId, p, now, 'current'));
    writes.metrics.push(metricRow(reportId, agencyId, p));
    for (const f of p.report.findings) writes.findings.push(findingRow(reportId, f));
    for (const n of p.report.narrative) writes.narrative.push([reportId, n.metric, n.channel, n.value, n.unit, n.evidence, n.offset]);
    recheck.add(reportId);
    out.push({ status: previous || before ? 'replaced' : 'imported', reportId });
  }

  const statements: InStatement[] = [];
  if (replaced.length > 0) {
    const old = replaced.map((r) => r.old);
    statements.push(markOldRowsDirty(old));
    statements.push({ sql: `DELETE FROM report_metrics WHERE report_id IN (${placeholders(old.length)})`, args: old });
    for (const r of replaced) statements.push({ sql: `UPDATE reports SET status = 'replaced', replaced_by = ? WHERE id = ?`, args: [r.by, r.old] });
  }
  statements.push(...insertRows('source_files', ['hash', 'file_name', 'byte_length', 'content', 'stored_at'], writes.sources, 'OR IGNORE'));
  statements.push(...insertRows('reports', REPORT_COLUMNS, [...writes.reports, ...held]));
  statements.push(...insertRows('report_metrics', METRIC_ROW_COLUMNS, writes.metrics));
  statements.push(...markNewRowsDirty(saved, agencyIds, agencyKey));
  statements.push(...insertRows('presence_dirty', ['agency_id'], [...new Set(vacated.map((slot) => Number(slot.split(':')[0])))].map((id) => [id]), 'OR IGNORE'));
  statements.push(...insertRows('narrative_figures', ['report_id', 'metric', 'channel', 'value', 'unit', 'evidence', 'source_offset'], writes.narrative));
  statements.push(...crossYearStatements(current, recheck, vacated, writes.findings));
  statements.push(...insertRows('findings', ['report_id', 'rule', 'severity', 'path', 'message', 'line'], writes.findings));
  await tx.batch(statements);
  return out;
}

const REPORT_COLUMNS = ['id', 'agency_id', 'year', 'template', 'source_hash', 'format', 'encoding', 'parser_version',
  'imported_at', 'status', 'synthetic', 'error_count', 'warning_count', 'document', 'year_link'];

function reportRow(reportId: number, agencyId: number, p: PreparedReport, now: number, status: 'current' | 'held'): unknown[] {
  return [reportId, agencyId, p.year, p.report.template, p.hash, p.report.source.format, p.report.source.encoding,
    p.report.source.parserVersion, now, status, p.synthetic ? 1 : 0, p.errorCount, p.warningCount, p.document, p.yearLink];
}

function findingRow(reportId: number, f: Finding): unknown[] {
  return [reportId, f.rule, f.severity, f.where, f.message, f.line ?? null];
}

/** Agencies are one per name among real reports and one per name among synthetic ones, never shared. */
const agencyKey = (p: PreparedReport) => `${p.synthetic ? 1 : 0}:${p.agency.name}`;

/** Agency ids by agencyKey, creating the agencies (and their region candidates) not seen before. */
async function agencyIdsFor(tx: Transaction, group: PreparedReport[]): Promise<Map<string, number>> {
  const ids = new Map<string, number>();
  for (const synthetic of [0, 1]) {
    const names = [...new Set(group.filter((p) => (p.synthetic ? 1 : 0) === synthetic).map((p) => p.agency.name))];
    if (names.length === 0) continue;
    const found = await tx.execute({ sql: `SELECT id, name FROM agencies WHERE synthetic = ? AND name IN (${placeholders(names.length)})`, args: [synthetic, ...names] });
    for (const r of found.rows) ids.set(`${synthetic}:${r.name}`, Number(r.id));
  }
  const missing = group.filter((p, i, all) => !ids.has(agencyKey(p)) && all.findIndex((q) => agencyKey(q) === agencyKey(p)) === i);
  if (missing.length === 0) return ids;
  let next = Number((await tx.execute('SELECT coalesce(max(id), 0) AS id FROM agencies')).rows[0].id) + 1;
  const rows: unknown[][] = [];
  const candidates: unknown[][] = [];
  for (const p of missing) {
    const a = p.agency;
    const id = next++;
    ids.set(agencyKey(p), id);
    rows.push([id, a.name, pinyinSortKey(a.name), a.typeId, a.regionCode, a.regionStatus, a.regionEvidence, a.level, a.zone, p.synthetic ? 1 : 0, Date.now()]);
    for (const code of a.candidates) candidates.push([id, code]);
  }
  await tx.batch([
    ...insertRows('agencies', ['id', 'name', 'sort_key', 'type_id', 'region_code', 'region_status', 'region_evidence', 'level', 'zone', 'synthetic', 'created_at'], rows),
    ...insertRows('region_candidates', ['agency_id', 'region_code'], candidates),
  ]);
  return ids;
}

/**
 * Cross-year checks for each new report against the current reports of the year before and after;
 * the later report of each pair carries the findings, recomputed when either side changes.
 */
function crossYearStatements(current: Map<string, CurrentReport>, changed: Set<number>, vacated: string[], findings: unknown[][]): InStatement[] {
  const statements: InStatement[] = [];
  const laterReports = new Set<number>();
  // The report after a vacated slot lost the year it was checked against.
  for (const slot of vacated) {
    const [agencyId, year] = slot.split(':').map(Number);
    const after = current.get(`${agencyId}:${year + 1}`);
    if (after) laterReports.add(after.id);
  }
  for (const r of current.values()) {
    if (!changed.has(r.id)) continue;
    laterReports.add(r.id);
    const after = current.get(`${r.agencyId}:${r.year + 1}`);
    if (after) laterReports.add(after.id);
  }
  const redo = [...laterReports].filter((id) => !changed.has(id));
  if (redo.length > 0) {
    // Their findings change, so the data-quality totals of their cells (another year's) must follow.
    statements.push(markOldRowsDirty(redo));
    statements.push({ sql: `DELETE FROM findings WHERE rule LIKE 'crossYear.%' AND report_id IN (${placeholders(redo.length)})`, args: redo });
  }
  for (const r of current.values()) {
    if (!laterReports.has(r.id)) continue;
    const before = current.get(`${r.agencyId}:${r.year - 1}`);
    if (!before) continue;
    for (const f of crossYearFindings(JSON.parse(before.yearLink) as YearReport, JSON.parse(r.yearLink) as YearReport)) findings.push(findingRow(r.id, f));
  }
  return statements;
}
