/** The normalized type of an agency, from the words after its place name. */
import type { RegionResolution } from '../regions';
import { AGENCY_TYPE_PATTERNS, type AgencyType, OTHER_TYPE } from './agency-types';

export type { AgencyType };
export const AGENCY_TYPES: AgencyType[] = [...AGENCY_TYPE_PATTERNS.map(({ id, zh, en }) => ({ id, zh, en })), OTHER_TYPE];

export function agencyTypeOf(agencyName: string, placeName: string | null): { type: AgencyType | null; rest: string; matchedBy: string | null } {
  const name = agencyName.replace(/\s+/g, '');
  const rest = placeName && name.startsWith(placeName) ? name.slice(placeName.length) : name;
  if (!rest) return { type: null, rest, matchedBy: null };
  for (const t of AGENCY_TYPE_PATTERNS) {
    const m = t.pattern.exec(rest);
    if (m) return { type: { id: t.id, zh: t.zh, en: t.en }, rest, matchedBy: m[0] };
  }
  return { type: OTHER_TYPE, rest, matchedBy: null };
}

export type AdministrativeLevel = 'central' | 'province' | 'city' | 'county' | 'township';

/** The agency's level: its region's level, or township for 乡/镇/街道 bodies, or central. */
export function administrativeLevel(resolution: Pick<RegionResolution, 'status' | 'region' | 'placeName'>, agencyName: string): AdministrativeLevel | null {
  if (resolution.status === 'central') return 'central';
  const rest = resolution.placeName ? agencyName.slice(resolution.placeName.length) : agencyName;
  if (/[镇乡](人民政府)?$|街道(办事处)?$/.test(rest)) return 'township';
  const region = resolution.region;
  if (!region) return null;
  // A municipality's districts are county level; the municipality itself is provincial.
  return region.level;
}
