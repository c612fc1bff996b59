import { index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';

/** An agency as reports name it; region and type resolved from the name (and the report text). */
export const agencies = sqliteTable(
  'agencies',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    name: text('name').notNull(),
    /** The name in toneless pinyin, given by the writer (lib/format/pinyin-key.ts), so ORDER BY sorts like a dictionary. */
    sortKey: text('sort_key'),
    typeId: text('type_id'),
    /** Most specific resolved division (county, else city, else province); null when unresolved or ambiguous. */
    regionCode: text('region_code'),
    regionStatus: text('region_status', {
      enum: ['resolved', 'ambiguous', 'unresolved', 'central', 'settled'],
    }).notNull(),
    regionEvidence: text('region_evidence'),
    level: text('level'),
    zone: text('zone'),
    /** Synthetic (generated) agencies are kept apart from real ones of the same name, so they never share reports. */
    synthetic: integer('synthetic', { mode: 'boolean' }).notNull().default(false),
    createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
  },
  (t) => [
    uniqueIndex('agencies_name_synthetic').on(t.name, t.synthetic),
    index('agencies_region').on(t.regionCode),
    index('agencies_sort_key').on(t.sortKey),
  ],
);

/** Other names seen for the same agency (e.g. 科技局 vs 科学技术局 written by the same body). */
export const agencyAliases = sqliteTable('agency_aliases', {
  alias: text('alias').primaryKey(),
  agencyId: integer('agency_id')
    .notNull()
    .references(() => agencies.id),
});

/** Where a name is ambiguous (鼓楼区 ×4): every candidate division, until a user settles it. */
export const regionCandidates = sqliteTable(
  'region_candidates',
  {
    agencyId: integer('agency_id')
      .notNull()
      .references(() => agencies.id),
    regionCode: text('region_code').notNull(),
  },
  (t) => [uniqueIndex('region_candidates_pk').on(t.agencyId, t.regionCode)],
);
