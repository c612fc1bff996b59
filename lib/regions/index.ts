export type { RegionLevel, RegionRef } from './data';
export { describeRegion } from './data';
export { listRegions, regionByCode, resolveRegion, type RegionResolution } from './resolve';
