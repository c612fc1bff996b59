/**
 * The compare page reads its top chart's rows once: when the table's first page is ranked by the chart's metric,
 * the chart takes the table's first rows (CompareTable.topRows) — and must be the chart it would have read itself.
 */
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Db } from '../../db/client';
import { buildChart } from '../../lib/dashboard/chart-catalog';
import { loadCompareTable } from '../../lib/dashboard/compare-view';
import { TOP_N } from '../../lib/dashboard/top-chart';
import { importPaths } from '../../lib/ingest/import-files';
import { parseViewState, type SearchParams } from '../../lib/view-state/view-state';
import { importSyntheticReports, SAMPLES } from '../db-queries/synthetic-reports';
import { tempDatabase } from '../support/temp-db';

let db: Db;
beforeAll(async () => {
  ({ db } = await tempDatabase());
  await importPaths(db, [SAMPLES]);
  await importSyntheticReports(db, 80, 5);
}, 60_000);
afterAll(() => db.$client.close());

const tableOf = (params: SearchParams) => {
  const state = parseViewState(params);
  return loadCompareTable(db, state, { offset: (state.page - 1) * state.pageSize, limit: state.pageSize });
};

test.each<[string, SearchParams]>([
  ['agency-years, the default order', { synthetic: '1' }],
  ['agencies, the default order', { synthetic: '1', by: 'agency' }],
  ['a metric chosen, the table sorted by it', { synthetic: '1', metric: 'granted', sort: 'granted.desc' }],
  ['a rate, by agency', { synthetic: '1', by: 'agency', metric: 'disclosureRate' }],
  ['fewer rows than the chart shows (the five real reports)', {}],
])('%s: the table holds the chart rows, and the chart from them is the chart read apart', async (_, params) => {
  const table = await tableOf(params);
  expect(table.topRows).toBeDefined();
  expect(table.topRows!.length).toBe(Math.min(TOP_N, table.total));
  const state = parseViewState(params);
  const shared = await buildChart(db, { kind: 'top', state, topRows: table.topRows });
  const apart = await buildChart(db, { kind: 'top', state });
  expect(shared).toEqual(apart);
});

test.each<[string, SearchParams]>([
  ['sorted by another column than the chart', { synthetic: '1', sort: 'granted.desc' }],
  ['sorted by the metric, smallest first', { synthetic: '1', sort: 'appsNew.asc' }],
  ['the second page', { synthetic: '1', page: '2', size: '25' }],
])('%s: the chart reads its own rows', async (_, params) => {
  const table = await tableOf(params);
  expect(table.total).toBeGreaterThan(TOP_N + 25);
  expect(table.topRows).toBeUndefined();
});
