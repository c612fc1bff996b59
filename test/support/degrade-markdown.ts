/**
 * A report as a PDF→Markdown converter leaves it (see test/fixtures/corpus/shanghai-office-2025-from-pdf.md):
 * pipe tables whose header rows came apart into loose lines, labels that left their row, group labels
 * split into extra cells, headings and page footers in the middle of tables. Each damage can be switched
 * on alone; with none, the tables are clean Markdown (the control).
 */
import { mulberry32, pick, randInt, type Rng } from '../../lib/synth/prng';
import { chooseRows, hardWrap, insertFooters, pdfLines } from './degrade-common';
import { SECTION_TITLES } from './template-rows';
import type { SourceRow, WildSource } from './wild-source';

export type MarkdownDamage =
  | 'brokenHeaders'
  | 'separatorEveryRow'
  | 'repeatedHeadings'
  | 'pageFooters'
  | 'splitGroupLabels'
  | 'displacedLabels'
  | 'splitLabels'
  | 'cutTables'
  | 'trailingCells'
  | 'garbledTable4Header'
  | 'wrapProse';
export const MARKDOWN_DAMAGES: readonly MarkdownDamage[] = [
  'brokenHeaders',
  'separatorEveryRow',
  'repeatedHeadings',
  'pageFooters',
  'splitGroupLabels',
  'displacedLabels',
  'splitLabels',
  'cutTables',
  'trailingCells',
  'garbledTable4Header',
  'wrapProse',
];

export interface MarkdownOptions {
  damages?: readonly MarkdownDamage[];
  seed?: number;
}

/** A table row and the lines the converter put before it; any such line ends the table chunk. */
interface MdRow {
  cells: string[];
  before: string[];
}

const line = (cells: readonly string[]) => `| ${cells.join(' | ')} |`;
const separator = (n: number) => `|${'---|'.repeat(n)}`;
/** "## 表三：收到和处理政府信息公开申请情况", as converters repeat it on every page. */
const heading = (t: keyof typeof SECTION_TITLES) =>
  `## 表${'二三四'[Number(t.slice(-1)) - 2]}：${SECTION_TITLES[t].slice(2)}`;

/** Header cells as a text layer reads narrow columns: each cell cut into k-character pieces, read across. */
export function interleave(cells: readonly string[], k = 2): string[] {
  const pieces = cells.map((c) => hardWrap(c, k));
  const n = Math.max(...pieces.map((p) => p.length));
  return Array.from({ length: n }, (_, i) => pieces.map((p) => p[i] ?? '').join(''));
}

export function pdfToMarkdown(src: WildSource, opts: MarkdownOptions = {}): string {
  const rng = mulberry32(opts.seed ?? 1);
  const on = new Set(opts.damages ?? MARKDOWN_DAMAGES);
  const tables = { table2: () => table2(src, on), table3: () => table3(src, on, rng), table4: () => table4(src, on) };
  const out: string[] = [...pdfLines(src.title.join(''), on.has('wrapProse')), ''];
  for (const part of src.parts) {
    if ('prose' in part) {
      out.push(...pdfLines(part.prose, on.has('wrapProse')), '');
      continue;
    }
    const rows = tables[part.table]();
    chunkDamages(rows, part.table, on, rng);
    out.push(...emit(rows, on.has('separatorEveryRow')), '');
  }
  return (on.has('pageFooters') ? insertFooters(out, rng) : out).join('\n');
}

function emit(rows: MdRow[], everyRow: boolean): string[] {
  const out: string[] = [];
  let chunkStart = true;
  for (const r of rows) {
    if (r.before.length > 0) {
      out.push(...r.before);
      chunkStart = true;
    }
    if (r.cells.length === 0) continue; // only loose lines (a label displaced past the table's end)
    out.push(line(r.cells));
    // A converter writes the separator under each chunk's first row, or (damaged) under every row.
    if (everyRow || chunkStart) out.push(separator(r.cells.length));
    chunkStart = false;
  }
  return out;
}

/** Damages any table can take: repeated headings, cuts into small tables, extra empty trailing cells. */
function chunkDamages(rows: MdRow[], t: keyof typeof SECTION_TITLES, on: Set<MarkdownDamage>, rng: Rng): void {
  if (on.has('repeatedHeadings')) {
    rows[0].before.unshift(heading(t));
    for (const r of chooseRows(rng, rows.slice(1), 0.12)) r.before.push(heading(t));
  }
  if (on.has('cutTables')) for (const r of chooseRows(rng, rows.slice(1), 0.12)) r.before.unshift('');
  if (on.has('trailingCells')) for (const r of chooseRows(rng, rows, 0.25, (x) => x.cells.length > 0)) r.cells.push('');
}

function table2(src: WildSource, on: Set<MarkdownDamage>): MdRow[] {
  return src.table2.flatMap((b) => {
    const header = ['信息内容', ...b.columns];
    const rows: MdRow[] = b.rows.map((r) => ({ cells: [r.label, ...r.cells], before: [] }));
    if (on.has('brokenHeaders')) {
      rows[0].before.push(b.heading, header.join(''));
      return rows;
    }
    return [{ cells: header, before: [b.heading] }, ...rows];
  });
}

