/**
 * Writes prepared reports. Each report is complete or absent: the reports of one call share one
 * write transaction (group commit, for speed), and if that fails, each report is retried in its own
 * transaction so one bad write costs only its own report.
 *
 * Per report: the same bytes seen before → 'unchanged'; an earlier report for the same agency and year
 * → that one becomes history ('replaced') and the new one current; otherwise 'imported'.
 */
import { and, eq, like } from 'drizzle-orm';
import type { Db } from '../client';
import { agencies, findings, narrativeFigures, regionCandidates, reportMetrics, reports, sourceFiles } from '../schema';
import type { PreparedReport } from '../../lib/ingest/prepare-report';
import { crossYearFindings, type YearReport } from '../../lib/metrics/cross-year';
import type { Finding } from '../../lib/report/types';

export type SaveOutcome = { status: 'imported' | 'unchanged' | 'replaced'; reportId: number } | { status: 'failed'; error: string };

type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];

export async function saveReports(db: Db, prepared: PreparedReport[]): Promise<SaveOutcome[]> {
  if (prepared.length === 0) return [];
  try {
    return await db.transaction(async (tx) => {
      const out: SaveOutcome[] = [];
      for (const p of prepared) out.push(await saveOne(tx, p));
      return out;
    }, { behavior: 'immediate' });
  } catch (groupError) {
    if (prepared.length === 1) return [{ status: 'failed', error: describe(prepared[0], groupError) }];
    const out: SaveOutcome[] = [];
    for (const p of prepared) out.push(...(await saveReports(db, [p])));
    return out;
  }
}

function describe(p: PreparedReport, e: unknown): string {
  return `${p.fileName}: could not be saved (${e instanceof Error ? e.message : String(e)})`;
}

async function saveOne(tx: Tx, p: PreparedReport): Promise<SaveOutcome> {
  const seen = await tx.select({ id: reports.id }).from(reports).where(eq(reports.sourceHash, p.hash)).limit(1);
  if (seen.length > 0) return { status: 'unchanged', reportId: seen[0].id };

  const agencyId = await upsertAgency(tx, p);
  const now = new Date();
  await tx.insert(sourceFiles).values({ hash: p.hash, fileName: p.fileName, byteLength: p.byteLength, content: p.source, storedAt: now }).onConflictDoNothing();

  const previous = await tx
    .select({ id: reports.id })
    .from(reports)
    .where(and(eq(reports.agencyId, agencyId), eq(reports.year, p.year), eq(reports.status, 'current')));
  for (const old of previous) {
    await tx.update(reports).set({ status: 'replaced' }).where(eq(reports.id, old.id));
    await tx.delete(reportMetrics).where(eq(reportMetrics.reportId, old.id));
  }

  const [{ id: reportId }] = await tx
    .insert(reports)
    .values({
      agencyId, year: p.year, template: p.report.template, sourceHash: p.hash, format: p.report.source.format,
      encoding: p.report.source.encoding, parserVersion: p.report.source.parserVersion, importedAt: now,
      status: 'current', synthetic: p.synthetic, errorCount: p.errorCount, warningCount: p.warningCount, document: p.document,
      yearLink: p.yearLink,
    })
    .returning({ id: reports.id });
  for (const old of previous) await tx.update(reports).set({ replacedBy: reportId }).where(eq(reports.id, old.id));

  await tx.insert(reportMetrics).values({
    reportId, agencyId, year: p.year, template: p.report.template, typeId: p.agency.typeId, ...p.region,
    synthetic: p.synthetic, errorCount: p.errorCount, warningCount: p.warningCount, ...p.metrics,
  });
  await insertFindings(tx, reportId, p.report.findings);
  if (p.report.narrative.length > 0) {
    await tx.insert(narrativeFigures).values(p.report.narrative.map((n) => ({
      reportId, metric: n.metric, channel: n.channel, value: n.value, unit: n.unit, evidence: n.evidence, sourceOffset: n.offset,
    })));
  }
  await checkNeighbourYears(tx, agencyId, p, reportId);
  return { status: previous.length > 0 ? 'replaced' : 'imported', reportId };
}

/** Cross-year checks against the agency's current reports of the year before and the year after. */
async function checkNeighbourYears(tx: Tx, agencyId: number, p: PreparedReport, reportId: number): Promise<void> {
  const neighbour = (year: number) =>
    tx.select({ id: reports.id, yearLink: reports.yearLink }).from(reports)
      .where(and(eq(reports.agencyId, agencyId), eq(reports.year, year), eq(reports.status, 'current'))).limit(1);
  const self = JSON.parse(p.yearLink) as YearReport;
  const [before] = await neighbour(p.year - 1);
  if (before) await insertFindings(tx, reportId, crossYearFindings(JSON.parse(before.yearLink), self));
  const [after] = await neighbour(p.year + 1);
  if (after) {
    await tx.delete(findings).where(and(eq(findings.reportId, after.id), like(findings.rule, 'crossYear.%')));
    await insertFindings(tx, after.id, crossYearFindings(self, JSON.parse(after.yearLink)));
  }
}

async function insertFindings(tx: Tx, reportId: number, list: Finding[]): Promise<void> {
  if (list.length === 0) return;
  await tx.insert(findings).values(list.map((f) => ({
    reportId, rule: f.rule, severity: f.severity, path: f.where, message: f.message, line: f.line ?? null,
  })));
}

async function upsertAgency(tx: Tx, p: PreparedReport): Promise<number> {
  const found = await tx.select({ id: agencies.id }).from(agencies).where(eq(agencies.name, p.agency.name)).limit(1);
  if (found.length > 0) return found[0].id;
  const a = p.agency;
  const [{ id }] = await tx
    .insert(agencies)
    .values({
      name: a.name, typeId: a.typeId, regionCode: a.regionCode, regionStatus: a.regionStatus,
      regionEvidence: a.regionEvidence, level: a.level, zone: a.zone, createdAt: new Date(),
    })
    .returning({ id: agencies.id });
  if (a.candidates.length > 0) {
    await tx.insert(regionCandidates).values(a.candidates.map((regionCode) => ({ agencyId: id, regionCode })));
  }
  return id;
}
