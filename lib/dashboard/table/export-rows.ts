/**
 * A table as the CSV and XLSX exports write it: the columns on screen, each rate followed by the count it rests
 * on and a flag where that count is below SMALL_BASE — an exported number never loses its base (issue 18).
 * Rates stay fractions and bases counts, so the XLSX keeps its number formats.
 */
import type { ExportColumn, ExportTable } from '../../export/table';
import { pick, type Locale } from '../../format/locale';
import { isSmallBase, SMALL_BASE } from '../../format/rate-base';
import { RATE_BASE_TEXT } from '../../i18n/rate-base-text';
import type { CellValue, TableColumn, TableRow } from './table-spec';

export function exportTable(columns: readonly TableColumn[], rows: readonly TableRow[], locale: Locale): ExportTable {
  const t = pick(locale, RATE_BASE_TEXT);
  const out: ExportColumn[] = columns.flatMap((c): ExportColumn[] =>
    c.kind === 'rate'
      ? [
          { header: c.header, kind: 'rate' },
          { header: t.baseHeader(c.header), kind: 'count' },
          { header: t.smallHeader(c.header, SMALL_BASE), kind: 'text' },
        ]
      : [{ header: c.header, kind: c.kind }],
  );
  const cells = (r: TableRow): CellValue[] =>
    columns.flatMap((c): CellValue[] => {
      const value = r.cells[c.id] ?? null;
      if (c.kind !== 'rate') return [value];
      const base = r.bases?.[c.id] ?? null;
      return [value, base, isSmallBase(base) ? t.smallFlag : null];
    });
  return { columns: out, rows: rows.map(cells) };
}
