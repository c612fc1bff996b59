/** Compare rows as table rows: the cells the columns of compare-columns.ts name, raw values, links. */
import type { CompareRow } from '../../../db/queries/list-compare-rows';
import { agencyTypeName } from '../../agencies/agency-type';
import type { Locale } from '../../format/locale';
import type { CountMetricId, RateId } from '../../metrics/types';
import { rowRegionWords } from '../view-words';
import type { CellValue, TableColumn, TableRow } from './table-spec';

/** A score as shown and exported: one decimal (the sort uses the stored value). */
const points = (v: number | null) => (v === null ? null : Math.round(v * 10) / 10);

function cell(row: CompareRow, id: string, locale: Locale): CellValue {
  switch (id) {
    case 'agency':
      return row.agency;
    case 'region':
      return rowRegionWords(row, locale);
    case 'type':
      return row.typeId ? agencyTypeName(row.typeId, locale) : null;
    case 'year':
      return row.year;
    case 'years':
      return row.yearFrom === row.yearTo ? String(row.yearFrom) : `${row.yearFrom}–${row.yearTo}`;
    case 'reports':
      return row.reports;
    case 'daysLate':
      return row.daysLate;
    case 'score':
      return points(row.score);
    case 'originality':
      return points(row.originality);
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
  const bases = Object.fromEntries(
    columns.filter((c) => c.kind === 'rate' && c.id in row.bases).map((c) => [c.id, row.bases[c.id as RateId]]),
  );
  return { key: row.key, cells, links: { agency: `/agency/${row.agencyId}${suffix}` }, bases };
}
