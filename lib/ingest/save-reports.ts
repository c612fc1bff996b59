/**
 * Saves prepared reports. Each report is complete or absent: the reports of one call share one write
 * transaction (group commit), and if that fails, each report is retried in its own transaction so one bad
 * write costs only its own report.
 *
 * Inside the transaction the database is read once per group (hashes, agencies, current reports of those
 * agencies: db/queries/save-facts.ts), plan-save.ts decides what each report becomes, and the rows are
 * written with multi-row INSERTs, report and agency ids assigned inside the write lock.
 */
import type { Db } from '../../db/client';
import { savePlanned } from '../../db/queries/save-planned';
import { accepted, errorMessage, refused, type Result } from '../refusal/refusal';
import { planSave, type SavedOutcome, type SaveOptions, saveLookup } from './plan-save';
import type { PreparedReport } from './prepare-report';

export type { SaveOptions };
/** What became of a report, or why it could not be saved (reason 'not-saved'). */
export type SaveOutcome = Result<SavedOutcome>;

export async function saveReports(
  db: Db,
  prepared: PreparedReport[],
  options: SaveOptions = {},
): Promise<SaveOutcome[]> {
  if (prepared.length === 0) return [];
  try {
    const plan = await savePlanned(db, saveLookup(prepared, options), (facts) => planSave(prepared, facts, options));
    return plan.outcomes.map((o) => accepted(o));
  } catch (groupError) {
    if (prepared.length === 1)
      return [refused(500, 'not-saved', `${prepared[0].fileName}: could not be saved (${errorMessage(groupError)})`)];
    const out: SaveOutcome[] = [];
    for (const p of prepared) out.push(...(await saveReports(db, [p], options)));
    return out;
  }
}
