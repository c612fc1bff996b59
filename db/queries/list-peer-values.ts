/**
 * One metric's value for every agency of a type in a year (optionally within a division): the
 * population of a box plot and of "rank among peers". Rates are each agency's own rate; agencies
 * without a value are left out, since an unknown is not a low value.
 */
import { and, asc, eq, isNotNull, sql } from 'drizzle-orm';
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
  agency: string;
  value: number;
}

/** Lowest value first (ties in pinyin order); the caller ranks in whichever direction the metric reads. */
export async function listPeerValues(db: Db, q: PeerQuery): Promise<PeerValue[]> {
  const value = metricValueSql(q.metric, 'row');
  if (!value) throw new Error(`unknown metric ${q.metric}`);
  const rows = await db
    .select({ agencyId: reportMetrics.agencyId, agency: agencies.name, value })
    .from(reportMetrics)
    .innerJoin(agencies, eq(agencies.id, reportMetrics.agencyId))
    // The type's agencies of one year are a few thousand rows at most: the (type, year) index finds them.
    // Without the unary + SQLite preferred the (synthetic, year, apps_new) index and read a whole year.
    .where(and(sql`+${reportMetrics.synthetic} = ${q.synthetic ? 1 : 0}`, eq(reportMetrics.typeId, q.typeId), eq(reportMetrics.year, q.year),
      q.regionCode ? metricConditions({ region: q.regionCode, synthetic: q.synthetic }) : undefined, isNotNull(value)))
    .orderBy(asc(value), asc(agencies.sortKey), asc(agencies.id));
  return rows as PeerValue[];
}
