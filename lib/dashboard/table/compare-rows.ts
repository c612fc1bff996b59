/** Compare rows as table rows: the cells the columns of compare-columns.ts name, raw values, links. */
import type { CompareRow } from '../../../db/queries/list-compare-rows';
import { agencyTypeName } from '../../agencies/agency-type';
import type { Locale } from '../../format/locale';
import { regionName } from '../../format/region-name';
import type { CountMetricId, RateId } from '../../metrics/types';
import type { CellValue, TableColumn, TableRow } from './table-spec';

function cell(row: CompareRow, id: string, locale: Locale): CellValue {
  switch (id) {
    case 'agency':
      return row.agency;
    case 'region':
      return regionName(row) || null;
    case 'type':
      return row.typeId ? agencyTypeName(row.typeId, locale) : null;
    case 'year':
      return row.year;
    case 'years':
      return row.yearFrom === row.yearTo ? String(row.yearFrom) : `${row.yearFrom}–${row.yearTo}`;
    case 'reports':
      return row.reports;
    case 'errors':
      return row.errorCount;
    default:
      if (id in row.metrics) return row.metrics[id as CountMetricId];
      if (id in row.rates) return row.rates[id as RateId];
      return null;
  }
}

export function compareTableRow(
  row: CompareRow,
  columns: readonly TableColumn[],
  locale: Locale,
  query: string,
): TableRow {
  const cells = Object.fromEntries(columns.map((c) => [c.id, cell(row, c.id, locale)]));
  const q = new URLSearchParams(query);
  if (row.year !== null) q.set('year', String(row.year));
  const suffix = q.toString() ? `?${q}` : '';
  return { key: row.key, cells, links: { agency: `/agency/${row.agencyId}${suffix}` } };
}

/** The same rows as arrays in column order, for CSV and XLSX. */
export function exportCells(rows: readonly TableRow[], columns: readonly TableColumn[]): CellValue[][] {
  return rows.map((r) => columns.map((c) => r.cells[c.id] ?? null));
}
