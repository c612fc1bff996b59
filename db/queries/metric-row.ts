/** One report_metrics row for a prepared report (its counts and their rates), in the column order of METRIC_ROW_COLUMNS. */
import type { PreparedReport } from '../../lib/ingest/prepare-report';
import { COUNT_METRIC_IDS, RATE_IDS, reportRates } from '../../lib/metrics/report-metrics';
import { metricColumn } from '../schema';

const DIMENSIONS = ['report_id', 'agency_id', 'year', 'template', 'type_id', 'province_code', 'city_code', 'county_code', 'synthetic', 'error_count', 'warning_count'];

export const METRIC_ROW_COLUMNS = [...DIMENSIONS, ...COUNT_METRIC_IDS.map(metricColumn), ...RATE_IDS.map(metricColumn)];

export function metricRow(reportId: number, agencyId: number, p: PreparedReport): unknown[] {
  const rates = reportRates(p.metrics);
  return [
    reportId, agencyId, p.year, p.report.template, p.agency.typeId, p.region.provinceCode, p.region.cityCode, p.region.countyCode,
    p.synthetic ? 1 : 0, p.errorCount, p.warningCount, ...COUNT_METRIC_IDS.map((id) => p.metrics[id]),
    ...RATE_IDS.map((id) => rates[id]),
  ];
}
