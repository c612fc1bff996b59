/** Everything the agency page shows for one year: the stored report, its source text and its neighbours. */
import { getAgency } from '@/db/queries/get-agency';
import { getReportDocument } from '@/db/queries/get-report-document';
import { listAgencyReports } from '@/db/queries/list-agency-reports';
import { appDatabase } from '@/lib/ingest/bootstrap';
import { parseAnyDocument, type ParsedReport } from '@/lib/report';

export async function loadAgencyYear(agencyId: number, wantedYear: number | undefined) {
  const db = await appDatabase();
  const agency = await getAgency(db, agencyId);
  if (!agency) return null;
  const reports = await listAgencyReports(db, agencyId);
  if (reports.length === 0) return { agency, reports, current: undefined };
  const current = reports.find((r) => r.year === wantedYear) ?? reports[reports.length - 1];
  const previous = reports.find((r) => r.year === current.year - 1);
  const document = await getReportDocument<ParsedReport>(db, current.reportId);
  // The provenance offsets point into the decoded text, which is not stored: decode the kept original again.
  const text = document ? (await parseAnyDocument(document.sourceBytes, document.fileName)).text : '';
  return { agency, reports, current, previous, document, text };
}
