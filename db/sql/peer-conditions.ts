/** A peer group as SQL: the rows of report_metrics of one agency type in one year (optionally in a division) that have a value. */
import { and, eq, isNotNull, type SQL, sql } from 'drizzle-orm';
import { reportMetrics } from '../schema';
import { metricConditions } from './metric-filters';

export interface PeerQuery {
  typeId: string;
  year: number;
  /** A count or rate metric id. */
  metric: string;
  /** A province, city or county code. */
  regionCode?: string;
  synthetic?: boolean;
}

/** The peer group's rows that have a value of the metric (`value`, from metricValueSql). */
export function peerConditions(q: PeerQuery, value: SQL): SQL | undefined {
  // The type's rows of one year: the (type, year, …) index finds them (and holds appsNew, the default metric).
  // Without the unary + SQLite preferred the (synthetic, year, apps_new) index and read a whole year.
  return and(
    sql`+${reportMetrics.synthetic} = ${q.synthetic ? 1 : 0}`,
    eq(reportMetrics.typeId, q.typeId),
    eq(reportMetrics.year, q.year),
    q.regionCode ? metricConditions({ region: q.regionCode, synthetic: q.synthetic }) : undefined,
    isNotNull(value),
  );
}
