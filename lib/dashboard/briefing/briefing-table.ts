/**
 * A briefing's table: the first rows of the view's table with the page's columns and words (cell-text.ts), and
 * the lines under it — how many of how many rows, what n and † mean, that a blank is never 0.
 */
import type { BriefingTable } from '../../export/briefing-docx';
import { formatCount } from '../../format/number';
import { pick, type Locale } from '../../format/locale';
import { rateBaseLegend } from '../../format/rate-base';
import { BRIEFING_TEXT } from '../../i18n/briefing-text';
import { cellText } from '../table/cell-text';
import type { TableColumn, TableRow } from '../table/table-spec';

/** How many rows of the view's table a briefing prints. */
export const BRIEFING_ROWS = 10;

/** Notes under a table whose rate cells carry n (and † where few). */
export function tableNotes(shown: number, total: number, cells: string[][], locale: Locale): string[] {
  const t = pick(locale, BRIEFING_TEXT);
  const all = cells.flat();
  const n = (v: number) => formatCount(v, locale);
  return [
    shown < total ? t.tableShown(n(shown), n(total)) : t.tableAll(n(total)),
    ...(all.some((c) => / n=[\d,]+/.test(c))
      ? [
          rateBaseLegend(
            locale,
            all.some((c) => /n=[\d,]+†$/.test(c)),
          ),
        ]
      : []),
    t.blankNote,
  ];
}

export function briefingTable(
  title: string,
  columns: readonly TableColumn[],
  rows: readonly TableRow[],
  total: number,
  locale: Locale,
): BriefingTable {
  const shown = rows.slice(0, BRIEFING_ROWS);
  const cells = shown.map((r) => columns.map((c) => cellText(r, c, locale)));
  return {
    title,
    headers: columns.map((c) => c.header),
    numeric: columns.map((c) => c.kind !== 'text'),
    rows: cells,
    notes: tableNotes(shown.length, total, cells, locale),
  };
}
