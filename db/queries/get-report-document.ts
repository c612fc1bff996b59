/**
 * One stored report in full, for the report page: the parsed report (with every cell's provenance),
 * the original file, and the findings as stored (those of the checks across years included).
 * The original is stored compressed (db/stored/stored-bytes.ts), the document as db/stored/stored-document.ts
 * writes it; `R` names what was stored (lib/report's ParsedReport). `sourceText` is the text the provenance
 * points into when the import kept it (DOCX, PDF; report_texts), else null.
 */
import { asc, eq } from 'drizzle-orm';
import type { Db } from '../client';
import { findings, reports, reportTexts, sourceFiles } from '../schema';
import { unpackBytes } from '../stored/stored-bytes';
import { decodeStoredDocument, type StoredReport } from '../stored/stored-document';

export type StoredFinding = typeof findings.$inferSelect;

export interface ReportDocument<R extends StoredReport = StoredReport> {
  reportId: number;
  agencyId: number;
  year: number;
  status: 'current' | 'replaced' | 'held';
  report: R;
  fileName: string;
  sourceBytes: Buffer;
  sourceText: string | null;
  findings: StoredFinding[];
}

export async function getReportDocument<R extends StoredReport = StoredReport>(
  db: Db,
  reportId: number,
): Promise<ReportDocument<R> | null> {
  const [row] = await db
    .select({
      reportId: reports.id,
      agencyId: reports.agencyId,
      year: reports.year,
      status: reports.status,
      document: reports.document,
      fileName: sourceFiles.fileName,
      content: sourceFiles.content,
      text: reportTexts.text,
    })
    .from(reports)
    .innerJoin(sourceFiles, eq(sourceFiles.hash, reports.sourceHash))
    .leftJoin(reportTexts, eq(reportTexts.reportId, reports.id))
    .where(eq(reports.id, reportId));
  if (!row) return null;
  const stored = await db.select().from(findings).where(eq(findings.reportId, reportId)).orderBy(asc(findings.id));
  const { document, content, text, ...rest } = row;
  return {
    ...rest,
    report: decodeStoredDocument<R>(document),
    sourceBytes: unpackBytes(content),
    sourceText: text ? unpackBytes(text).toString('utf8') : null,
    findings: stored,
  };
}
