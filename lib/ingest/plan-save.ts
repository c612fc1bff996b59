/**
 * What saving a group of prepared reports does, decided from what the database holds (db/queries/save-facts.ts)
 * without touching it; db/sql/save-statements.ts writes the plan, all in one write transaction (save-reports.ts).
 *
 * Per report: the same bytes seen before → 'unchanged'; an earlier report for the same agency and year
 * → that one becomes history ('replaced') and the new one current; otherwise 'imported'. A report whose
 * identity is weak (ParsedReport.identity) never replaces another: it is kept as 'held', with a finding,
 * for a person to settle (docs/adr/0011). `settle`: a person has confirmed the agency and year, so the report
 * is filed over another and the held reports of its bytes become history. `reparse`: bytes seen before are
 * saved again, their new report superseding the one they made (reparse-stored.ts). A region the user settled
 * for an agency wins over the one read from the report.
 */
import { agencyKey, type SaveFacts, type SaveLookup } from '../../db/queries/save-facts';
import type { SavePlan } from '../../db/sql/save-statements';
import { planCrossYear } from './plan-cross-year';
import type { PreparedReport } from './prepare-report';
import {
  agencyRow,
  countSampledSentences,
  findingRow,
  metricRow,
  narrativeRows,
  reportProseRow,
  reportRow,
  reportTextRows,
  sourceFileRow,
} from './save-rows';

export interface SaveOptions {
  /** Save reports made again from stored bytes (a newer parser): each supersedes the current report of its bytes. */
  reparse?: boolean;
  /**
   * A person has confirmed these reports' agency and year: each is filed even over another report and
   * though its identity is weak, and the held reports of its bytes become history.
   */
  settle?: boolean;
}

export type SavedOutcome = { status: 'imported' | 'unchanged' | 'replaced' | 'held'; reportId: number };

/** The writes, and what each report of the group became (in the group's order). */
export interface SaveDecision extends SavePlan {
  outcomes: SavedOutcome[];
}

const keyOf = (p: PreparedReport) => agencyKey(p.agency.name, p.synthetic);
const slotOf = (agencyId: number, year: number) => `${agencyId}:${year}`;

/** The facts a group's decision needs: a reparse or a settle saves bytes seen before on purpose. */
export function saveLookup(group: readonly PreparedReport[], options: SaveOptions = {}): SaveLookup {
  const again = options.reparse || options.settle;
  return {
    reports: group.map((p) => ({ hash: p.hash, agency: p.agency.name, synthetic: p.synthetic })),
    seen: !again,
    held: options.settle ?? false,
    superseded: options.reparse ?? false,
  };
}

export function planSave(
  group: readonly PreparedReport[],
  facts: SaveFacts,
  options: SaveOptions = {},
  now = new Date(),
): SaveDecision {
  const settle = options.settle ?? false;
  const plan: SaveDecision = {
    agencies: [],
    regionCandidates: [],
    replaced: [],
    sourceFiles: [],
    reports: [],
    reportTexts: [],
    metrics: [],
    reportProse: [],
    sentenceCounts: new Map(),
    presenceDirty: [],
    narrative: [],
    redoneFindings: { reportIds: [], rulePrefix: '' },
    findings: [],
    outcomes: [],
  };
  const seen = new Map(facts.seenByHash);
  const superseded = new Map(facts.supersededByHash);
  const agencyIds = newAgencies(
    group.filter((p) => !seen.has(p.hash)),
    facts,
    now,
    plan,
  );
  const current = new Map(facts.currentReports.map((r) => [slotOf(r.agencyId, r.year), r]));
  let nextId = facts.nextReportId;
  const changed = new Set<number>();
  /** Agency-year slots a reparsed report left (its bytes now read as another agency or year). */
  const vacated: string[] = [];

  for (const prepared of group) {
    const known = seen.get(prepared.hash);
    if (known !== undefined) {
      plan.outcomes.push({ status: 'unchanged', reportId: known });
      continue;
    }
    const agencyId = agencyIds.get(keyOf(prepared))!;
    const region = facts.settledRegions.get(agencyId);
    const p = region ? { ...prepared, region } : prepared;
    const reportId = nextId++;
    seen.set(p.hash, reportId);
    const slot = slotOf(agencyId, p.year);
    const previous = current.get(slot);
    const before = superseded.get(p.hash);
    if (previous && previous.id !== before?.id && p.report.identity === 'weak' && !settle) {
      // A weak identity may name another report (a link, a disagreeing title): it never pushes one out.
      plan.sourceFiles.push(sourceFileRow(p, now));
      plan.reports.push(reportRow(reportId, agencyId, p, now, 'held'));
      plan.reportTexts.push(...reportTextRows(reportId, p));
      for (const f of p.report.findings) plan.findings.push(findingRow(reportId, f));
      plan.findings.push(
        findingRow(reportId, {
          rule: 'import.held',
          severity: 'warning',
          where: 'agency',
          message: `not filed: its agency and year are uncertain and report #${previous.id} is in force for ${p.agency.name} ${p.year}; if this file is that report's correction, file it with \`npm run agency -- file-held ${reportId}\``,
        }),
      );
      plan.outcomes.push({ status: 'held', reportId });
      continue;
    }
    if (previous) plan.replaced.push({ id: previous.id, by: reportId });
    for (const old of facts.heldByHash.get(p.hash) ?? []) plan.replaced.push({ id: old, by: reportId });
    superseded.delete(p.hash);
    if (before && before.id !== previous?.id) {
      // Reparsed into another slot: the report these bytes made leaves its own.
      plan.replaced.push({ id: before.id, by: reportId });
      const left = slotOf(before.agencyId, before.year);
      if (current.get(left)?.id === before.id) current.delete(left);
      vacated.push(left);
    }
    current.set(slot, { id: reportId, agencyId, year: p.year, yearLink: p.yearLink });
    plan.sourceFiles.push(sourceFileRow(p, now));
    plan.reports.push(reportRow(reportId, agencyId, p, now, 'current'));
    plan.reportTexts.push(...reportTextRows(reportId, p));
    plan.metrics.push(metricRow(reportId, agencyId, p));
    plan.reportProse.push(reportProseRow(reportId, p));
    countSampledSentences(p, plan.sentenceCounts);
    for (const f of p.report.findings) plan.findings.push(findingRow(reportId, f));
    plan.narrative.push(...narrativeRows(reportId, p));
    changed.add(reportId);
    plan.outcomes.push({ status: previous || before ? 'replaced' : 'imported', reportId });
  }

  plan.presenceDirty = [...new Set(vacated.map((slot) => Number(slot.split(':')[0])))];
  const crossYear = planCrossYear(current, changed, vacated);
  plan.redoneFindings = crossYear.redone;
  plan.findings.push(...crossYear.findings);
  return plan;
}

/** Agency ids by agencyKey: those stored, and new ones (with their region candidates) for the names not seen before. */
function newAgencies(
  group: readonly PreparedReport[],
  facts: SaveFacts,
  now: Date,
  plan: SavePlan,
): Map<string, number> {
  const ids = new Map(facts.agencyIds);
  let next = facts.nextAgencyId;
  for (const p of group) {
    if (ids.has(keyOf(p))) continue;
    const id = next++;
    ids.set(keyOf(p), id);
    plan.agencies.push(agencyRow(id, p, now));
    for (const code of p.agency.candidates) plan.regionCandidates.push({ agencyId: id, regionCode: code });
  }
  return ids;
}
