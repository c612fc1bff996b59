/**
 * A real report taken apart into what a degradation needs: its title and prose as written, its three
 * tables as rows of label + cells, and the numbers a correct parse of any copy of it must give.
 * Built from a seed by seed-source.ts; turned into damaged documents by degrade.ts.
 */
import type { Table3 } from '../../lib/report/types';
import { TABLE4_COLUMNS, TABLE4_GROUPS } from '../../lib/report/types';
import type { ReportContent } from '../../lib/synth/content';
import { mulberry32 } from '../../lib/synth/prng';

/** A table row as printed. A cell is its text; '' is a blank cell (the golden's null). */
export interface SourceRow {
  key: string;
  label: string;
  /** The merged cell of a (三)–(六) block this row belongs to. */
  group?: string;
  /** A merged cell printed before this row's label only (三、本年度办理结果 before （一）予以公开). */
  lead?: string;
  cells: string[];
}

export interface SourceTable2Block {
  heading: string;
  columns: string[];
  rows: SourceRow[];
}

/** The numbers a correct parse must give (a report's content); null = blank or not knowable from the document. */
export interface WildExpected extends Omit<ReportContent, 'narrative'> {
  /** Only the summary values the golden states as numbers are checked. */
  summary: Partial<Record<string, number | null>>;
}

export type SourcePart = { prose: string } | { table: 'table2' | 'table3' | 'table4' };

export interface WildSource {
  id: string;
  /** The report's title lines as the seed writes them. */
  title: string[];
  /** Paragraphs (section headings included) and the three tables, in reading order. */
  parts: SourcePart[];
  table2: SourceTable2Block[];
  table3: { header: string[][]; rows: SourceRow[] };
  table4: { header: string[][]; cells: string[] };
  expected: WildExpected;
}

export const cellText = (v: number | null | undefined): string => (v === null || v === undefined ? '' : String(v));

/**
 * Many sites leave zero cells empty. Blanks `rate` of the zero cells in tables 3 and 4 (table 2 has too few
 * to matter) and makes their expected value null: once the page shows nothing, nothing can be known.
 * Summary values stay as they are: the rows still add up to them in truth, so a parse gives them or null
 * (with a finding on the rows, which the scoring accepts).
 */
export function leaveZerosBlank(src: WildSource, rate: number, seed: number): WildSource {
  const rng = mulberry32(seed ^ 0x5eed);
  const out: WildSource = structuredClone(src);
  for (const row of out.table3.rows) {
    const want = out.expected.table3[row.key as keyof Table3];
    if (!want || row.cells.length !== 7) continue; // a short row (seed 001) is left as the seed writes it
    const cols = Object.keys(want) as (keyof typeof want)[];
    row.cells.forEach((c, i) => {
      if (c === '0' && rng() < rate) {
        row.cells[i] = '';
        want[cols[i]] = null;
      }
    });
  }
  // Seed 001's short rows are known (all 0) only because rows 一 and 二 are 0 in every column; once one of
  // those zeros is blank, that reasoning is gone and the short rows can no longer be known.
  const headBlanked = out.table3.rows.some(
    (r) => ['newReceived', 'carriedOver'].includes(r.key) && r.cells.slice(0, 6).includes(''),
  );
  for (const row of out.table3.rows) {
    const want = out.expected.table3[row.key as keyof Table3];
    if (headBlanked && want && row.cells.length !== 7)
      for (const c of Object.keys(want) as (keyof typeof want)[]) want[c] = null;
  }
  TABLE4_GROUPS.forEach((g, gi) =>
    TABLE4_COLUMNS.forEach((c, ci) => {
      const i = gi * 5 + ci;
      if (out.table4.cells[i] === '0' && rng() < rate) {
        out.table4.cells[i] = '';
        out.expected.table4[g][c] = null;
      }
    }),
  );
  return out;
}

/**
 * Some agencies leave table 3's 总计 column empty in every row (seed 001's rows 一 and 二; the fixture
 * forms/blank-total.html). The totals are then null in what a parse may give; the summary, which adds
 * the applicant columns up, stays knowable.
 */
export function leaveTotalsBlank(src: WildSource): WildSource {
  const out: WildSource = structuredClone(src);
  for (const row of out.table3.rows) {
    const want = out.expected.table3[row.key as keyof Table3];
    if (!want || row.cells.length !== 7) continue;
    row.cells[6] = '';
    want.total = null;
  }
  return out;
}
