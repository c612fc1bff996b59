export * from './view-state';
export { filtersOf } from './filters';
