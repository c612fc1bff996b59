/** Everything the agency page shows for one year: the stored report, its source text and its neighbours. */
import { appDatabase } from '@/db/app-database';
import { getAgency } from '@/db/queries/get-agency';
import { getReportDocument } from '@/db/queries/get-report-document';
import { listAgencyReports } from '@/db/queries/list-agency-reports';
import { storedSourceText } from '@/lib/report/source-text';
import type { ParsedReport } from '@/lib/report/types';

export async function loadAgencyYear(agencyId: number, wantedYear: number | undefined) {
  const db = await appDatabase();
  const agency = await getAgency(db, agencyId);
  if (!agency) return null;
  const reports = await listAgencyReports(db, agencyId);
  if (reports.length === 0) return { agency, reports, current: undefined };
  const current = reports.find((r) => r.year === wantedYear) ?? reports[reports.length - 1];
  const previous = reports.find((r) => r.year === current.year - 1);
  const document = await getReportDocument<ParsedReport>(db, current.reportId);
  // The string the provenance offsets point into, read, never parsed: null for a DOCX or PDF report
  // imported before its text was kept (the page says how to get it back).
  const text = document ? storedSourceText(current.format, document.sourceBytes, document.sourceText) : null;
  return { agency, reports, current, previous, document, text };
}
