/**
 * A view's totals, read once per request: the overview's headline cards and its trend, outcome, reasons and
 * review charts read the same two summaries (all years, and by year) — five reads, each a real cost at a
 * million reports (BENCHMARKS.md, '1m reports', overview). React's `cache` keeps each for the server render's
 * request; outside a server render (tests, the CLI, the bench) it calls through and keeps nothing. The rows
 * are shared: callers only read them.
 */
import { cache } from 'react';
import type { Db } from '../../db/client';
import type { MetricFilters } from '../../db/sql/metric-filters';
import { type MetricSummaryRow, summarizeMetrics, type SummaryGroup } from '../../db/queries/summarize-metrics';
import { filtersOf } from '../view-state/filters';
import type { ViewState } from '../view-state/view-state';

// Keyed by the filters' JSON: the cache compares arguments by identity, and each caller builds its own object.
const summaryByKey = cache((db: Db, filters: string, group: SummaryGroup) =>
  summarizeMetrics(db, JSON.parse(filters) as MetricFilters, group),
);

export function viewSummary(db: Db, state: ViewState, group: SummaryGroup): Promise<MetricSummaryRow[]> {
  return summaryByKey(db, JSON.stringify(filtersOf(state)), group);
}
