export type { RegionLevel, RegionRef } from './data';
export { describeRegion } from './data';
export { regionChildren, regionTrail, type RegionOption } from './tree';
export { listRegions, regionByCode, resolveRegion, type RegionResolution } from './resolve';
