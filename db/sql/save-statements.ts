/**
 * A save's writes as statements for one batch (db/queries/save-planned.ts), multi-row INSERTs throughout.
 * What to write is decided elsewhere (lib/ingest/plan-save.ts); what the storage keeps true is done here:
 * a replaced report leaves report_metrics, and every metric row written, removed, or whose findings change
 * marks its rollup cell in the same transaction (mark-rollups-dirty.ts).
 */
import type { InStatement } from '@libsql/client';
import {
  agencies,
  findings,
  narrativeFigures,
  regionCandidates,
  reportMetrics,
  reportProse,
  reports,
  reportTexts,
  sourceFiles,
} from '../schema';
import { insertObjects, insertRows } from './insert-rows';
import { markNewRowsDirty, markOldRowsDirty } from './mark-rollups-dirty';

export interface SavePlan {
  agencies: (typeof agencies.$inferInsert)[];
  regionCandidates: (typeof regionCandidates.$inferInsert)[];
  /** Reports that become history, each with the report that replaces it. */
  replaced: { id: number; by: number }[];
  /** Written unless stored already (the same bytes are kept once). */
  sourceFiles: (typeof sourceFiles.$inferInsert)[];
  reports: (typeof reports.$inferInsert)[];
  /** The source text of the new reports that keep one (DOCX, PDF). */
  reportTexts: (typeof reportTexts.$inferInsert)[];
  metrics: (typeof reportMetrics.$inferInsert)[];
  /** The prose sentences of the new current reports (lib/similarity). */
  reportProse: (typeof reportProse.$inferInsert)[];
  /** Sentence hashes of the sampled new reports, each once per report: added to sentence_counts. */
  sentenceCounts: Map<number, number>;
  /** Agencies whose presence changes besides those of the new metric rows (a slot a reparse left). */
  presenceDirty: number[];
  narrative: (typeof narrativeFigures.$inferInsert)[];
  /** Stored reports whose findings of rules starting with `rulePrefix` are made again: dropped here, the new ones in `findings`. */
  redoneFindings: { reportIds: number[]; rulePrefix: string };
  findings: (typeof findings.$inferInsert)[];
}

const placeholders = (n: number) => Array(n).fill('?').join(',');

export function savePlanStatements(plan: SavePlan): InStatement[] {
  const statements: InStatement[] = [
    ...insertObjects(agencies, plan.agencies),
    ...insertObjects(regionCandidates, plan.regionCandidates),
  ];
  if (plan.replaced.length > 0) {
    const old = plan.replaced.map((r) => r.id);
    statements.push(markOldRowsDirty(old));
    statements.push({ sql: `DELETE FROM report_metrics WHERE report_id IN (${placeholders(old.length)})`, args: old });
    // A report no longer in force is no longer a report another could be copied from.
    statements.push({ sql: `DELETE FROM prose_anchors WHERE report_id IN (${placeholders(old.length)})`, args: old });
    for (const r of plan.replaced)
      statements.push({
        sql: `UPDATE reports SET status = 'replaced', replaced_by = ? WHERE id = ?`,
        args: [r.by, r.id],
      });
  }
  statements.push(...insertObjects(sourceFiles, plan.sourceFiles, 'OR IGNORE'));
  statements.push(...insertObjects(reports, plan.reports));
  statements.push(...insertObjects(reportTexts, plan.reportTexts));
  statements.push(...insertObjects(reportMetrics, plan.metrics));
  statements.push(...insertObjects(reportProse, plan.reportProse));
  // To be compared for copied prose after the save (lib/ingest/refresh-copy-shares.ts), even after a crash.
  statements.push(
    ...insertRows(
      'copy_pending',
      ['report_id'],
      plan.reportProse.map((r) => [r.reportId]),
      'OR IGNORE',
    ),
  );
  statements.push(...countSentences(plan.sentenceCounts));
  statements.push(...markNewRowsDirty(plan.metrics, plan.presenceDirty));
  statements.push(...insertObjects(narrativeFigures, plan.narrative));
  const redo = plan.redoneFindings.reportIds;
  if (redo.length > 0) {
    // Their findings change, so the data-quality totals of their cells (another year's) must follow.
    statements.push(markOldRowsDirty(redo));
    statements.push({
      sql: `DELETE FROM findings WHERE rule LIKE ? AND report_id IN (${placeholders(redo.length)})`,
      args: [`${plan.redoneFindings.rulePrefix}%`, ...redo],
    });
  }
  statements.push(...insertObjects(findings, plan.findings));
  return statements;
}

/** Adds to sentence_counts, a few hundred hashes a statement. */
function countSentences(counts: ReadonlyMap<number, number>): InStatement[] {
  const rows = [...counts];
  const out: InStatement[] = [];
  for (let at = 0; at < rows.length; at += 400) {
    const chunk = rows.slice(at, at + 400);
    out.push({
      sql: `INSERT INTO sentence_counts (hash, reports) VALUES ${chunk.map(() => '(?, ?)').join(',')} ON CONFLICT(hash) DO UPDATE SET reports = reports + excluded.reports`,
      args: chunk.flat(),
    });
  }
  return out;
}
