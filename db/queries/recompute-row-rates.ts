/**
 * Recomputes every stored row rate of report_metrics from the counts beside it. Imports store rates as
 * they insert rows; this is for counts changed behind the import's back (migration 0006 did the same
 * for the rows stored before rates were columns).
 */
import { sql } from 'drizzle-orm';
import type { Db } from '../client';
import { RATE_COLUMNS, reportMetrics } from '../schema';
import { rateColumnOf, rowRateFormulaSql } from '../sql/metric-sql';

export async function recomputeRowRates(db: Db): Promise<void> {
  const sets = RATE_COLUMNS.map((def) => sql`${sql.identifier(rateColumnOf(def).name)} = ${rowRateFormulaSql(def)}`);
  await db.run(sql`UPDATE ${reportMetrics} SET ${sql.join(sets, sql`, `)}`);
}
