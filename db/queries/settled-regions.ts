/**
 * Where a user settled an agency (settle-region.ts), its reports are filed whatever their text suggests:
 * the region columns report_metrics copies, for the settled agencies among `agencyIds`.
 */
import type { Transaction } from '@libsql/client';

export interface RegionColumns {
  provinceCode: string | null;
  cityCode: string | null;
  countyCode: string | null;
}

/** A division's columns in report_metrics: a county sits in its city (if any) and province, a city in its province. */
export function regionColumns(region: {
  code: string;
  level: string;
  provinceCode: string;
  cityCode: string | null;
}): RegionColumns {
  return {
    provinceCode: region.provinceCode,
    cityCode: region.level === 'province' ? null : region.cityCode,
    countyCode: region.level === 'county' ? region.code : null,
  };
}

export async function settledRegions(tx: Transaction, agencyIds: number[]): Promise<Map<number, RegionColumns>> {
  const out = new Map<number, RegionColumns>();
  if (agencyIds.length === 0) return out;
  const rows = await tx.execute({
    sql: `SELECT a.id, r.code, r.level, r.province_code, r.city_code FROM agencies a JOIN regions r ON r.code = a.region_code
          WHERE a.region_status = 'settled' AND a.id IN (${agencyIds.map(() => '?').join(',')})`,
    args: agencyIds,
  });
  for (const r of rows.rows) {
    out.set(
      Number(r.id),
      regionColumns({
        code: String(r.code),
        level: String(r.level),
        provinceCode: String(r.province_code),
        cityCode: r.city_code === null ? null : String(r.city_code),
      }),
    );
  }
  return out;
}
