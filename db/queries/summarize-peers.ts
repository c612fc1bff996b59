/**
 * A peer group in figures, for the agency page: how many agencies have a value, the agency's own value, how
 * many peers are above it, and the few values the box's five numbers are interpolated from: the smallest, the
 * largest, and for each quartile p the ⌊(n − 1)p⌋-th smallest and the one after it (linear interpolation,
 * which lib/charts/quantiles.ts does with them). One pass in SQL that returns a handful of rows: the largest
 * type has 26 k agencies in a year at a million reports, and carrying every value to JavaScript was most of
 * the time (measured: ADR 0007, decision 7).
 */
import { sql } from 'drizzle-orm';
import type { Db } from '../client';
import { reportMetrics } from '../schema';
import { metricValueSql } from '../sql/metric-sql';
import { peerConditions, type PeerQuery } from '../sql/peer-conditions';

const QUARTILES = [0.25, 0.5, 0.75];

export interface PeerStatistics {
  /** Agencies of the group with a value. */
  n: number;
  /** The i-th smallest value (0-based), at the positions named above. */
  sorted: ReadonlyMap<number, number>;
  /** The agency's own value; null when it has none or is not of the group. */
  own: number | null;
  /** Peers with a larger value than the agency's (its rank is above + 1); null without an own value. */
  above: number | null;
}

export async function summarizePeers(db: Db, q: PeerQuery, agencyId: number): Promise<PeerStatistics> {
  const value = metricValueSql(q.metric, 'row');
  if (!value) throw new Error(`unknown metric ${q.metric}`);
  const where = peerConditions(q, value);
  const [mine] = await db.all<{ value: number }>(
    sql`SELECT ${value} AS value FROM ${reportMetrics} WHERE ${reportMetrics.agencyId} = ${agencyId} AND ${where}`,
  );
  const own = mine ? Number(mine.value) : null;
  // Both ends, and ⌊(n − 1)p⌋ and the next one for each quartile. One sort.
  const positions = sql.join(
    QUARTILES.flatMap((p) => [sql`CAST((n - 1) * ${p} AS INTEGER)`, sql`CAST((n - 1) * ${p} AS INTEGER) + 1`]),
    sql`, `,
  );
  const rows = await db.all<{ i: number; n: number; value: number; above: number }>(sql`
    SELECT i, n, value, above FROM (
      SELECT ${value} AS value, row_number() OVER (ORDER BY ${value}) - 1 AS i, count(*) OVER () AS n, sum(${value} > ${own}) OVER () AS above
      FROM ${reportMetrics} WHERE ${where})
    WHERE i = 0 OR i = n - 1 OR i IN (${positions})`);
  return {
    n: rows.length > 0 ? Number(rows[0].n) : 0,
    sorted: new Map(rows.map((r) => [Number(r.i), Number(r.value)])),
    own,
    above: own === null || rows.length === 0 ? null : Number(rows[0].above),
  };
}
