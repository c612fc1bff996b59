/**
 * A peer group in figures, for the agency page: how many agencies have a value, the five numbers of the
 * box (lib/charts/quantiles.ts, linear interpolation), the agency's own value and how many peers are
 * above it. One pass in SQL that returns a handful of rows: the largest type has 26 k agencies in a year
 * at a million reports, and carrying every value to JavaScript cost ~60 ms of the ~100 (ADR 0007).
 */
import { sql } from 'drizzle-orm';
import type { Db } from '../client';
import { fiveNumbersAt, QUARTILES, type FiveNumbers } from '../../lib/charts/quantiles';
import { reportMetrics } from '../schema';
import { peerConditions, type PeerQuery } from './list-peer-values';
import { metricValueSql } from './metric-sql';

export interface PeerSummary {
  /** Agencies of the group with a value. */
  n: number;
  five: FiveNumbers | null;
  /** The agency's own value; null when it has none or is not of the group. */
  own: number | null;
  /** Peers with a larger value than the agency's (its rank is above + 1); null without an own value. */
  above: number | null;
}

export async function summarizePeers(db: Db, q: PeerQuery, agencyId: number): Promise<PeerSummary> {
  const value = metricValueSql(q.metric, 'row');
  if (!value) throw new Error(`unknown metric ${q.metric}`);
  const where = peerConditions(q, value);
  const [mine] = await db.all<{ value: number }>(sql`SELECT ${value} AS value FROM ${reportMetrics} WHERE ${reportMetrics.agencyId} = ${agencyId} AND ${where}`);
  const own = mine ? Number(mine.value) : null;
  // The positions quantileAt reads: ⌊(n − 1)p⌋ and the next one for each quartile, and both ends. One sort.
  const positions = sql.join(QUARTILES.flatMap((p) => [sql`CAST((n - 1) * ${p} AS INTEGER)`, sql`CAST((n - 1) * ${p} AS INTEGER) + 1`]), sql`, `);
  const rows = await db.all<{ i: number; n: number; value: number; above: number }>(sql`
    SELECT i, n, value, above FROM (
      SELECT ${value} AS value, row_number() OVER (ORDER BY ${value}) - 1 AS i, count(*) OVER () AS n, sum(${value} > ${own}) OVER () AS above
      FROM ${reportMetrics} WHERE ${where})
    WHERE i = 0 OR i = n - 1 OR i IN (${positions})`);
  const n = rows.length > 0 ? Number(rows[0].n) : 0;
  const at = new Map(rows.map((r) => [Number(r.i), Number(r.value)]));
  const five = fiveNumbersAt(n, (i) => {
    const v = at.get(i);
    if (v === undefined) throw new Error(`peer summary: position ${i} of ${n} was not fetched`);
    return v;
  });
  return { n, five, own, above: own === null || rows.length === 0 ? null : Number(rows[0].above) };
}
