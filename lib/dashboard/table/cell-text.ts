/**
 * A table cell as text, as the dashboard's table shows it: a count with separators, a blank as '—' (never 0),
 * days late in words, a score with one decimal, and a rate with the count it rests on and its small-base mark
 * ('58.2% n=12†'). The one writer of cell text: DataTable (app/ui/data-table.tsx) draws its cells with it, and the
 * Word briefing prints its table with it, so both read the same.
 */
import type { Locale } from '../../format/locale';
import { formatDaysLate } from '../../format/days-late';
import { formatCount, formatPoints, NO_VALUE } from '../../format/number';
import { type RateWithBase, rateWithBase } from '../../format/rate-base';
import type { CellValue, TableColumn, TableRow } from './table-spec';

const numberOf = (v: CellValue | undefined) => (typeof v === 'number' ? v : null);

/** A rate as its table cell reads: '58.2% n=12†', or '58.2%' without a known base, '—' without a rate. */
export function rateCellText(r: RateWithBase): string {
  return r.base ? `${r.rate} ${r.base}${r.small ? r.mark : ''}` : r.rate;
}

/** A cell other than a rate's as the table writes it (DataTable draws a rate with RateText). */
export function formatCell(value: CellValue | undefined, c: TableColumn, locale: Locale): string {
  if (c.format === 'days-late') return formatDaysLate(numberOf(value), locale);
  if (c.format === 'points') return formatPoints(numberOf(value), locale);
  if (value === null || value === undefined || value === '') return NO_VALUE;
  if (typeof value === 'string') return value;
  if (c.kind === 'year') return String(value);
  return formatCount(value, locale);
}

/** Any cell of a row, a rate with its base and mark, as its text reads on screen. */
export function cellText(row: TableRow, c: TableColumn, locale: Locale): string {
  const value = row.cells[c.id] ?? null;
  if (c.kind === 'rate') return rateCellText(rateWithBase(numberOf(value), row.bases?.[c.id], locale));
  return formatCell(value, c, locale);
}
