/**
 * The view's metric for each region one level below the chosen one (the provinces under the whole country, a
 * province's cities, a city's counties), from the one summary of the view by that level (view-summary.ts), so
 * the ranking chart, the tile map and the ranked list beside it read the rollups once per request between them.
 */
import type { Db } from '../../db/client';
import type { MetricSummaryRow, SummaryGroup } from '../../db/queries/summarize-metrics';
import type { RankedItem } from '../charts/ranked-bar';
import type { MetricId } from '../metrics/types';
import { regionChildren } from '../regions/tree';
import type { ViewState } from '../view-state/view-state';
import { viewSummary } from './view-summary';

type SummaryValues = Pick<MetricSummaryRow, 'sums' | 'rates' | 'bases'>;

/** A row's value of the metric: a sum for a count, a rate for a rate; null when unknown. */
export function metricValue(row: SummaryValues, metric: MetricId): number | null {
  const sums = row.sums as Record<string, number | null>;
  const rates = row.rates as Record<string, number | null>;
  return (metric in sums ? sums[metric] : rates[metric]) ?? null;
}

/** For a rate, the count it rests on; undefined for a count metric. */
export function metricBase(row: SummaryValues, metric: MetricId): number | null | undefined {
  const bases = row.bases as Record<string, number | null>;
  return metric in bases ? bases[metric] : undefined;
}

export type ChildLevel = Exclude<SummaryGroup, 'none' | 'year' | 'type'>;

/** The level under the chosen region: provinces under the nation, a municipality's districts under it. */
export function childLevel(region: string | undefined): ChildLevel | null {
  if (!region) return 'province';
  const children = regionChildren(region);
  if (children.length === 0) return null;
  return children.some((c) => c.level === 'city') ? 'city' : 'county';
}

export interface ChildValues {
  level: ChildLevel;
  /** Each sub-region with reports in the view, named in the view's language, in code order. */
  items: RankedItem[];
}

/** Null when the chosen region has no level below it. */
export async function childValues(db: Db, state: ViewState): Promise<ChildValues | null> {
  const level = childLevel(state.region);
  if (!level) return null;
  const rows = await viewSummary(db, state, level);
  const byCode = new Map(rows.filter((r) => r.key !== null).map((r) => [String(r.key), r]));
  const items = regionChildren(state.region ?? null)
    .filter((c) => byCode.has(c.code))
    .map((c) => {
      const row = byCode.get(c.code)!;
      return {
        code: c.code,
        name: c.name[state.lang],
        value: metricValue(row, state.metric),
        base: metricBase(row, state.metric),
      };
    });
  return { level, items };
}
