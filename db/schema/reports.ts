import { sql } from 'drizzle-orm';
import { blob, index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { agencies } from './agencies';

/** Original files exactly as imported (deflate-compressed), keyed by the SHA-256 of their bytes. */
export const sourceFiles = sqliteTable('source_files', {
  hash: text('hash').primaryKey(),
  fileName: text('file_name').notNull(),
  byteLength: integer('byte_length').notNull(),
  content: blob('content', { mode: 'buffer' }).notNull(),
  storedAt: integer('stored_at', { mode: 'timestamp_ms' }).notNull(),
});

/**
 * One parsed report. `status` is 'current' for the report in force for its agency and year,
 * 'replaced' for earlier versions kept as history, and 'held' for a report whose agency and year are
 * uncertain and whose slot another report holds: kept, not counted, listed for a person to settle. `document` holds the parsed-report JSON with its
 * provenance (every cell's value and place in the source), deflate-compressed.
 */
export const reports = sqliteTable(
  'reports',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    agencyId: integer('agency_id')
      .notNull()
      .references(() => agencies.id),
    year: integer('year').notNull(),
    template: text('template'),
    sourceHash: text('source_hash')
      .notNull()
      .references(() => sourceFiles.hash),
    format: text('format').notNull(),
    encoding: text('encoding').notNull(),
    parserVersion: text('parser_version').notNull(),
    importedAt: integer('imported_at', { mode: 'timestamp_ms' }).notNull(),
    status: text('status', { enum: ['current', 'replaced', 'held'] }).notNull(),
    replacedBy: integer('replaced_by'),
    synthetic: integer('synthetic', { mode: 'boolean' }).notNull().default(false),
    errorCount: integer('error_count').notNull(),
    warningCount: integer('warning_count').notNull(),
    document: blob('document', { mode: 'buffer' }).notNull(),
    /** The few cells the cross-year checks compare (table 2 documents, table 3 carry-over), as JSON. */
    yearLink: text('year_link').notNull(),
    /** The publication date (YYYY-MM-DD) and where it was read (lib/report/dates); null when no source says it. */
    publishedOn: text('published_on'),
    publishedFrom: text('published_from'),
  },
  (t) => [
    index('reports_agency_year').on(t.agencyId, t.year),
    uniqueIndex('reports_current').on(t.agencyId, t.year).where(sql`status = 'current'`),
    index('reports_source').on(t.sourceHash),
    // The newest import of current reports (latest-import.ts) from the index alone: the rows carry
    // kilobytes of compressed document that a scan would have to read.
    // Synthetic first: with status first, SQLite took this index for "status = 'current' AND agency_id IN
    // (…)" (the import's lookup of current reports) and read every current report per group, which made
    // a million-report import quadratic (ADR 0007, 'Found on the way'). latestImport reads it as before.
    index('reports_latest_import').on(t.synthetic, t.status, t.importedAt),
    // Current reports an older parser made (older-parser-reports.ts), counted from the index alone; none is
    // two empty ranges, not a scan of every current report.
    index('reports_parser_version').on(t.synthetic, t.status, t.parserVersion),
  ],
);

/**
 * The string a DOCX or PDF report's provenance points into (mammoth's HTML, the PDF's text rendering), kept
 * at import and packed as db/stored/stored-bytes.ts packs blobs, so the agency page shows the source without
 * parsing the file again (for a scanned PDF, OCR). A text, HTML or Markdown report has none: its text is the
 * original decoded. Nor has a DOCX or PDF report imported before this table existed.
 */
export const reportTexts = sqliteTable('report_texts', {
  reportId: integer('report_id')
    .primaryKey()
    .references(() => reports.id),
  text: blob('text', { mode: 'buffer' }).notNull(),
});

/** Every finding of every report, for the data-quality view. */
export const findings = sqliteTable(
  'findings',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    reportId: integer('report_id')
      .notNull()
      .references(() => reports.id),
    rule: text('rule').notNull(),
    severity: text('severity', { enum: ['error', 'warning', 'info'] }).notNull(),
    path: text('path').notNull(),
    message: text('message').notNull(),
    line: integer('line'),
  },
  // findings_rule carries report_id so counting per rule (count-findings.ts) reads only the index;
  // findings_report carries rule and severity so the rollup refresh counts a report's findings from the index
  // alone (measured at a million reports: ADR 0007, 'The import at a million').
  (t) => [
    index('findings_report').on(t.reportId, t.rule, t.severity),
    index('findings_rule').on(t.rule, t.severity, t.reportId),
  ],
);

/** Figures stated only in prose (items published per channel), with their evidence sentence. */
export const narrativeFigures = sqliteTable(
  'narrative_figures',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    reportId: integer('report_id')
      .notNull()
      .references(() => reports.id),
    metric: text('metric').notNull(),
    channel: text('channel').notNull(),
    value: integer('value').notNull(),
    unit: text('unit').notNull(),
    evidence: text('evidence').notNull(),
    sourceOffset: integer('source_offset').notNull(),
  },
  (t) => [index('narrative_report').on(t.reportId)],
);
