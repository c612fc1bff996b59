/**
 * Whether any rollup waits to be rebuilt: a save marked cells or agencies that no refresh has rebuilt yet
 * (an import under way, or one killed before its end). Three tiny tables, empty between imports: readers
 * ask before every answer from the rollups, so it must stay this cheap.
 */
import type { Db } from '../client';

export async function rollupsMarked(db: Db): Promise<boolean> {
  const { rows } =
    await db.$client.execute(`SELECT EXISTS (SELECT 1 FROM rollup_dirty) OR EXISTS (SELECT 1 FROM cell_dirty)
    OR EXISTS (SELECT 1 FROM presence_dirty) AS marked`);
  return Number(rows[0].marked) === 1;
}
