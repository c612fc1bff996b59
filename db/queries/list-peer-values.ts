/**
 * One metric's value for every agency of a type in a year (optionally within a division): the
 * population of a box plot and of "rank among peers". Rates are each agency's own rate; agencies
 * without a value are left out, since an unknown is not a low value.
 *
 * Values only, no names: a large type has tens of thousands of agencies in a year, and carrying each
 * name through the sort made it much slower at a million reports (measured: BENCHMARKS.md,
 * 'Figures from code comments'). `agencyNames` names the few that are shown.
 */
import { asc, inArray } from 'drizzle-orm';
import type { Db } from '../client';
import { agencies, reportMetrics } from '../schema';
import { metricValueSql } from '../sql/metric-sql';
import { peerConditions, type PeerQuery } from '../sql/peer-conditions';

export type { PeerQuery };

export interface PeerValue {
  agencyId: number;
  value: number;
}

/** Lowest value first (ties by agency id); the caller ranks in whichever direction the metric reads. */
export async function listPeerValues(db: Db, q: PeerQuery): Promise<PeerValue[]> {
  const value = metricValueSql(q.metric, 'row');
  if (!value) throw new Error(`unknown metric ${q.metric}`);
  const rows = await db
    .select({ agencyId: reportMetrics.agencyId, value })
    .from(reportMetrics)
    .where(peerConditions(q, value))
    .orderBy(asc(value), asc(reportMetrics.agencyId));
  return rows as PeerValue[];
}

/** The names of the given agencies, by id. */
export async function agencyNames(db: Db, ids: number[]): Promise<Map<number, string>> {
  const names = new Map<number, string>();
  for (let i = 0; i < ids.length; i += 500) {
    const rows = await db
      .select({ id: agencies.id, name: agencies.name })
      .from(agencies)
      .where(inArray(agencies.id, ids.slice(i, i + 500)));
    for (const r of rows) names.set(r.id, r.name);
  }
  return names;
}
