/**
 * The per-agency-year export table: identity columns, every count metric and every rate, in the
 * dictionary's order, computed by the same functions the dashboard uses.
 */
import { COUNT_METRIC_IDS, type CountMetricId, rateValue } from '../metrics/report-metrics';
import { METRICS } from '../metrics/dictionary';

export interface AgencyYearInput {
  agency: string;
  year: number;
  template: string | null;
  typeId: string | null;
  province: string | null;
  city: string | null;
  county: string | null;
  provinceCode: string | null;
  cityCode: string | null;
  countyCode: string | null;
  regionStatus: string;
  errorCount: number;
  warningCount: number;
}

const RATES = METRICS.filter((m) => m.unit === 'rate');

export const EXPORT_COLUMNS = [
  'agency',
  'year',
  'template',
  'typeId',
  'regionCode',
  'province',
  'city',
  'county',
  'regionStatus',
  'errorFindings',
  'warningFindings',
  ...COUNT_METRIC_IDS,
  ...RATES.map((r) => r.id),
];

export function exportRecord(row: AgencyYearInput & Record<string, unknown>): Record<string, string | number | null> {
  const values = Object.fromEntries(COUNT_METRIC_IDS.map((id) => [id, (row[id] as number | null) ?? null])) as Record<
    CountMetricId,
    number | null
  >;
  const record: Record<string, string | number | null> = {
    agency: row.agency,
    year: row.year,
    template: row.template,
    typeId: row.typeId,
    regionCode: row.countyCode ?? row.cityCode ?? row.provinceCode,
    province: row.province,
    city: row.city,
    county: row.county,
    regionStatus: row.regionStatus,
    errorFindings: row.errorCount,
    warningFindings: row.warningCount,
    ...values,
  };
  for (const rate of RATES) record[rate.id] = rateValue(rate, values);
  return record;
}
