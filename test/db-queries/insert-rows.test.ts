/**
 * Multi-row INSERTs from drizzle insert objects (db/sql/insert-rows.ts): split below SQLite's limit of bound
 * values, each value sent as drizzle sends it, and every row read back as written from a real database.
 */
import { asc } from 'drizzle-orm';
import { describe, expect, test } from 'vitest';
import { insertObjects } from '../../db/sql/insert-rows';
import { agencies } from '../../db/schema';
import { tempDatabase } from '../support/temp-db';

describe('insertObjects', () => {
  test('1,500 agencies: three statements under 8,000 values each, every row read back as written', async () => {
    const { db } = await tempDatabase();
    const created = new Date('2026-12-07T08:00:00.123Z');
    const rows = Array.from({ length: 1500 }, (_, i) => ({
      id: 100 + i,
      name: `测试机关${i}`,
      sortKey: `ce shi ${i}`,
      typeId: i % 3 === 0 ? null : 'education',
      regionCode: null,
      regionStatus: 'unresolved' as const,
      regionEvidence: 'none',
      level: null,
      zone: null,
      synthetic: i % 2 === 0,
      createdAt: created,
    }));
    const statements = insertObjects(agencies, rows);
    expect(statements.map((s) => (s as { args: unknown[] }).args.length)).toEqual([727 * 11, 727 * 11, 46 * 11]);
    const first = (statements[0] as { args: unknown[] }).args.slice(0, 11);
    expect(first).toEqual([
      100,
      '测试机关0',
      'ce shi 0',
      null,
      null,
      'unresolved',
      'none',
      null,
      null,
      1,
      created.getTime(),
    ]);
    await db.$client.batch(statements, 'write');
    const back = await db.select().from(agencies).orderBy(asc(agencies.id));
    expect(back).toHaveLength(1500);
    expect(back).toEqual(rows);
  });
});
