/**
 * Takes a seed report apart into a WildSource: its real title and prose paragraphs (read from
 * db/samples/*.txt), its tables' row labels as the template prints them (in the seed's own wording where
 * it differs), and its cells from the hand-checked golden (test/fixtures/golden), so that every degraded
 * copy of the seed has a known right answer.
 */
import { readFileSync } from 'node:fs';
import { APPLICANT_COLUMNS, TABLE4_COLUMNS, TABLE4_GROUPS } from '../../lib/report/types';
import type { Expectation } from './expectations';
import {
  TABLE2_BLOCKS,
  TABLE3_HEADER,
  TABLE3_NOTE,
  TABLE3_ROWS_WRITTEN,
  TABLE4_HEADER,
  WORDING_VARIANTS,
  type WordingScope,
} from './template-rows';
import { cellText, type SourcePart, type SourceRow, type WildSource } from './wild-source';

const TABLES = ['table2', 'table3', 'table4'] as const;
/** Section headings are prose even when they sit between two table lines. */
const HEADING = /^([一二三四五六]、|概述|存在的|其他需要报告)/;

export function seedSource(e: Expectation): WildSource {
  if (!e.table2 || !e.table3 || !e.table4 || !e.template || !e.agency || !e.year) {
    throw new Error(`${e.id}: the golden lacks tables, template, agency or year`);
  }
  const text = readFileSync(e.path, 'utf8').replace(/^\uFEFF/, '');
  const lines = text.split(/\r?\n/);
  const { title, parts } = readProse(e.id, lines);
  const word = wording(text);
  const template = e.template;

  const table2 = TABLE2_BLOCKS[template].map((b) => ({
    heading: b.heading,
    columns: b.columns,
    rows: b.rows.map((r) => ({ key: r.key, label: word(r.label, 'label'), cells: e.table2![r.key]!.map(cellText) })),
  }));

  const table3Rows: SourceRow[] = TABLE3_ROWS_WRITTEN[template].map((r) => {
    const label = word(r.label, 'label');
    const want = e.table3![r.key]!;
    const short = e.requiredFindings.some((f) => f.rule === 'row.short' && f.where === `table3.${r.key}`);
    // A short row (seed 001: four zeros and a blank for seven columns) is printed as the seed writes it;
    // its golden is all null, so whatever a parser places there is a guess.
    const cells = short ? writtenCells(lines, label, e.id) : APPLICANT_COLUMNS.map((c) => cellText(want[c]));
    return { key: r.key, label, group: r.group, lead: r.lead, cells };
  });

  return {
    id: e.id,
    title,
    parts,
    table2,
    table3: {
      header: [[TABLE3_NOTE], ...TABLE3_HEADER.map((h) => h.map((c) => word(c, 'table3Header')))],
      rows: table3Rows,
    },
    table4: {
      header: TABLE4_HEADER.map((h) => h.map((c) => word(c, 'table4Header'))),
      cells: TABLE4_GROUPS.flatMap((g) => TABLE4_COLUMNS.map((c) => cellText(e.table4![g][c]))),
    },
    expected: {
      agency: e.agency,
      year: e.year,
      template,
      table2: structuredClone(e.table2),
      table3: structuredClone(e.table3),
      table4: structuredClone(e.table4),
      summary: { ...(e.summary ?? {}) },
    },
  };
}

/** The seed's wording for a template text, where the seed uses a known variant of it. */
function wording(seedText: string) {
  const used = WORDING_VARIANTS.filter((v) => seedText.includes(v.variant));
  return (text: string, scope: WordingScope): string => {
    let out = text;
    for (const v of used) {
      if (v.scope !== scope) continue;
      if (v.whole ? out === v.template : out.includes(v.template))
        out = v.whole ? v.variant : out.replace(v.template, v.variant);
    }
    return out;
  };
}

/**
 * Title lines (up to the first line naming the 报告), then prose lines and table runs in order.
 * A table run is the lines holding tabs plus the tab-less continuation lines of multi-line cells inside it
 * ("本年新\n制作数量"); the seeds have exactly three runs, tables 2, 3 and 4.
 */
function readProse(id: string, lines: string[]): { title: string[]; parts: SourcePart[] } {
  const isBlank = (l: string) => l.trim() === '';
  const hasTab = (l: string) => l.includes('\t');
  const nearest = (i: number, step: number) => {
    for (let j = i + step; j >= 0 && j < lines.length; j += step) if (!isBlank(lines[j])) return lines[j];
    return '';
  };
  const inTable = (l: string, i: number) =>
    hasTab(l) || /勾稽关系/.test(l) || (!HEADING.test(l.trim()) && hasTab(nearest(i, -1)) && hasTab(nearest(i, 1)));

  const title: string[] = [];
  let i = 0;
  for (; i < lines.length; i++) {
    if (isBlank(lines[i])) continue;
    title.push(lines[i].trim());
    if (lines[i].includes('报告')) {
      i++;
      break;
    }
  }
  const parts: SourcePart[] = [];
  let tables = 0;
  let inRun = false;
  for (; i < lines.length; i++) {
    const l = lines[i];
    if (isBlank(l)) continue;
    if (inTable(l, i)) {
      if (!inRun) parts.push({ table: TABLES[tables++] });
      inRun = true;
      continue;
    }
    inRun = false;
    parts.push({ prose: l.replace(/\[bookmark: _GoBack\]/, '').trim() });
  }
  if (tables !== 3) throw new Error(`${id}: expected three table runs, found ${tables}`);
  return { title, parts };
}

/** The cells a one-cell-per-line seed writes after a row label, up to the blank line that ends the row. */
function writtenCells(lines: string[], label: string, id: string): string[] {
  const at = lines.findIndex((l) => l.includes('\t') && l.trim() === label);
  if (at < 0) throw new Error(`${id}: short row "${label}" not found in the seed`);
  const cells: string[] = [];
  for (let j = at + 1; j < lines.length && lines[j].startsWith('\t'); j++) cells.push(lines[j].trim());
  return cells;
}
