/**
 * The statements that rebuild the late-days rollups (late_day_rollups per type, late_day_totals over every type:
 * db/schema/coverage.ts) inside refresh-rollups.ts's write transaction: everything, or the rows of the
 * (synthetic, year, province) slices a refresh touched, which `inSlices(alias)` tests ('' for no province).
 * The rows are counted from the late reports' partial index (metrics_late), as the histogram used to be.
 */

const KEY = ['synthetic', 'year', 'province_code', 'type_id', 'days_late'];
const UNTYPED_KEY = KEY.filter((c) => c !== 'type_id');
const of = (alias: string, columns: string[]) => columns.map((c) => `${alias}.${c}`).join(', ');

/** `inSlices`: null for a full rebuild, else a condition on a table alias. */
export function lateDayStatements(inSlices: ((alias: string) => string) | null): string[] {
  const where = (alias: string) => (inSlices ? `WHERE ${inSlices(alias)}` : '');
  const and = (alias: string) => (inSlices ? `AND ${inSlices(alias)}` : '');
  return [
    `DELETE FROM late_day_rollups ${where('late_day_rollups')}`,
    `INSERT INTO late_day_rollups (${KEY.join(', ')}, reports)
       SELECT ${of('m', KEY)}, count(*) FROM report_metrics m
       WHERE m.days_late > 0 ${and('m')} GROUP BY ${of('m', KEY)}`,
    `DELETE FROM late_day_totals ${where('late_day_totals')}`,
    `INSERT INTO late_day_totals (${UNTYPED_KEY.join(', ')}, reports)
       SELECT ${of('r', UNTYPED_KEY)}, sum(r.reports) FROM late_day_rollups r
       ${where('r')} GROUP BY ${of('r', UNTYPED_KEY)}`,
  ];
}
