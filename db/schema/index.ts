export * from './regions';
export * from './agencies';
export * from './reports';
export * from './metrics';
export * from './rollups';
export * from './metric-columns';
export * from './coverage';
export * from './prose';
