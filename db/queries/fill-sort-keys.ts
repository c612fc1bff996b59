/**
 * Gives every agency without one its sort key, `sortKey(name)` (lib/format/pinyin-key.ts: the name in
 * toneless pinyin). Agencies stored before the sort_key column existed have none, and SQL alone cannot
 * compute pinyin, so this runs when the database is prepared; on an up-to-date database it is one indexed
 * lookup that finds nothing.
 */
import type { Db } from '../client';

/** Agencies updated per write transaction: bounded memory, few commits. */
const BATCH = 2000;

export async function fillSortKeys(db: Db, sortKey: (name: string) => string): Promise<number> {
  let filled = 0;
  for (;;) {
    const missing = await db.$client.execute({
      sql: 'SELECT id, name FROM agencies WHERE sort_key IS NULL LIMIT ?',
      args: [BATCH],
    });
    if (missing.rows.length === 0) return filled;
    await db.$client.batch(
      missing.rows.map((r) => ({
        sql: 'UPDATE agencies SET sort_key = ? WHERE id = ?',
        args: [sortKey(String(r.name)), Number(r.id)],
      })),
      'write',
    );
    filled += missing.rows.length;
  }
}
