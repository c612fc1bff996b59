/**
 * One metric's value for every agency of a type in a year (optionally within a division): the
 * population of a box plot and of "rank among peers". Rates are each agency's own rate; agencies
 * without a value are left out, since an unknown is not a low value.
 *
 * Values only, no names: a large type has tens of thousands of agencies in a year, and carrying each
 * name through the sort tripled the time at a million reports. `agencyNames` names the few that are shown.
 */
import { and, asc, eq, inArray, isNotNull, type SQL, sql } from 'drizzle-orm';
import type { Db } from '../client';
import { agencies, reportMetrics } from '../schema';
import { metricConditions } from './metric-filters';
import { metricValueSql } from './metric-sql';

export interface PeerQuery {
  typeId: string;
  year: number;
  /** A count or rate metric id. */
  metric: string;
  /** A province, city or county code. */
  regionCode?: string;
  synthetic?: boolean;
}

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

/** The peer group's rows that have a value of the metric (`value`, from metricValueSql). */
export function peerConditions(q: PeerQuery, value: SQL): SQL | undefined {
  // The type's rows of one year: the (type, year, …) index finds them (and holds appsNew, the default metric).
  // Without the unary + SQLite preferred the (synthetic, year, apps_new) index and read a whole year.
  return and(sql`+${reportMetrics.synthetic} = ${q.synthetic ? 1 : 0}`, eq(reportMetrics.typeId, q.typeId), eq(reportMetrics.year, q.year),
    q.regionCode ? metricConditions({ region: q.regionCode, synthetic: q.synthetic }) : undefined, isNotNull(value));
}

/** The names of the given agencies, by id. */
export async function agencyNames(db: Db, ids: number[]): Promise<Map<number, string>> {
  const names = new Map<number, string>();
  for (let i = 0; i < ids.length; i += 500) {
    const rows = await db.select({ id: agencies.id, name: agencies.name }).from(agencies).where(inArray(agencies.id, ids.slice(i, i + 500)));
    for (const r of rows) names.set(r.id, r.name);
  }
  return names;
}
