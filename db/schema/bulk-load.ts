/**
 * Indexes set aside while a bulk import loads report_metrics (db/queries/bulk-load-indexes.ts): their
 * definitions are kept here, in the database itself, so an import that stops half-way leaves them to be
 * built again at the next start rather than lost. `owner` is the importing process (its pid): a start
 * while that process still runs leaves its indexes to it.
 */
import { integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';

export const setAsideIndexes = sqliteTable('set_aside_indexes', {
  name: text('name').primaryKey(),
  sql: text('sql').notNull(),
  owner: integer('owner').notNull(),
});
