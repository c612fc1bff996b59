/** The first report made from each of the given source hashes: bytes seen before need no parsing. */
import type { Db } from '../client';

export async function reportsBySourceHash(db: Db, hashes: string[]): Promise<Map<string, number>> {
  const found = new Map<string, number>();
  if (hashes.length === 0) return found;
  const placeholders = hashes.map(() => '?').join(',');
  const rows = await db.$client.execute({
    sql: `SELECT source_hash, min(id) AS id FROM reports WHERE source_hash IN (${placeholders}) GROUP BY source_hash`,
    args: hashes,
  });
  for (const r of rows.rows) found.set(String(r.source_hash), Number(r.id));
  return found;
}
