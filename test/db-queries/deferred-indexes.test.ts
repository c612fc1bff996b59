/**
 * report_metrics' indexes set aside by a bulk import and built again (db/queries/deferred-indexes.ts): built again
 * exactly as they were and in the order they were created, at the import's end, and by the next open when the process was killed in between.
 */
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { type Db, openDatabase } from '../../db/client';
import { deferIndexes, inWriteTransaction, restoreDeferredIndexes } from '../../db/queries/deferred-indexes';
import { importPaths } from '../../lib/ingest/import-files';
import { tempDatabase } from '../support/temp-db';

const SAMPLES = path.resolve(__dirname, '../../db/samples');

/** The indexes in the schema's order (the order they were created in: the planner breaks ties by it). */
async function metricIndexes(db: Db): Promise<string[]> {
  const r = await db.$client.execute(
    "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'report_metrics' AND sql IS NOT NULL ORDER BY rowid",
  );
  return r.rows.map((row) => `${row.name}: ${row.sql}`);
}

async function recorded(db: Db): Promise<number> {
  return Number((await db.$client.execute('SELECT count(*) AS n FROM deferred_indexes')).rows[0].n);
}

describe('deferred indexes', () => {
  test('set aside all but the one the import reads through, and built again as they were', async () => {
    const { db } = await tempDatabase();
    const before = await metricIndexes(db);
    expect(before.length).toBeGreaterThan(10);
    const set = await inWriteTransaction(db.$client, deferIndexes);
    expect(set).toBe(before.length - 1);
    expect((await metricIndexes(db)).map((i) => i.split(':')[0])).toEqual(['metrics_agency_year']);
    expect(await recorded(db)).toBe(before.length);
    expect(await inWriteTransaction(db.$client, restoreDeferredIndexes)).toBe(set);
    expect(await metricIndexes(db)).toEqual(before);
    expect(await recorded(db)).toBe(0);
    db.$client.close();
  });

  test('a process killed with its indexes set aside: the next open builds them before anything else', async () => {
    const { db, url } = await tempDatabase();
    const before = await metricIndexes(db);
    await inWriteTransaction(db.$client, deferIndexes);
    db.$client.close();
    const reopened = await openDatabase({ url });
    expect(await metricIndexes(reopened)).toEqual(before);
    expect(await recorded(reopened)).toBe(0);
    reopened.$client.close();
  });

  test('a bulk import sets them aside and ends with them built; a small import into a fuller database does not', async () => {
    const { db } = await tempDatabase();
    const before = await metricIndexes(db);
    const bulk = await importPaths(db, [SAMPLES], { workers: 1, deferIndexesFrom: 1 });
    expect(bulk.imported).toBe(5);
    expect(bulk.steps.indexes).toBeGreaterThan(0);
    expect(await metricIndexes(db)).toEqual(before);
    expect(await recorded(db)).toBe(0);
    // The same rows, whether the indexes were kept or built after: a query through one finds them.
    const r = await db.$client.execute(
      'SELECT count(*) AS n FROM report_metrics INDEXED BY metrics_year WHERE year > 0',
    );
    expect(Number(r.rows[0].n)).toBe(5);
    // 5 rows there, 1 file: a quarter of 5 is more than 1, so the indexes are kept.
    const one = await importPaths(db, [path.join(SAMPLES, '003_ce3ce06ef0481c4f.txt')], {
      workers: 1,
      deferIndexesFrom: 1,
    });
    expect(one.unchanged).toBe(1);
    expect(one.steps.indexes).toBe(0);
    db.$client.close();
  });
});
