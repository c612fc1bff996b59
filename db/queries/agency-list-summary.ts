/** The user's agency list in two numbers: its entries, and those no agency with reports answers yet. Null: no list. */
import type { Db } from '../client';

export async function agencyListSummary(db: Db): Promise<{ entries: number; unanswered: number } | null> {
  const [row] = (
    await db.$client.execute('SELECT count(*) AS entries, count(*) - count(agency_id) AS unanswered FROM agency_list')
  ).rows;
  const entries = Number(row.entries);
  return entries === 0 ? null : { entries, unanswered: Number(row.unanswered) };
}
