/**
 * The coverage matrix as a file (XLSX, or CSV), every agency the view lists up to the export cap: agency, region,
 * type, whether it is on the list, then one column per year saying the cell in words (按时, 逾期 12 天, 缺报（前后有报告）…).
 * The XLSX caption says the filters, the rules a year is expected by, the data's date and the source.
 */
import type { Db } from '../../db/client';
import { coveragePage } from '../../db/queries/coverage-page';
import { tableToCsv } from '../export/csv';
import type { ExportTable } from '../export/table';
import { tableToXlsx } from '../export/xlsx';
import { pick } from '../format/locale';
import { CHART_LABELS } from '../i18n/chart-text';
import { COVERAGE_TEXT } from '../i18n/coverage-text';
import type { CoverageShow } from '../view-state/coverage-filters';
import type { ViewState } from '../view-state/view-state';
import { MAX_EXPORT_ROWS, type ExportResult } from './compare-export';
import { coverageScope, type MatrixCell, matrixRow } from './coverage-page';
import { viewCaption } from './view-caption';

function cellWords(cell: MatrixCell, state: ViewState): string {
  const words = pick(state.lang, COVERAGE_TEXT).exportCell;
  return cell.state === 'late' ? words.late(cell.daysLate ?? 0) : words[cell.state];
}

export async function exportCoverage(
  db: Db,
  state: ViewState,
  show: CoverageShow,
  format: 'csv' | 'xlsx',
  maxRows = MAX_EXPORT_ROWS,
): Promise<ExportResult> {
  const t = pick(state.lang, COVERAGE_TEXT);
  const { scope } = await coverageScope(db, state);
  const page = await coveragePage(db, scope, show, { offset: 0, limit: maxRows + 1 });
  if (page.length > maxRows) return { ok: false, total: page.length };
  const rows = page.map((r) => matrixRow(r, scope.years, state.lang));
  const c = t.exportColumns;
  const table: ExportTable = {
    columns: [
      { header: c.agency, kind: 'text' },
      { header: c.region, kind: 'text' },
      { header: c.type, kind: 'text' },
      { header: c.listed, kind: 'text' },
      ...scope.years.map((y) => ({ header: String(y), kind: 'text' as const })),
    ],
    rows: rows.map((r) => [
      r.name,
      r.place,
      r.type,
      r.listed ? t.exportYes : null,
      ...r.cells.map((cell) => cellWords(cell, state) || null),
    ]),
  };
  const title = `${t.exportTitle} · ${t.shows[show]}`;
  if (format === 'csv') return { ok: true, title, total: rows.length, body: tableToCsv(table, { bom: true }) };
  const caption = await viewCaption(db, state, title);
  const L = CHART_LABELS;
  const captionLines = [
    `${L.filters[state.lang]}${caption.filters}`,
    ...(caption.notes ?? []),
    t.intro,
    `${L.dataDate[state.lang]}${caption.dataDate}`,
    `${L.source[state.lang]}${L.defaultSource[state.lang]}`,
  ];
  const body = await tableToXlsx({ sheetName: t.sheetName, title, captionLines, ...table });
  return { ok: true, title, total: rows.length, body };
}
