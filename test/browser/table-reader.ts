/**
 * Reads a dashboard table (`table.data`) as a user sees it: the leaf column headers (group headers,
 * sort marks and ⓘ links left out) and the text of every body cell, plus the compare page's row count.
 */
import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';

export interface ShownTable {
  /** The last header row: one name per column, without the group headers above it. */
  headers: string[];
  rows: string[][];
}

export async function readTable(table: Locator): Promise<ShownTable> {
  return table.evaluate((el) => {
    const t = el as HTMLTableElement;
    const headRows = t.tHead ? [...t.tHead.rows] : [];
    const leaf = headRows[headRows.length - 1];
    const headers = leaf
      ? [...leaf.cells].map((th) => {
          const copy = th.cloneNode(true) as HTMLElement;
          copy.querySelectorAll('.sort-mark, a[aria-label]').forEach((n) => n.remove());
          return (copy.textContent ?? '').trim();
        })
      : [];
    const rows = [...t.tBodies]
      .flatMap((b) => [...b.rows])
      .map((r) => [...r.cells].map((c) => (c.textContent ?? '').trim()));
    return { headers, rows };
  });
}

/** The compare page's table (the only `table.data` there). */
export const compareTable = (page: Page) => page.locator('table.data').first();

/** The values of one column, by its header text. */
export function column(table: ShownTable, header: string): string[] {
  const i = table.headers.indexOf(header);
  if (i < 0) throw new Error(`no column "${header}" in ${JSON.stringify(table.headers)}`);
  return table.rows.map((r) => r[i]);
}

/** Waits until the compare table's agency column equals `agencies` (in that order unless `anyOrder`). */
export async function expectAgencies(page: Page, agencies: string[], anyOrder = false): Promise<void> {
  await expect
    .poll(
      async () => {
        const shown = column(await readTable(compareTable(page)), '机构');
        return anyOrder ? [...shown].sort() : shown;
      },
      { timeout: 15_000 },
    )
    .toEqual(anyOrder ? [...agencies].sort() : agencies);
}

/** A rate cell's text: the rate, the count it rests on ('n=3') and the small-number mark ('†'). */
const RATE_CELL = /^(.*%)\s*n=([\d,]+)\s*(†?)$/;

/** A rate cell as shown ('100.0% n=3†') → its rate, its n and whether it is marked; null for another cell. */
export function shownRate(text: string): { rate: number; n: number; marked: boolean } | null {
  const m = RATE_CELL.exec(text.trim());
  if (!m) return null;
  return { rate: shownNumber(m[1])!, n: Number(m[2].replace(/,/g, '')), marked: m[3] === '†' };
}

/** A number as the tables show it ('1,234', '85.3%', '—') → 1234, 85.3, null; a rate cell's n is left out. */
export function shownNumber(text: string): number | null {
  const rate = RATE_CELL.exec(text.trim());
  const t = rate ? rate[1] : text.trim();
  if (t === '—' || t === '') return null;
  const n = Number(t.replace(/[,%\s]/g, ''));
  if (Number.isNaN(n)) throw new Error(`not a number: "${text}"`);
  return n;
}
