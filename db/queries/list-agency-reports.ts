/** An agency's current reports, one per year (oldest first), with their metrics and rates. */
import { and, asc, eq } from 'drizzle-orm';
import type { Db } from '../client';
import type { CountMetricId, RateId } from '../schema/metric-columns';
import { reportMetrics, reports, sourceFiles } from '../schema';
import { countFields, rateBaseFields, rateFields } from '../sql/metric-sql';

export interface AgencyReport {
  reportId: number;
  year: number;
  template: string | null;
  format: string;
  fileName: string;
  importedAt: Date;
  synthetic: boolean;
  errorCount: number;
  warningCount: number;
  metrics: Record<CountMetricId, number | null>;
  rates: Record<RateId, number | null>;
  /** The count each rate rests on (its denominator; metric-sql.ts, rateBaseSql). */
  bases: Record<RateId, number | null>;
}

export async function listAgencyReports(db: Db, agencyId: number): Promise<AgencyReport[]> {
  return (
    db
      .select({
        reportId: reports.id,
        year: reports.year,
        template: reports.template,
        format: reports.format,
        fileName: sourceFiles.fileName,
        importedAt: reports.importedAt,
        synthetic: reports.synthetic,
        errorCount: reports.errorCount,
        warningCount: reports.warningCount,
        metrics: countFields('row'),
        rates: rateFields('row'),
        bases: rateBaseFields('row'),
      })
      .from(reports)
      // report_metrics holds exactly the current reports; the status test keeps history out all the same.
      .innerJoin(reportMetrics, eq(reportMetrics.reportId, reports.id))
      .innerJoin(sourceFiles, eq(sourceFiles.hash, reports.sourceHash))
      .where(and(eq(reports.agencyId, agencyId), eq(reports.status, 'current')))
      .orderBy(asc(reports.year))
  );
}
