/**
 * The region and agency type of a parsed report, from its agency name with the report text as evidence.
 * The parser leaves both null (it knows no places); the import and `npm run parse` fill them here, the
 * same way, so what `parse` prints is what an import stores.
 */
import { type AgencyType, agencyTypeOf } from '../agencies/agency-type';
import { resolveRegion, type RegionResolution } from '../regions';
import type { ParsedReport } from '../report';

export interface SettledRegion {
  resolution: RegionResolution;
  type: AgencyType | null;
}

/** Fills `report.region` and `report.agencyType` and adds the region findings; `agency` is the report's, checked named. */
export function settleRegion(report: ParsedReport, agency: string, text: string): SettledRegion {
  const resolution = resolveRegion(agency, text);
  const type = agencyTypeOf(agency, resolution.placeName).type;
  const region = resolution.region;
  report.region = region
    ? { code: region.code, province: region.province, city: region.city, county: region.county }
    : null;
  report.agencyType = type?.zh ?? null;
  addRegionFindings(report, agency, resolution);
  return { resolution, type };
}

function addRegionFindings(report: ParsedReport, agency: string, resolution: RegionResolution): void {
  if (resolution.status === 'ambiguous') {
    const names = resolution.candidates.map((c) => [c.province, c.city, c.county].filter(Boolean).join(' ')).join('；');
    report.findings.push({
      rule: 'region.ambiguous',
      severity: 'warning',
      where: 'region',
      message: `${resolution.evidence}. Candidates: ${names}. Settle with: npm run agency -- settle-region "${agency}" CODE`,
    });
  } else if (resolution.status === 'unresolved') {
    report.findings.push({
      rule: 'region.unresolved',
      severity: 'info',
      where: 'region',
      message: resolution.evidence,
    });
  }
}