function table3(src: WildSource, on: Set<MarkdownDamage>, rng: Rng): MdRow[] {
  const rows = src.table3.rows;
  const [[note], top, applicants] = src.table3.header;
  const out: MdRow[] = rows.map((r, i) => ({ cells: [labelCell(r, rows[i - 1], on), ...r.cells], before: [] }));

  if (on.has('splitGroupLabels')) splitGroups(rows, out, rng);
  const displaced = on.has('displacedLabels') ? chooseRows(rng, rows, 0.1, (r) => !r.group) : new Set<SourceRow>();
  const split = on.has('splitLabels')
    ? chooseRows(rng, rows, 0.3, (r) => r.label.length >= 12 && !displaced.has(r))
    : new Set<SourceRow>();
  rows.forEach((r, i) => {
    if (split.has(r)) {
      // "1.申请人无正当理由逾期不补正、" and "开申请" go out as loose lines; the cell keeps the middle.
      const a = r.label.indexOf('、') + 1;
      const b = r.label.length - 3;
      out[i].cells[out[i].cells.length - r.cells.length - 1] = r.label.slice(a, b);
      out[i].before.push(...(a > 0 ? [r.label.slice(0, a)] : []), r.label.slice(b));
    }
    if (displaced.has(r)) {
      // The label goes a few lines before or after its numbers, broken as a narrow cell breaks; the
      // numbers stay behind as an unlabeled row.
      out[i].cells = out[i].cells.slice(out[i].cells.length - r.cells.length);
      const to = Math.max(0, i + randInt(rng, -2, 2));
      const loose = ['', ...hardWrap(r.label, 18)];
      if (to < out.length) out[to].before.push(...loose);
      else out.push({ cells: [], before: loose }); // after the table: an empty row marks where it ends
    }
  });

  const header: MdRow[] = on.has('brokenHeaders')
    ? [
        {
          cells: [
            note.slice(note.indexOf('，') + 1),
            top[1],
            applicants[0].slice(0, 2),
            applicants[1].slice(0, 2),
            top[3],
          ],
          before: [top[0], top[2], note.slice(0, note.indexOf('，') + 1), ...interleave(applicants)],
        },
      ]
    : [
        { cells: [top[0], top[1], top[2], '', '', '', '', top[3]], before: [note] },
        { cells: ['', '', ...applicants, ''], before: [] },
      ];
  return [...header, ...out];
}

/** The label cell as a clean converter writes it: merged cells read into the first row they span. */
function labelCell(r: SourceRow, prev: SourceRow | undefined, on: Set<MarkdownDamage>): string {
  const lead = on.has('splitGroupLabels') ? '' : (r.lead ?? '');
  const group = !on.has('splitGroupLabels') && r.group && prev?.group !== r.group ? r.group : '';
  return lead + group + r.label;
}

/**
 * "| （三）不 | 4.保护第三方合法权益 | 0 | …" and "| 予公开 | 5.… |": a group's merged cell, split in two,
 * lands as an extra leading cell on the two rows in the middle of its block; 三、本年度办理结果 comes out as
 * loose three-character lines in the middle of the table.
 */
function splitGroups(rows: SourceRow[], out: MdRow[], rng: Rng): void {
  const groups = [...new Set(rows.map((r) => r.group).filter((g): g is string => !!g))];
  for (const g of groups) {
    const members = rows.flatMap((r, i) => (r.group === g ? [i] : []));
    if (members.length < 2) continue;
    const m = members[Math.floor((members.length - 1) / 2)];
    const cut = Math.ceil(g.length / 2);
    out[m].cells.unshift(g.slice(0, cut));
    out[m + 1].cells.unshift(g.slice(cut));
  }
  const lead = rows.find((r) => r.lead)?.lead;
  if (lead)
    out[pick(rng, [Math.floor(out.length / 2), Math.floor(out.length / 3)])].before.push('', ...hardWrap(lead, 3));
}

function table4(src: WildSource, on: Set<MarkdownDamage>): MdRow[] {
  const [groups, top, fives] = src.table4.header;
  const all15 = [...top.slice(0, 5), ...fives];
  const loose = on.has('brokenHeaders')
    ? [groups.join(''), top.slice(5).join(''), ...interleave(all15)]
    : [[...groups, ...top.slice(5)].join(' ')];
  const values: MdRow = { cells: [...src.table4.cells], before: [] };
  if (on.has('garbledTable4Header')) {
    // A 6-cell header over the 15-value row: the converter kept the second half of five header cells.
    return [{ cells: [...all15.slice(0, 4).map((c) => c.slice(2)), '总计', '总计'], before: loose }, values];
  }
  if (on.has('brokenHeaders')) return [{ ...values, before: loose }];
  return [{ cells: all15, before: loose }, values];
}
