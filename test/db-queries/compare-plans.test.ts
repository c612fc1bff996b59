/**
 * The compare table's default order walks (synthetic, apps_new) whatever order report_metrics' indexes were
 * created in. Left to the planner, (synthetic, apps_new) and (synthetic, year, apps_new) answer `synthetic = ?` at
 * the same cost and SQLite took the one the schema listed first: with the indexes built again in name order it
 * sorted every row for a page of 50 (at 100k reports 6.6 → 79 ms; at a million 2–3 s; ADR 0007, fifth pass).
 */
import type { InArgs, InStatement } from '@libsql/client';
import { afterEach, expect, test } from 'vitest';
import type { Db } from '../../db/client';
import { listCompareRows } from '../../db/queries/list-compare-rows';
import { tempDatabase } from '../support/temp-db';
import { importSyntheticReports } from './synthetic-reports';

let db: Db;
afterEach(() => db.$client.close());

/** Drops and creates report_metrics' indexes again in `order`, then takes statistics, as a bulk load might. */
async function rebuildIndexes(order: 'name' | 'reverse name') {
  const rows = (
    await db.$client.execute(
      "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'report_metrics' AND sql IS NOT NULL ORDER BY name",
    )
  ).rows.map((r) => ({ name: String(r.name), sql: String(r.sql) }));
  if (order === 'reverse name') rows.reverse();
  for (const r of rows) await db.$client.execute(`DROP INDEX "${r.name}"`);
  for (const r of rows) await db.$client.execute(r.sql);
  await db.$client.execute('ANALYZE');
}

/** The plan of every statement `run` sends that selects the page's ids (its ORDER BY is the compare order). */
async function pagePlans(run: () => Promise<unknown>): Promise<string[]> {
  const client = db.$client;
  const sent: { sql: string; args: unknown[] }[] = [];
  const execute = client.execute.bind(client);
  client.execute = ((stmt: InStatement, args?: InArgs) => {
    const text = typeof stmt === 'string' ? stmt : stmt.sql;
    if (/ORDER BY "report_metrics"."apps_new" DESC/.test(text))
      sent.push({ sql: text, args: (typeof stmt === 'string' ? (args ?? []) : (stmt.args ?? [])) as unknown[] });
    return args === undefined ? execute(stmt) : execute(text, args);
  }) as typeof execute;
  try {
    await run();
  } finally {
    client.execute = execute;
  }
  const plans: string[] = [];
  for (const s of sent) {
    const plan = await execute({ sql: `EXPLAIN QUERY PLAN ${s.sql}`, args: s.args as never });
    plans.push(plan.rows.map((r) => String(r.detail)).join('\n'));
  }
  return plans;
}

test.each(['name', 'reverse name'] as const)(
  'indexes created in %s order: the default page walks metrics_apps_new',
  async (order) => {
    ({ db } = await tempDatabase());
    await importSyntheticReports(db, 60, 2);
    await rebuildIndexes(order);
    const plans = await pagePlans(() =>
      listCompareRows(
        db,
        { synthetic: true },
        { by: 'agency-year', sort: { id: 'appsNew', desc: true }, offset: 0, limit: 50 },
      ),
    );
    expect(plans.length).toBe(1);
    expect(plans[0]).toMatch(/USING INDEX metrics_apps_new \(synthetic=\?\)/);
    // Only ties are sorted (the agency, then the year), never every row.
    expect(plans[0]).not.toMatch(/TEMP B-TREE FOR ORDER BY/);
  },
);
