export * from './view-state';
export { filtersOf, withoutFilters } from './filters';
