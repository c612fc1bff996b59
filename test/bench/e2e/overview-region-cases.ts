/**
 * The overview and region pages' calls, as the pages make them (app/page.tsx, app/region/page.tsx and
 * the components they render): each call alone, then all of a page's calls at once, as the server runs
 * a page's components concurrently.
 */
import type { Db } from '../../../db/client';
import { dataGaps } from '../../../db/queries/data-gaps';
import { listPresentTypes } from '../../../db/queries/list-present-types';
import { listYears } from '../../../db/queries/list-years';
import { summarizeMetrics } from '../../../db/queries/summarize-metrics';
import { buildChart, type ChartKind } from '../../../lib/dashboard/chart-catalog';
import { loadCompareTable } from '../../../lib/dashboard/compare-view';
import { childLevel } from '../../../lib/dashboard/region-values';
import { filtersOf } from '../../../lib/view-state/filters';
import type { ViewState } from '../../../lib/view-state/view-state';
import type { Picks } from './bench-picks';
import { filterBarCalls, namedFilters, present, stateOf, type QueryCase } from './case-kit';

const OVERVIEW_CHARTS: ChartKind[] = ['trend', 'outcomes', 'reasons', 'review'];

function overviewPage(db: Db, s: ViewState): Promise<unknown> {
  const f = filtersOf(s);
  return Promise.all([
    summarizeMetrics(db, f, 'none'),
    ...OVERVIEW_CHARTS.map((kind) => buildChart(db, { kind, state: s })),
    dataGaps(db, f),
    ...filterBarCalls(db, s),
  ]);
}

export function overviewCases(db: Db, p: Picks): QueryCase[] {
  const n = namedFilters(p);
  const cases: QueryCase[] = [];
  for (const filter of present([n.none, n.year, n.province, n.provinceYear, n.type])) {
    const s = stateOf(filter.query, p.synthetic);
    const f = filtersOf(s);
    const add = (call: string, run: () => Promise<unknown>) =>
      cases.push({ view: 'overview', filter: filter.label, call, kind: 'query', run });
    add('summarizeMetrics(none)', () => summarizeMetrics(db, f, 'none'));
    add('summarizeMetrics(year)', () => summarizeMetrics(db, f, 'year'));
    add('dataGaps', () => dataGaps(db, f));
    add('listPresentTypes', () => listPresentTypes(db, { ...f, typeIds: undefined }));
    // Depends on nothing but `synthetic`: once is enough.
    if (filter === n.none) add('listYears', () => listYears(db, { synthetic: s.synthetic }));
    for (const kind of OVERVIEW_CHARTS) add(`buildChart(${kind})`, () => buildChart(db, { kind, state: s }));
    cases.push({
      view: 'overview',
      filter: filter.label,
      call: 'page calls',
      kind: 'page-calls',
      run: () => overviewPage(db, s),
    });
  }
  return cases;
}

/** The region page's agencies panel: the compare table's first 20 rows, two columns. */
const regionAgencies = (db: Db, s: ViewState) =>
  loadCompareTable(db, { ...s, sort: undefined, columns: [s.metric, 'disclosureRate'] }, { offset: 0, limit: 20 });

function regionPage(db: Db, s: ViewState): Promise<unknown> {
  const f = filtersOf(s);
  const level = childLevel(s.region);
  return Promise.all([
    regionAgencies(db, s),
    summarizeMetrics(db, f, 'none'),
    buildChart(db, { kind: 'ranking', state: s }),
    buildChart(db, { kind: 'trend', state: s }),
    level ? summarizeMetrics(db, f, level) : null,
    ...filterBarCalls(db, s),
  ]);
}

export function regionCases(db: Db, p: Picks): QueryCase[] {
  const n = namedFilters(p);
  const cases: QueryCase[] = [];
  for (const filter of present([n.province, n.city])) {
    const s = stateOf(filter.query, p.synthetic);
    const f = filtersOf(s);
    const level = childLevel(s.region);
    const add = (call: string, run: () => Promise<unknown>) =>
      cases.push({ view: 'region', filter: filter.label, call, kind: 'query', run });
    add('buildChart(ranking)', () => buildChart(db, { kind: 'ranking', state: s }));
    add('summarizeMetrics(none)', () => summarizeMetrics(db, f, 'none'));
    if (level) add(`children: summarizeMetrics(${level})`, () => summarizeMetrics(db, f, level));
    add('buildChart(trend)', () => buildChart(db, { kind: 'trend', state: s }));
    add('agencies: loadCompareTable(20)', () => regionAgencies(db, s));
    cases.push({
      view: 'region',
      filter: filter.label,
      call: 'page calls',
      kind: 'page-calls',
      run: () => regionPage(db, s),
    });
  }
  return cases;
}
