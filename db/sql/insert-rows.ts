import type { InStatement, InValue } from '@libsql/client';
import { getTableColumns, getTableName } from 'drizzle-orm';
import type { SQLiteColumn, SQLiteTable } from 'drizzle-orm/sqlite-core';

/** SQLite allows 32,766 bound values per statement; stay well below it. */
const MAX_VALUES = 8000;

/** Multi-row INSERT statements for `rows`, split so no statement binds too many values. */
export function insertRows(table: string, columns: string[], rows: unknown[][], or?: 'OR IGNORE'): InStatement[] {
  if (rows.length === 0) return [];
  return insertFlat(table, columns, rows.flat() as InValue[], or);
}

/** insertRows for rows given as one flat list of values, row after row (`columns.length` values a row). */
function insertFlat(table: string, columns: string[], values: InValue[], or?: 'OR IGNORE'): InStatement[] {
  const width = columns.length;
  const rows = values.length / width;
  const perStatement = Math.max(1, Math.floor(MAX_VALUES / width));
  const tuple = `(${columns.map(() => '?').join(',')})`;
  const head = `INSERT ${or ?? ''} INTO ${table} (${columns.join(',')}) VALUES `;
  const out: InStatement[] = [];
  for (let i = 0; i < rows; i += perStatement) {
    const count = Math.min(perStatement, rows - i);
    out.push({
      sql: head + Array(count).fill(tuple).join(','),
      args: rows <= perStatement ? values : values.slice(i * width, (i + count) * width),
    });
  }
  return out;
}

/**
 * insertRows for drizzle insert objects of one table: the columns are the table's keys the first row has, and
 * each value goes to the driver as drizzle would send it (a boolean as 0 or 1, a date as milliseconds). The
 * values go straight into one list (an array a row, flattened after, was half the cost of a metric row's ~90).
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
  const values: InValue[] = new Array(rows.length * keys.length);
  let at = 0;
  for (const row of rows) {
    const r = row as Record<string, unknown>;
    for (let i = 0; i < keys.length; i++) {
      const v = r[keys[i]];
      values[at++] = v === null || v === undefined ? null : (columns[i].mapToDriverValue(v) as InValue);
    }
  }
  return insertFlat(
    getTableName(table),
    columns.map((c) => c.name),
    values,
    or,
  );
}
