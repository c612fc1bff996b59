/**
 * A place in a report in the form's own words, for people: 'table3.deniedThirdParty.commercial' →
 * "表三 · （三）不予公开 · 4.保护第三方合法权益 · 商业企业". Read off the template layouts, so the words are
 * the ones the tables on the agency page print. Paths the layouts do not show give null.
 */
import { pick, type Locale } from '../../format/locale';
import { FINDING_TEXT } from '../../i18n/finding-text';
import type { TemplateVersion } from '../../report/types';
import { words, type Bilingual, type LayoutCell, type LayoutRow, type TableId } from './layout-cells';
import { templateLayout } from './template-layout';

const TABLE_NAMES: Record<TableId, Bilingual> = {
  table2: words('表二', 'Table 2'),
  table3: words('表三', 'Table 3'),
  table4: words('表四', 'Table 4'),
};

/** A numbered item ("1.属于国家秘密") is named with the group it belongs to. */
const NUMBERED = /^\d+[.．、]/;

interface Place {
  table: TableId;
  rowLabels: Bilingual[];
  columnLabels: Bilingual[];
}

/** A stored form name as a template version; anything else (a report whose form was not told) is null. */
export function asTemplateVersion(value: string | null | undefined): TemplateVersion | null {
  return value === '2019' || value === '2021' ? value : null;
}

export function describePath(path: string, version: TemplateVersion | null, locale: Locale): string | null {
  const places = pick(locale, FINDING_TEXT).places;
  if (Object.hasOwn(places, path)) return places[path];
  // summary.X is table 3's total column of row X, where the form has that row.
  const target = path.startsWith('summary.') ? `table3.${path.slice('summary.'.length)}.total` : path;
  const place = placesOf(version ?? '2021').get(target);
  if (!place) return null;
  return [TABLE_NAMES[place.table], ...place.rowLabels, ...place.columnLabels].map((w) => w[locale]).join(' · ');
}

const cache = new Map<TemplateVersion, Map<string, Place>>();

/** Every value path and row path of a version's layouts, with its row and column labels. */
function placesOf(version: TemplateVersion): Map<string, Place> {
  const known = cache.get(version);
  if (known) return known;
  const places = new Map<string, Place>();
  for (const table of templateLayout(version).tables) {
    const rows = [...table.head.map((r) => ({ ...r, heading: true })), ...table.body];
    const grid = gridOf(rows, table.columns);
    rows.forEach((row, r) => {
      if (row.heading) return;
      const labelsBefore = (c: number) => distinct(grid[r].slice(0, c)).filter(isLabel);
      if (row.path)
        places.set(row.path, { table: table.id, rowLabels: rowWords(labelsBefore(table.columns)), columnLabels: [] });
      grid[r].forEach((cell, c) => {
        if (cell?.kind !== 'value' || places.has(cell.path)) return;
        const above = columnLabels(rows, grid, r, c);
        places.set(cell.path, {
          table: table.id,
          rowLabels: rowWords(labelsBefore(c)),
          columnLabels: table.id === 'table4' ? above : above.slice(-1),
        });
      });
    });
  }
  cache.set(version, places);
  return places;
}

/** The most specific row label, with its group when it is a numbered item. */
function rowWords(labels: Extract<LayoutCell, { kind: 'label' }>[]): Bilingual[] {
  const last = labels[labels.length - 1];
  if (!last) return [];
  const group = labels[labels.length - 2];
  return group && NUMBERED.test(last.text.zh) ? [group.text, last.text] : [last.text];
}

/** The heading labels over column c nearest above row r, top to bottom (table 2 repeats its headings per block). */
function columnLabels(rows: LayoutRow[], grid: (LayoutCell | null)[][], r: number, c: number): Bilingual[] {
  const found: LayoutCell[] = [];
  for (let k = r - 1; k >= 0; k--) {
    if (!rows[k].heading) {
      if (found.length > 0) break;
      continue;
    }
    const cell = grid[k][c];
    if (cell && isLabel(cell) && !found.includes(cell)) found.unshift(cell);
  }
  return found.filter(isLabel).map((cell) => cell.text);
}

const isLabel = (cell: LayoutCell | null): cell is Extract<LayoutCell, { kind: 'label' }> => cell?.kind === 'label';
const distinct = (cells: (LayoutCell | null)[]) =>
  cells.filter((cell, i) => cell !== null && cells.indexOf(cell) === i);

/** The cells as the form draws them: each grid slot holds the cell that covers it (spans as in HTML). */
function gridOf(rows: LayoutRow[], width: number): (LayoutCell | null)[][] {
  const grid: (LayoutCell | null)[][] = rows.map(() => Array<LayoutCell | null>(width).fill(null));
  rows.forEach((row, r) => {
    let c = 0;
    for (const cell of row.cells) {
      while (c < width && grid[r][c] !== null) c++;
      const rowSpan = cell.kind === 'label' ? cell.rowSpan : 1;
      for (let dr = 0; dr < rowSpan && r + dr < rows.length; dr++) {
        for (let dc = 0; dc < cell.colSpan && c + dc < width; dc++) grid[r + dr][c + dc] = cell;
      }
      c += cell.colSpan;
    }
  });
  return grid;
}
