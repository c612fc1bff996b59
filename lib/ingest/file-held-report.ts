/**
 * Files a held report once a person has confirmed its agency and year (`npm run agency -- file-held ID`):
 * its stored original is prepared again and saved in force, the report it was held behind becoming history, and
 * its prose compared for copying as an import compares it.
 */
import type { Db } from '../../db/client';
import { heldReportSource } from '../../db/queries/held-reports';
import { unpackBytes } from '../../db/stored/stored-bytes';
import { prepareReport } from './prepare-report';
import { refreshCopyShares } from './refresh-copy-shares';
import { type SaveOutcome, saveReports } from './save-reports';

export async function fileHeldReport(db: Db, reportId: number): Promise<SaveOutcome> {
  const held = await heldReportSource(db, reportId);
  if (!held) throw new Error(`report #${reportId} is not held (see \`npm run agency -- held\`)`);
  const prepared = await prepareReport(unpackBytes(held.content), held.fileName, {
    synthetic: held.synthetic,
    hash: held.hash,
  });
  const [outcome] = await saveReports(db, [prepared], { settle: true });
  // Now in force, it is compared for copied prose like any imported report (and leaves copy_pending).
  if (outcome.ok && (outcome.value.status === 'imported' || outcome.value.status === 'replaced'))
    await refreshCopyShares(db, [outcome.value.reportId]);
  return outcome;
}
