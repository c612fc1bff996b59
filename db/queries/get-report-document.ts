/**
 * One stored report in full, for the report page: the parsed report (with every cell's provenance),
 * the original file, and the findings as stored (those of the checks across years included).
 * The original is stored compressed (lib/ingest/stored-bytes.ts), the document as stored-document.ts writes it.
 */
import { asc, eq } from 'drizzle-orm';
import type { Db } from '../client';
import { unpackBytes } from '../../lib/ingest/stored-bytes';
import { decodeStoredDocument } from '../../lib/ingest/stored-document';
import type { ParsedReport } from '../../lib/report/types';
import { findings, reports, sourceFiles } from '../schema';

export type StoredFinding = typeof findings.$inferSelect;

export interface ReportDocument {
  reportId: number;
  agencyId: number;
  year: number;
  status: 'current' | 'replaced' | 'held';
  report: ParsedReport;
  fileName: string;
  sourceBytes: Buffer;
  findings: StoredFinding[];
}

export async function getReportDocument(db: Db, reportId: number): Promise<ReportDocument | null> {
  const [row] = await db
    .select({
      reportId: reports.id,
      agencyId: reports.agencyId,
      year: reports.year,
      status: reports.status,
      document: reports.document,
      fileName: sourceFiles.fileName,
      content: sourceFiles.content,
    })
    .from(reports)
    .innerJoin(sourceFiles, eq(sourceFiles.hash, reports.sourceHash))
    .where(eq(reports.id, reportId));
  if (!row) return null;
  const stored = await db.select().from(findings).where(eq(findings.reportId, reportId)).orderBy(asc(findings.id));
  const { document, content, ...rest } = row;
  return {
    ...rest,
    report: decodeStoredDocument(document),
    sourceBytes: unpackBytes(content),
    findings: stored,
  };
}
