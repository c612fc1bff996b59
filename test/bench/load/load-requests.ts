/**
 * What the load bench's clients ask for: the main pages (with the bench's picked province and agencies)
 * and exports of the compare table, large ones with the admin token and small ones without. A large
 * export takes the widest view that fits under the row cap: the whole table, else the largest province,
 * else its latest year.
 */
import type { Db } from '../../../db/client';
import { countCompareExport, MAX_EXPORT_ROWS, PUBLIC_EXPORT_ROWS } from '../../../lib/dashboard/compare-export';
import { METRICS } from '../../../lib/metrics/dictionary';
import { parseViewState } from '../../../lib/view-state/view-state';
import type { Picks } from '../e2e/bench-picks';

export interface LoadRequest {
  /** What the figures are reported under. */
  kind: string;
  group: 'page' | 'export';
  path: string;
  /** Sent with the admin token. */
  token: boolean;
  /** An export's rows. */
  rows?: number;
}

const ALL_COLUMNS = METRICS.map((m) => m.id).join(',');

export function pageRequests(p: Picks): LoadRequest[] {
  const page = (kind: string, path: string): LoadRequest => ({
    kind,
    group: 'page',
    path: `${path}${path.includes('?') ? '&' : '?'}synthetic=1`,
    token: false,
  });
  return [
    page('page /', '/'),
    page('page /region', `/region?region=${p.province}`),
    page('page /compare', '/compare'),
    page('page /compare, sorted by agency', '/compare?sort=agency.asc'),
    ...p.agencies.slice(0, 5).map((a) => page('page /agency/…', `/agency/${a.id}`)),
    page('page /quality', '/quality'),
  ];
}

/** The first of the queries whose export holds at most `limit` rows, with its count. */
async function widest(db: Db, queries: string[], limit: number): Promise<{ query: string; rows: number }> {
  for (const query of queries) {
    const rows = await countCompareExport(db, parseViewState(new URLSearchParams(query)));
    if (rows <= limit) return { query, rows };
  }
  throw new Error(`no view of the bench data fits in ${limit} rows`);
}

/** The large and small views the exports use: query strings (without format) and their row counts. */
export async function exportViews(db: Db, p: Picks) {
  const narrowing = [
    'synthetic=1',
    `synthetic=1&region=${p.province}`,
    `synthetic=1&region=${p.province}&year=${p.year}`,
  ];
  const large = await widest(
    db,
    narrowing.map((q) => `${q}&sort=agency.asc`),
    MAX_EXPORT_ROWS,
  );
  const small = await widest(
    db,
    narrowing.slice(1).map((q) => `${q}&sort=agency.asc`),
    PUBLIC_EXPORT_ROWS,
  );
  return { large, small, allColumns: `cols=${ALL_COLUMNS}` };
}

export type ExportViews = Awaited<ReturnType<typeof exportViews>>;

const rowsLabel = (n: number) => `${n.toLocaleString('en-US')} rows`;

/** The exports timed one at a time, idle: what the row cap is set from. */
export function soloExports(v: ExportViews): LoadRequest[] {
  const exp = (format: string, columns: 'default' | 'all'): LoadRequest => ({
    kind: `${format.toUpperCase()}, ${columns === 'all' ? `all ${METRICS.length} metrics` : 'default columns'}, ${rowsLabel(v.large.rows)}`,
    group: 'export',
    path: `/api/export?${v.large.query}${columns === 'all' ? `&${v.allColumns}` : ''}&format=${format}`,
    token: true,
    rows: v.large.rows,
  });
  return [exp('csv', 'default'), exp('csv', 'all'), exp('xlsx', 'default'), exp('xlsx', 'all')];
}

/** The exports in the mix: the heaviest (XLSX, every column, at the cap), a large CSV, and small ones for anyone. */
export function exportRequests(v: ExportViews): LoadRequest[] {
  const [csvLarge, , , xlsxWidest] = soloExports(v);
  const small = (format: string): LoadRequest => ({
    kind: `export ${format.toUpperCase()}, ${rowsLabel(v.small.rows)}, no token`,
    group: 'export',
    path: `/api/export?${v.small.query}&format=${format}`,
    token: false,
    rows: v.small.rows,
  });
  return [
    { ...csvLarge, kind: `export ${csvLarge.kind}` },
    { ...xlsxWidest, kind: `export ${xlsxWidest.kind}` },
    small('csv'),
    small('xlsx'),
  ];
}
