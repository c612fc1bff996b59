/** A view's filters in the shape the database queries take. */
import type { MetricFilters } from '../../db/sql/metric-filters';
import type { ViewState } from './view-state';

export function filtersOf(s: ViewState): MetricFilters {
  return {
    region: s.region,
    yearFrom: s.yearFrom,
    yearTo: s.yearTo,
    typeIds: s.types.length ? s.types : undefined,
    template: s.template,
    synthetic: s.synthetic,
  };
}

/** The view with every filter cleared (region, years, agency types, template); the rest as it was. */
export function withoutFilters(s: ViewState): ViewState {
  return { ...s, region: undefined, yearFrom: undefined, yearTo: undefined, types: [], template: undefined };
}
