/**
 * The three tables as grids of cells with rowspan/colspan, laid out as the templates draw them.
 * Every renderer walks these grids; only how a merged cell is written differs between forms.
 */
import { APPLICANT_COLUMNS, TABLE4_COLUMNS, TABLE4_GROUPS } from '../report/types';
import type { ReportContent } from './content';
import {
  OUTCOMES_LABEL,
  TABLE2_BLOCKS,
  TABLE2_ITEM_LABEL,
  TABLE2_WIDTH,
  TABLE3_HEADER,
  TABLE4_HEADER,
  outcomeRows,
  table3Rows,
  type Table2Block,
} from './labels';

export interface GridCell {
  kind: 'label' | 'value';
  /** Label text; for values the plain formatted number ('' when blank). */
  text: string;
  /** Values only: the number, or null for a blank cell. */
  value?: number | null;
  /** Values only: a unit some reports write inside the cell ("元"). */
  unit?: string;
  colSpan: number;
  rowSpan: number;
}

/**
 * A grid position: the top-left of a cell, the first column of a cell continued from the row above
 * (Word exports such a vertically merged cell as an empty cell), or any other covered position.
 */
export type Slot = { kind: 'cell'; cell: GridCell } | { kind: 'vcont' } | { kind: 'covered' };

export interface Grid {
  width: number;
  rows: Slot[][];
}

export type TableRole = 'table2' | 'table3' | 'table4';

export function formatNumber(v: number | null | undefined): string {
  return v === null || v === undefined ? '' : String(v);
}

export function label(text: string, colSpan = 1, rowSpan = 1): GridCell {
  return { kind: 'label', text, colSpan, rowSpan };
}

export function value(v: number | null | undefined, colSpan = 1, unit?: string): GridCell {
  const n = v ?? null;
  return { kind: 'value', text: formatNumber(n), value: n, unit, colSpan, rowSpan: 1 };
}

/** Places rows of cells left to right into the first free positions, as HTML tables do. */
export function buildGrid(width: number, specRows: GridCell[][]): Grid {
  const rows: (Slot | undefined)[][] = specRows.map(() => new Array<Slot | undefined>(width).fill(undefined));
  specRows.forEach((cells, r) => {
    let col = 0;
    for (const cell of cells) {
      while (col < width && rows[r][col] !== undefined) col++;
      if (col + cell.colSpan > width) throw new Error(`grid row ${r} overflows width ${width}`);
      for (let dr = 0; dr < cell.rowSpan; dr++) {
        if (r + dr >= rows.length) throw new Error(`grid row ${r}: rowspan past the table end`);
        for (let dc = 0; dc < cell.colSpan; dc++) {
          const slot: Slot =
            dr === 0 && dc === 0
              ? { kind: 'cell', cell }
              : dr > 0 && dc === 0
                ? { kind: 'vcont' }
                : { kind: 'covered' };
          rows[r + dr][col + dc] = slot;
        }
      }
      col += cell.colSpan;
    }
  });
  return {
    width,
    rows: rows.map((row, r) =>
      row.map((s, c) => {
        if (!s) throw new Error(`grid row ${r} column ${c} left empty`);
        return s;
      }),
    ),
  };
}

/** Joins grids of the same width one under the other (no span crosses them). */
export function stackGrids(grids: Grid[]): Grid {
  return { width: grids[0]?.width ?? 0, rows: grids.flatMap((g) => g.rows) };
}

/** Cells of a row, a last one widened to fill the table's width as Word does. */
function fillRow(first: GridCell, rest: GridCell[]): GridCell[] {
  const cells = [first, ...rest];
  const used = cells.reduce((a, c) => a + c.colSpan, 0);
  cells[cells.length - 1].colSpan += TABLE2_WIDTH - used;
  return cells;
}

function table2BlockGrid(c: ReportContent, block: Table2Block): Grid {
  const rows: GridCell[][] = [[label(block.heading, TABLE2_WIDTH)]];
  rows.push(
    fillRow(
      label(TABLE2_ITEM_LABEL),
      block.columns.map((h) => label(h)),
    ),
  );
  for (const { key, label: text } of block.rows) {
    const values = c.table2[key] ?? [];
    const cells = block.columns.map((_, i) => value(values[i], 1, key === 'procurement' && i === 1 ? '元' : undefined));
    rows.push(fillRow(label(text), cells));
  }
  return buildGrid(TABLE2_WIDTH, rows);
}

/** Table 2 as one grid per 第二十条 block. */
export function table2Grids(c: ReportContent): Grid[] {
  return TABLE2_BLOCKS[c.template].map((b) => table2BlockGrid(c, b));
}

export function table3Grid(c: ReportContent): Grid {
  const h = TABLE3_HEADER;
  const rows: GridCell[][] = [
    [label(h.balanceNote, 3, 3), label(h.applicants, 7)],
    [label(h.natural, 1, 2), label(h.organisations, 5), label(h.total, 1, 2)],
    h.organisationKinds.map((k) => label(k)),
  ];
  const outcomes = outcomeRows(c.template);
  let previousGroup: string | undefined;
  for (const row of table3Rows(c.template)) {
    const cells: GridCell[] = [];
    if (row.top) cells.push(label(row.top, 3));
    else {
      if (row.key === outcomes[0].key) cells.push(label(OUTCOMES_LABEL, 1, outcomes.length));
      if (!row.item) cells.push(label(row.group ?? '', 2));
      else {
        if (row.group !== previousGroup) {
          const span = outcomes.filter((o) => o.group === row.group).length;
          cells.push(label(row.group ?? '', 1, span));
        }
        cells.push(label(row.item));
      }
    }
    previousGroup = row.group;
    const data = c.table3[row.key];
    for (const col of APPLICANT_COLUMNS) cells.push(value(data ? data[col] : null));
    rows.push(cells);
  }
  return buildGrid(10, rows);
}

export function table4Grid(c: ReportContent): Grid {
  const h = TABLE4_HEADER;
  const rows: GridCell[][] = [
    [label(h.review, 5), label(h.litigation, 10)],
    [...h.columns.map((t) => label(t, 1, 2)), label(h.direct, 5), label(h.afterReview, 5)],
    [...h.columns, ...h.columns].map((t) => label(t)),
    TABLE4_GROUPS.flatMap((g) => TABLE4_COLUMNS.map((col) => value(c.table4[g][col]))),
  ];
  return buildGrid(15, rows);
}
