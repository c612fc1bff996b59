/**
 * The checks across years a save calls for (lib/metrics/cross-year.ts): each new report is checked against
 * the current report of the year before, and the report of the year after against it. The later report of
 * each pair carries the findings, so those of a later report already stored are made again: dropped and
 * written anew. A slot a reparse left takes the year it was checked against from the report after it.
 */
import type { CurrentReport } from '../../db/queries/save-facts';
import type { SavePlan } from '../../db/sql/save-statements';
import { crossYearFindings, type YearReport } from '../metrics/cross-year';
import { findingRow } from './save-rows';

const RULE_PREFIX = 'crossYear.';

/**
 * `current`: the current reports after the save, by "agencyId:year"; `changed`: the ids of the new ones;
 * `vacated`: the slots reparsed reports left.
 */
export function planCrossYear(
  current: ReadonlyMap<string, CurrentReport>,
  changed: ReadonlySet<number>,
  vacated: readonly string[],
): {
  redone: SavePlan['redoneFindings'];
  findings: SavePlan['findings'];
} {
  const after = (agencyId: number, year: number) => current.get(`${agencyId}:${year + 1}`);
  const laterReports = new Set<number>();
  for (const slot of vacated) {
    const [agencyId, year] = slot.split(':').map(Number);
    const next = after(agencyId, year);
    if (next) laterReports.add(next.id);
  }
  for (const r of current.values()) {
    if (!changed.has(r.id)) continue;
    laterReports.add(r.id);
    const next = after(r.agencyId, r.year);
    if (next) laterReports.add(next.id);
  }
  const findings: SavePlan['findings'] = [];
  for (const r of current.values()) {
    if (!laterReports.has(r.id)) continue;
    const before = current.get(`${r.agencyId}:${r.year - 1}`);
    if (!before) continue;
    for (const f of crossYearFindings(JSON.parse(before.yearLink) as YearReport, JSON.parse(r.yearLink) as YearReport))
      findings.push(findingRow(r.id, f));
  }
  const redo = [...laterReports].filter((id) => !changed.has(id));
  return { redone: { reportIds: redo, rulePrefix: RULE_PREFIX }, findings };
}
