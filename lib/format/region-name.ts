/** A division's names from the province down, "江西省 宜春市 上高县", without repeating a municipality's name. */
export interface RegionNames {
  province: string | null;
  city: string | null;
  county: string | null;
}

export function regionName(r: RegionNames): string {
  return [r.province, r.city !== r.province ? r.city : null, r.county].filter(Boolean).join(' ');
}
