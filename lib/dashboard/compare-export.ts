/**
 * The compare table as a file, exactly as filtered and sorted on screen (every page, up to a cap).
 * CSV carries rates as percentages with "(%)" in the header, since a bare 0.853 in Excel reads as a count;
 * XLSX keeps fractions under a percent format. Each rate is followed by its base and a small-base flag
 * (table/export-rows.ts). Days late is a number in both (negative: that many days early), explained in the
 * XLSX caption.
 */
import type { Db } from '../../db/client';
import { countCompareRows } from '../../db/queries/count-compare-rows';
import { metricConditions } from '../../db/sql/metric-filters';
import { tableToCsv } from '../export/csv';
import type { ExportTable } from '../export/table';
import { tableToXlsx } from '../export/xlsx';
import { pick } from '../format/locale';
import { CHART_LABELS } from '../i18n/chart-text';
import { COMPARE_TEXT } from '../i18n/compare-text';
import { RATE_BASE_TEXT } from '../i18n/rate-base-text';
import { SMALL_BASE } from '../format/rate-base';
import { exportTable } from './table/export-rows';
import { filtersOf } from '../view-state/filters';
import type { ViewState } from '../view-state/view-state';
import { viewCaption } from './view-caption';
import { loadCompareTable } from './compare-view';

/**
 * Rows anyone may export: a province's year or a city's years, quickly made. Larger exports need the
 * admin token (lib/export/export-access.ts).
 */
export const PUBLIC_EXPORT_ROWS = 2_000;

/**
 * Beyond this an export is refused, token or not, rather than truncated silently: narrow the filters, or
 * run `npm run export` on the server. Set so that the slowest export (XLSX with every column) takes a few
 * seconds on two cores (BENCHMARKS.md, "Exports (issue 19, item 8)").
 */
export const MAX_EXPORT_ROWS = 10_000;

export type ExportResult =
  | { ok: true; title: string; body: Buffer | string; total: number }
  | { ok: false; total: number };

function asPercentCsv(table: ExportTable): ExportTable {
  const rateAt = table.columns.map((c) => c.kind === 'rate');
  return {
    columns: table.columns.map((c) => (c.kind === 'rate' ? { header: `${c.header} (%)`, kind: 'amount' } : c)),
    rows: table.rows.map((r) => r.map((v, i) => (rateAt[i] && typeof v === 'number' ? Math.round(v * 1000) / 10 : v))),
  };
}

/** How many rows an export of this view would hold: the pager's count, cheap enough to ask before any work. */
export function countCompareExport(db: Db, state: ViewState): Promise<number> {
  const filters = filtersOf(state);
  return countCompareRows(db, filters, state.by, metricConditions(filters));
}

/** The file, or `ok: false` when the table has more than `maxRows` rows (it may have grown since it was counted). */
export async function exportCompare(
  db: Db,
  state: ViewState,
  format: 'csv' | 'xlsx',
  maxRows = MAX_EXPORT_ROWS,
): Promise<ExportResult> {
  const table = await loadCompareTable(db, state, { offset: 0, limit: maxRows + 1 });
  if (table.total > maxRows) return { ok: false, total: table.total };
  const words = pick(state.lang, COMPARE_TEXT);
  const title = words.exportTitle;
  const data = exportTable(table.columns, table.rows, state.lang);
  if (format === 'csv')
    return { ok: true, title, total: table.total, body: tableToCsv(asPercentCsv(data), { bom: true }) };
  const caption = await viewCaption(db, state, title);
  const L = CHART_LABELS;
  const captionLines = [
    `${L.filters[state.lang]}${caption.filters}`,
    ...(caption.notes ?? []),
    ...(data.columns.some((c) => c.kind === 'rate') ? [pick(state.lang, RATE_BASE_TEXT).exportNote(SMALL_BASE)] : []),
    ...(table.columns.some((c) => c.format === 'days-late') ? [words.daysLateNote] : []),
    ...(table.columns.some((c) => c.id === 'score') ? [words.scoreNote] : []),
    `${L.dataDate[state.lang]}${caption.dataDate}`,
    `${L.source[state.lang]}${L.defaultSource[state.lang]}`,
  ];
  const body = await tableToXlsx({ sheetName: words.sheetName, title, captionLines, ...data });
  return { ok: true, title, total: table.total, body };
}
