/**
 * What the copy-paste comparison keeps of each report (issue 16, lib/similarity): its prose sentences as
 * hashes with their place in the source text, its anchors (the few smallest hashes, indexed by year, to find
 * other reports sharing its prose without comparing every pair), and how many sampled reports say each
 * sentence (a sentence most reports say is a stock phrase, not a sign of copying).
 */
import { sql } from 'drizzle-orm';
import { blob, index, integer, primaryKey, sqliteTable } from 'drizzle-orm/sqlite-core';
import { reports } from './reports';

/** lib/similarity/sentences.ts packSentences: 12 bytes a sentence. `sampled`: counted in sentence_counts. */
export const reportProse = sqliteTable(
  'report_prose',
  {
    reportId: integer('report_id')
      .primaryKey()
      .references(() => reports.id),
    sentences: blob('sentences', { mode: 'buffer' }).notNull(),
    sampled: integer('sampled', { mode: 'boolean' }).notNull(),
  },
  (t) => [index('report_prose_sampled').on(t.reportId).where(sql`sampled = 1`)],
);

/** A current report's anchors: one row per anchor hash, found by year and hash. */
export const proseAnchors = sqliteTable(
  'prose_anchors',
  {
    year: integer('year').notNull(),
    hash: integer('hash').notNull(),
    reportId: integer('report_id').notNull(),
  },
  (t) => [primaryKey({ columns: [t.year, t.hash, t.reportId] }), index('prose_anchors_report').on(t.reportId)],
);

/**
 * Saved reports not yet compared for copied prose: written in the save's own transaction and cleared once
 * refreshCopyShares has compared them, so an import stopped between the two leaves them here for the next
 * import to compare (a re-import skips unchanged files and would not).
 */
export const copyPending = sqliteTable('copy_pending', {
  reportId: integer('report_id').primaryKey(),
});

/** Per sentence hash, how many sampled reports say it. */
export const sentenceCounts = sqliteTable(
  'sentence_counts',
  {
    hash: integer('hash').primaryKey(),
    reports: integer('reports').notNull(),
  },
  (t) => [index('sentence_counts_reports').on(t.reports)],
);
