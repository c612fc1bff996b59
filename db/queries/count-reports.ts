import { sql } from 'drizzle-orm';
import type { Db } from '../client';
import { reports } from '../schema';

export async function countReports(db: Db): Promise<number> {
  const [row] = await db.select({ n: sql<number>`count(*)` }).from(reports);
  return Number(row.n);
}
