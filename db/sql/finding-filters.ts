/** The data-quality filters (rule, severity and the dashboard's own) as SQL on findings joined to report_metrics. */
import { and, inArray, type SQL } from 'drizzle-orm';
import { findings } from '../schema';
import { metricConditions, type MetricFilters } from './metric-filters';

export type Severity = 'error' | 'warning' | 'info';

export interface FindingFilters extends MetricFilters {
  rules?: string[];
  severities?: Severity[];
}

/** The conditions on findings and on their report's metrics row; shared with count-findings.ts. */
export function findingConditions(f: FindingFilters): SQL | undefined {
  return and(metricConditions(f), findingRowConditions(f));
}

/** The conditions on the findings rows alone (rule, severity). */
export function findingRowConditions(f: FindingFilters): SQL | undefined {
  return and(
    f.rules?.length ? inArray(findings.rule, f.rules) : undefined,
    f.severities?.length ? inArray(findings.severity, f.severities) : undefined,
  );
}
