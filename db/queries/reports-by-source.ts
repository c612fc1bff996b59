/**
 * How many current reports are real and how many synthetic: what the data-source switch says beside each side.
 * From the province rollups (a few thousand rows at a million reports), made current first.
 */
import type { Db } from '../client';
import { ensureCurrentRollups } from './ensure-current-rollups';

export async function reportsBySource(db: Db): Promise<{ real: number; synthetic: number }> {
  await ensureCurrentRollups(db);
  const rows = await db.$client.execute('SELECT synthetic, sum(reports) AS n FROM province_totals GROUP BY synthetic');
  const count = (synthetic: number) => Number(rows.rows.find((r) => Number(r.synthetic) === synthetic)?.n ?? 0);
  return { real: count(0), synthetic: count(1) };
}
