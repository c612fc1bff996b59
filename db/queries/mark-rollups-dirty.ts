/**
 * Statements that mark the rollup cells and agency presence rows a save touches, run inside the save's
 * own transaction, so a crash can never leave a changed report whose totals nobody will rebuild.
 */
import type { InStatement } from '@libsql/client';
import type { PreparedReport } from '../../lib/ingest/prepare-report';
import { insertRows } from './insert-rows';

/** The cells of metric rows about to be deleted (a replaced report may have sat in another province). */
export function markOldRowsDirty(reportIds: number[]): InStatement {
  return {
    sql: `INSERT OR IGNORE INTO rollup_dirty (synthetic, year, province_code)
          SELECT synthetic, year, coalesce(province_code, '') FROM report_metrics WHERE report_id IN (${reportIds.map(() => '?').join(',')})`,
    args: reportIds,
  };
}

export function markNewRowsDirty(saved: PreparedReport[], agencyIds: Map<string, number>, key: (p: PreparedReport) => string): InStatement[] {
  const cells = new Map<string, unknown[]>();
  const agencies = new Set<number>();
  for (const p of saved) {
    const cell = [p.synthetic ? 1 : 0, p.year, p.region.provinceCode ?? ''];
    cells.set(cell.join(':'), cell);
    agencies.add(agencyIds.get(key(p))!);
  }
  return [
    ...insertRows('rollup_dirty', ['synthetic', 'year', 'province_code'], [...cells.values()], 'OR IGNORE'),
    ...insertRows('presence_dirty', ['agency_id'], [...agencies].map((id) => [id]), 'OR IGNORE'),
  ];
}
