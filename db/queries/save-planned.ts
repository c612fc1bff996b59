/**
 * A save in one write transaction: read what the decision needs (save-facts.ts), let the caller decide
 * (`decide`, lib/ingest/plan-save.ts), write the decision in one batch (db/sql/save-statements.ts). The
 * decision sees the database as the write lock holds it, so ids and slots cannot change under it. If
 * anything fails, nothing is written: the transaction is rolled back and the error thrown to the caller,
 * which may retry the reports one by one (lib/ingest/save-reports.ts).
 */
import type { Db } from '../client';
import { savePlanStatements, type SavePlan } from '../sql/save-statements';
import { readSaveFacts, type SaveFacts, type SaveLookup } from './save-facts';

export async function savePlanned<P extends SavePlan>(
  db: Db,
  lookup: SaveLookup,
  decide: (facts: SaveFacts) => P,
): Promise<P> {
  const tx = await db.$client.transaction('write');
  try {
    const plan = decide(await readSaveFacts(tx, lookup));
    await tx.batch(savePlanStatements(plan));
    await tx.commit();
    return plan;
  } catch (e) {
    await tx.rollback().catch(() => {});
    throw e;
  } finally {
    tx.close();
  }
}
