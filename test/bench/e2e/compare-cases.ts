/**
 * The compare page's calls (app/compare/page.tsx): the table's first page, the top-15 chart, and the
 * page's calls together, under each sort and filter a user is likely to try.
 */
import type { Db } from '../../../db/client';
import { buildChart } from '../../../lib/dashboard/chart-catalog';
import { loadCompareTable } from '../../../lib/dashboard/compare-view';
import type { ViewState } from '../../../lib/view-state/view-state';
import type { Picks } from './bench-picks';
import { filterBarCalls, namedFilters, present, type Query, type QueryCase, stateOf } from './case-kit';

const firstPage = (db: Db, s: ViewState) => loadCompareTable(db, s, { offset: 0, limit: s.pageSize });

/** Named compare views: sorts, filters, and rows per agency. */
export function compareViews(p: Picks): { label: string; query: Query }[] {
  const n = namedFilters(p);
  const sorted = (label: string, sort: string) => ({ label, query: { sort } });
  return present<{ label: string; query: Query }>([
    { label: 'default sort (appsNew desc)', query: {} },
    sorted('sort agency (pinyin)', 'agency.asc'),
    sorted('sort granted desc', 'granted.desc'),
    sorted('sort disclosureRate desc', 'disclosureRate.desc'),
    sorted('sort errors desc', 'errors.desc'),
    // A report's own column: its partial index either way (report-column-page.ts).
    sorted('sort daysLate desc', 'daysLate.desc'),
    sorted('sort daysLate asc', 'daysLate.asc'),
    sorted('sort score desc', 'score.desc'),
    sorted('sort score asc', 'score.asc'),
    sorted('sort originality asc', 'originality.asc'),
    n.year,
    n.province,
    n.city,
    n.type,
    n.provinceYear,
    // A year, then a column: what an analyst does first. No index serves these orders.
    { label: `${n.year.label}, sort granted desc`, query: { ...n.year.query, sort: 'granted.desc' } },
    { label: `${n.year.label}, sort disclosureRate asc`, query: { ...n.year.query, sort: 'disclosureRate.asc' } },
    { label: `${n.province.label}, sort daysLate desc`, query: { ...n.province.query, sort: 'daysLate.desc' } },
    {
      label: `${n.province.label}, sort disclosureRate desc`,
      query: { ...n.province.query, sort: 'disclosureRate.desc' },
    },
    { label: `${n.provinceYear.label}, sort agency`, query: { ...n.provinceYear.query, sort: 'agency.asc' } },
    n.type && {
      label: `${n.type.label}, sort disclosureRate desc`,
      query: { ...n.type.query, sort: 'disclosureRate.desc' },
    },
    { label: 'by agency', query: { by: 'agency' } },
    { label: 'by agency, sort disclosureRate desc', query: { by: 'agency', sort: 'disclosureRate.desc' } },
    { label: `by agency, ${n.provinceYear.label}`, query: { by: 'agency', ...n.provinceYear.query } },
    {
      label: `by agency, ${n.year.label}, sort granted desc`,
      query: { by: 'agency', ...n.year.query, sort: 'granted.desc' },
    },
  ]);
}

export function compareCases(db: Db, p: Picks): QueryCase[] {
  return compareViews(p).flatMap(({ label, query }): QueryCase[] => {
    const s = stateOf(query, p.synthetic);
    return [
      {
        view: 'compare',
        filter: label,
        call: 'loadCompareTable (first page)',
        kind: 'first-page',
        run: () => firstPage(db, s),
      },
      {
        view: 'compare',
        filter: label,
        call: 'buildChart(top)',
        kind: 'query',
        run: () => buildChart(db, { kind: 'top', state: s }),
      },
      {
        view: 'compare',
        filter: label,
        call: 'page calls',
        kind: 'page-calls',
        // As the page: the chart takes the table's first rows when they are its own (CompareTable.topRows).
        run: async () => {
          const table = await firstPage(db, s);
          return Promise.all([
            buildChart(db, { kind: 'top', state: s, topRows: table.topRows }),
            ...filterBarCalls(db, s),
          ]);
        },
      },
    ];
  });
}
