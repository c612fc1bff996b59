/** The normalized type and administrative level of an agency, from the words after its place name. */
import type { Locale } from '../format/locale';
import { NO_VALUE } from '../format/number';
import type { RegionResolution } from '../regions';
import { AGENCY_TYPE_RULES, type AgencyType, OTHER_TYPE } from './agency-types';

export type { AgencyType };
export const AGENCY_TYPES: AgencyType[] = [...AGENCY_TYPE_RULES.map(({ id, zh, en }) => ({ id, zh, en })), OTHER_TYPE];

const TYPES_BY_ID = new Map(AGENCY_TYPES.map((t) => [t.id, t]));

/** A type's name in the locale: an id of no listed type as it is, no type as '—'. */
export function agencyTypeName(id: string | null, locale: Locale): string {
  if (!id) return NO_VALUE;
  const t = TYPES_BY_ID.get(id);
  return t ? t[locale] : id;
}

/** The name after its place words; a place inside the name (国家税务总局嘉兴市税务局) counts too. */
function afterPlace(name: string, placeName: string | null): string {
  if (!placeName) return name;
  const at = name.indexOf(placeName);
  return at < 0 ? name : name.slice(at + placeName.length).replace(/^[)）]/, '');
}

/**
 * The agency's type from the words after `placeName` (as `resolveRegion` returns it). A name that is all
 * place (乌拉盖管理区管委会 is listed as a county) is typed by the whole name. `type` is null only when
 * not even the whole name says anything; names of no listed type are `other`.
 */
export function agencyTypeOf(
  agencyName: string,
  placeName: string | null,
): { type: AgencyType | null; rest: string; matchedBy: string | null } {
  const name = agencyName.replace(/\s+/g, '').replace(/（/g, '(').replace(/）/g, ')');
  const rest = afterPlace(name, placeName);
  if (!name) return { type: null, rest, matchedBy: null };
  for (const subject of rest ? [rest] : [name]) {
    for (const rule of AGENCY_TYPE_RULES) {
      const m = rule.pattern.exec(subject);
      if (m) return { type: { id: rule.id, zh: rule.zh, en: rule.en }, rest, matchedBy: m[0] };
    }
  }
  return { type: rest ? OTHER_TYPE : null, rest, matchedBy: null };
}

export type AdministrativeLevel = 'central' | 'province' | 'city' | 'county' | 'township';

const TOWNSHIP_BODY = /[镇乡](?:人民)?政府$|[镇乡]$|街道(?:办事处|办)?$/;

/**
 * The agency's level: central for national bodies, township for 乡/镇/街道 bodies (their region is the
 * county they belong to), else its region's level. A municipality's own agencies are province level,
 * its districts' county level. Null when the region is not known.
 */
export function administrativeLevel(
  resolution: Pick<RegionResolution, 'status' | 'region' | 'placeName'>,
  agencyName: string,
): AdministrativeLevel | null {
  if (resolution.status === 'central') return 'central';
  const name = agencyName.replace(/\s+/g, '');
  if (TOWNSHIP_BODY.test(afterPlace(name, resolution.placeName))) return 'township';
  return resolution.region?.level ?? null;
}
