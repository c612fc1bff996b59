/**
 * Statements that mark the rollup cells and agency presence rows a save touches, run inside the save's
 * own transaction, so a crash can never leave a changed report whose totals nobody will rebuild.
 * A save marks city cells (cell_dirty), each by all its dimensions; refreshRollups rebuilds those cells,
 * the province cells above them, and the data-quality counts of their cities.
 */
import type { InStatement } from '@libsql/client';
import type { reportMetrics } from '../schema';
import { insertRows } from './insert-rows';

/** cell_dirty's columns; '' stands for a null dimension, so a cell is marked once. */
const CELL_COLUMNS = ['synthetic', 'year', 'template', 'province_code', 'type_id', 'city_code'];

/** The cells of existing metric rows: rows about to be deleted (a replaced report may have sat in another city), or whose findings change. */
export function markOldRowsDirty(reportIds: number[]): InStatement {
  return {
    sql: `INSERT OR IGNORE INTO cell_dirty (${CELL_COLUMNS.join(', ')})
          SELECT synthetic, year, coalesce(template, ''), coalesce(province_code, ''), coalesce(type_id, ''), coalesce(city_code, '')
          FROM report_metrics WHERE report_id IN (${reportIds.map(() => '?').join(',')})`,
    args: reportIds,
  };
}

/**
 * The cells and agency totals of metric rows updated in place (a copy share refreshed after a later import:
 * the rows' scores, which the rollups total, follow it).
 */
export function markUpdatedRowsDirty(reportIds: number[]): InStatement[] {
  if (reportIds.length === 0) return [];
  return [
    markOldRowsDirty(reportIds),
    {
      sql: `INSERT OR IGNORE INTO presence_dirty (agency_id)
            SELECT agency_id FROM report_metrics WHERE report_id IN (${reportIds.map(() => '?').join(',')})`,
      args: reportIds,
    },
  ];
}

/** The cells new metric rows will sit in, and the presence rows of their agencies and of `otherAgencies`. */
export function markNewRowsDirty(
  rows: readonly (typeof reportMetrics.$inferInsert)[],
  otherAgencies: readonly number[] = [],
): InStatement[] {
  const cells = new Map<string, unknown[]>();
  const agencies = new Set<number>();
  for (const m of rows) {
    const cell = [
      m.synthetic ? 1 : 0,
      m.year,
      m.template ?? '',
      m.provinceCode ?? '',
      m.typeId ?? '',
      m.cityCode ?? '',
    ];
    cells.set(cell.join(':'), cell);
    agencies.add(m.agencyId);
  }
  for (const id of otherAgencies) agencies.add(id);
  return [
    ...insertRows('cell_dirty', CELL_COLUMNS, [...cells.values()], 'OR IGNORE'),
    ...insertRows(
      'presence_dirty',
      ['agency_id'],
      [...agencies].map((id) => [id]),
      'OR IGNORE',
    ),
  ];
}
