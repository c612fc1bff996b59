import { sql } from 'drizzle-orm';
import type { Db } from '../client';
import { regions } from '../schema';

export interface RegionRow {
  code: string;
  province: string;
  city: string | null;
  county: string | null;
  level: 'province' | 'city' | 'county';
}

/** Fills the regions table once (it is empty only on a new database). */
export async function fillRegions(db: Db, rows: RegionRow[]): Promise<void> {
  const [{ n }] = await db.select({ n: sql<number>`count(*)` }).from(regions);
  if (Number(n) > 0) return;
  const values = rows.map((r) => ({
    code: r.code,
    name: r.level === 'province' ? r.province : r.level === 'city' ? (r.city ?? r.province) : (r.county ?? ''),
    level: r.level,
    parentCode:
      r.level === 'province'
        ? null
        : r.level === 'city'
          ? `${r.code.slice(0, 2)}0000`
          : r.city
            ? `${r.code.slice(0, 4)}00`
            : `${r.code.slice(0, 2)}0000`,
    provinceCode: `${r.code.slice(0, 2)}0000`,
    cityCode: r.level === 'county' && r.city ? `${r.code.slice(0, 4)}00` : r.level === 'city' ? r.code : null,
  }));
  await db.transaction(async (tx) => {
    for (let i = 0; i < values.length; i += 500)
      await tx
        .insert(regions)
        .values(values.slice(i, i + 500))
        .onConflictDoNothing();
  });
}
