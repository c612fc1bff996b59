import type { InStatement, InValue } from '@libsql/client';
import { getTableColumns, getTableName } from 'drizzle-orm';
import type { SQLiteColumn, SQLiteTable } from 'drizzle-orm/sqlite-core';

/** SQLite allows 32,766 bound values per statement; stay well below it. */
const MAX_VALUES = 8000;

/** Multi-row INSERT statements for `rows`, split so no statement binds too many values. */
export function insertRows(table: string, columns: string[], rows: unknown[][], or?: 'OR IGNORE'): InStatement[] {
  if (rows.length === 0) return [];
  const perStatement = Math.max(1, Math.floor(MAX_VALUES / columns.length));
  const tuple = `(${columns.map(() => '?').join(',')})`;
  const out: InStatement[] = [];
  for (let i = 0; i < rows.length; i += perStatement) {
    const chunk = rows.slice(i, i + perStatement);
    out.push({
      sql: `INSERT ${or ?? ''} INTO ${table} (${columns.join(',')}) VALUES ${chunk.map(() => tuple).join(',')}`,
      args: chunk.flat() as InValue[],
    });
  }
  return out;
}

/**
 * insertRows for drizzle insert objects of one table: the columns are the table's keys the first row has, and
 * each value goes to the driver as drizzle would send it (a boolean as 0 or 1, a date as milliseconds).
 */
export function insertObjects<T extends SQLiteTable>(
  table: T,
  rows: readonly T['$inferInsert'][],
  or?: 'OR IGNORE',
): InStatement[] {
  if (rows.length === 0) return [];
  const all = getTableColumns(table) as Record<string, SQLiteColumn>;
  const keys = Object.keys(rows[0]).filter((k) => k in all);
  const columns = keys.map((k) => all[k]);
  const values = rows.map((row) =>
    keys.map((k, i) => {
      const v = (row as Record<string, unknown>)[k];
      return v === null || v === undefined ? null : columns[i].mapToDriverValue(v);
    }),
  );
  return insertRows(
    getTableName(table),
    columns.map((c) => c.name),
    values,
    or,
  );
}
