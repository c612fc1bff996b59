/**
 * The three selects of the region cascade for a chosen code: which entries each offers and which is
 * selected. A municipality has no city level: its districts appear in the county select directly,
 * as do counties under 省直辖.
 */
import { regionChildren, regionTrail, type RegionOption } from '../regions';

export interface RegionSelects {
  provinces: RegionOption[];
  cities: RegionOption[];
  counties: RegionOption[];
  selected: { province?: string; city?: string; county?: string };
  /** From the province down to the chosen region (浙江省, 嘉兴市); empty when none is chosen or the code is no region's. */
  trail: RegionOption[];
  /** A code the view asks for that no region has (999999): said as such, never as every region. */
  unknown: string | null;
}

export function regionSelects(code: string | undefined): RegionSelects {
  const trail = code ? regionTrail(code) : [];
  const selected: RegionSelects['selected'] = {};
  for (const r of trail) selected[r.level] = r.code;
  const underProvince = selected.province ? regionChildren(selected.province) : [];
  const cities = underProvince.filter((r) => r.level === 'city');
  const counties = selected.city ? regionChildren(selected.city) : underProvince.filter((r) => r.level === 'county');
  const unknown = code && trail.length === 0 ? code : null;
  return { provinces: regionChildren(null), cities, counties, selected, trail, unknown };
}
