/**
 * What the text of each of some stored reports is made from, for lib/report/source-text.ts's storedSourceText:
 * the report's format, its original (unpacked) and the text the import kept (DOCX, PDF), else null — what
 * get-report-document.ts reads for one report, for several.
 */
import { eq, inArray } from 'drizzle-orm';
import type { Db } from '../client';
import { reports, reportTexts, sourceFiles } from '../schema';
import { unpackBytes } from '../stored/stored-bytes';

export interface StoredTextParts {
  format: string;
  original: Buffer;
  kept: string | null;
}

export async function reportSourceTexts(db: Db, reportIds: readonly number[]): Promise<Map<number, StoredTextParts>> {
  if (reportIds.length === 0) return new Map();
  const rows = await db
    .select({ id: reports.id, format: reports.format, content: sourceFiles.content, text: reportTexts.text })
    .from(reports)
    .innerJoin(sourceFiles, eq(sourceFiles.hash, reports.sourceHash))
    .leftJoin(reportTexts, eq(reportTexts.reportId, reports.id))
    .where(inArray(reports.id, [...reportIds]));
  return new Map(
    rows.map((r) => [
      r.id,
      {
        format: r.format,
        original: unpackBytes(r.content),
        kept: r.text ? unpackBytes(r.text).toString('utf8') : null,
      },
    ]),
  );
}
