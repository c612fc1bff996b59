/** When the newest current report was imported: the "data as of" date in chart captions. */
import { and, eq, max } from 'drizzle-orm';
import type { Db } from '../client';
import { reports } from '../schema';

export async function latestImport(db: Db, synthetic = false): Promise<Date | null> {
  const [row] = await db
    .select({ at: max(reports.importedAt) })
    .from(reports)
    .where(and(eq(reports.status, 'current'), eq(reports.synthetic, synthetic)));
  return row?.at ?? null;
}
