/** An agency's current reports, one per year (oldest first), with their metrics, rates and what their score rests on. */
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
  /** Days after the deadline it was published (≤ 0 on time); null when the date is unknown. */
  daysLate: number | null;
  /** Shares of its prose repeated from the previous year and from the closest other report of the year (0…1). */
  copiedPrev: number | null;
  copiedPeer: number | null;
  /** The report score as stored (score-columns.ts), 0–100. */
  score: number | null;
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
        daysLate: reportMetrics.daysLate,
        copiedPrev: reportMetrics.copiedPrev,
        copiedPeer: reportMetrics.copiedPeer,
        score: reportMetrics.score,
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
