import type { InStatement, InValue } from '@libsql/client';

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
