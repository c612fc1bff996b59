/**
 * PDF reader on PDFs printed by Chrome from the seeds' content (test/fixtures/pdf/README.md): tables
 * rebuilt from ruling lines (and, without borders, from alignment), split tables joined, page furniture
 * dropped, spans into `text`, scans flagged, passwords refused. Plus the never-guess rule on made-up
 * geometry.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Block, ParagraphBlock, Row, SourceSpan, TableBlock } from '../../../lib/report/model';
import { compact } from '../../../lib/report/normalize';
import { APPLICANT_COLUMNS, TABLE4_COLUMNS, TABLE4_GROUPS, type Table3, type Table4 } from '../../../lib/report/types';
import { alignedTables } from '../../../lib/report/readers/pdf-aligned';
import { buildGrids } from '../../../lib/report/readers/pdf-grid';
import { buildLines, type TextItem } from '../../../lib/report/readers/pdf-lines';
import { readPdf, type PdfReadResult } from '../../../lib/report/readers/pdf';
import { MAX_PDF_PAGES } from '../../../lib/report/limits';
import { TABLE2_BLOCKS, table3Rows } from '../../../lib/synth/labels';
import type { ReportContent } from '../../../lib/synth/content';
import { ROOT } from '../../support/expectations';

const DIR = join(ROOT, 'test/fixtures/pdf');
const read = (name: string) => readPdf(new Uint8Array(readFileSync(join(DIR, name))));
const golden = (file: string): ReportContent => JSON.parse(readFileSync(join(ROOT, file), 'utf8'));
const at = (text: string, span: SourceSpan) => text.slice(span.offset, span.offset + span.length);
const tables = (blocks: Block[]) => blocks.filter((b): b is TableBlock => b.kind === 'table');
const paragraphs = (blocks: Block[]) =>
  blocks.filter((b): b is ParagraphBlock => b.kind === 'paragraph').map((b) => b.text);
const cellText = (v: number | null | undefined) => (v === null || v === undefined ? '' : String(v));

/** The cells after the cell holding `label` (compared without whitespace, NFKC), in the first row that has it. */
function valuesAfter(blocks: Block[], label: string): string[] | undefined {
  const want = compact(label);
  for (const t of tables(blocks)) {
    for (const row of t.rows) {
      const i = row.cells.findIndex((c) => compact(c.text) === want);
      if (i >= 0) return row.cells.slice(i + 1).map((c) => c.text);
    }
  }
  return undefined;
}

const rowsWithLabel = (t: TableBlock, label: string) =>
  t.rows.filter((r: Row) => r.cells.some((c) => compact(c.text) === compact(label)));

/** Each table-3 row of the content: its label, then its seven values in column order. */
function expectTable3(blocks: Block[], content: ReportContent): void {
  for (const row of table3Rows(content.template)) {
    const label = row.item ?? row.group ?? row.top ?? '';
    const values = (content.table3 as Table3)[row.key]!;
    expect(valuesAfter(blocks, label), `${row.key} ${label}`).toEqual(
      APPLICANT_COLUMNS.map((c) => cellText(values[c])),
    );
  }
}

/** Table 4 as one row of its 15 values. */
function expectTable4(blocks: Block[], content: ReportContent): void {
  const t4 = content.table4 as Table4;
  const want = TABLE4_GROUPS.flatMap((g) => TABLE4_COLUMNS.map((c) => cellText(t4[g][c])));
  const rows = tables(blocks)
    .flatMap((t) => t.rows)
    .filter((r) => r.cells.length === 15 && r.cells.every((c) => /^\d+$/.test(c.text)));
  expect(rows.map((r) => r.cells.map((c) => c.text))).toEqual([want]);
}

/** Each table-2 row: its label, then its values (an amount may carry 元). */
function expectTable2(blocks: Block[], content: ReportContent): void {
  for (const block of TABLE2_BLOCKS[content.template]) {
    for (const { key, label } of block.rows) {
      const got = valuesAfter(blocks, label)?.map((v) => v.replace(/元$/, ''));
      expect(got, label).toEqual((content.table2[key] ?? []).map(cellText));
    }
  }
}

const CASES = [
  { file: '003-jiaxing.pdf', content: golden('test/fixtures/golden/003_ce3ce06ef0481c4f.json'), pages: 3 },
  { file: '002-wuzhong-footer.pdf', content: golden('test/fixtures/golden/002_f5ed227d78862500.json'), pages: 3 },
  { file: 'busy-2022.pdf', content: golden('test/fixtures/pdf/busy-2022.json'), pages: 3 },
  { file: '000-xinzhou-borderless.pdf', content: golden('test/fixtures/golden/000_1552932f4d23b490.json'), pages: 3 },
];

describe.each(CASES)('readPdf $file', ({ file, content, pages }) => {
  let doc: PdfReadResult;
  beforeAll(async () => {
    doc = await read(file);
  });

  it('has a text layer and its pages', () => {
    expect(doc.needsOcr).toBe(false);
    expect(doc.pages).toBe(pages);
  });

  it('reads every table-3 row as its label then the seven values in column order', () =>
    expectTable3(doc.blocks, content));
  it('reads table 4 as one row of 15 values', () => expectTable4(doc.blocks, content));
  it('reads table 2 rows as label then values', () => expectTable2(doc.blocks, content));

  it('joins table 3 across the page break, with its repeated header dropped', () => {
    const withFirst = tables(doc.blocks).filter((t) => rowsWithLabel(t, '一、本年新收政府信息公开申请数量').length > 0);
    expect(withFirst).toHaveLength(1);
    expect(rowsWithLabel(withFirst[0], '四、结转下年度继续办理')).toHaveLength(1);
    expect(withFirst[0].rows.filter((r) => r.cells.some((c) => compact(c.text) === '申请人情况'))).toHaveLength(
      file.includes('borderless') ? 0 : 1,
    );
  });

  it('gives the section headings as paragraphs of their own', () => {
    for (const h of ['一、总体情况', '三、收到和处理政府信息公开申请情况', '六、其他需要报告的事项'])
      expect(paragraphs(doc.blocks)).toContain(h);
  });

  it('drops page numbers and running headers and footers', () => {
    expect(doc.text).not.toMatch(/—\s*\d\s*—|file:|\d+\/\d+\/\d+|\b[123]\/3\b/);
    expect(paragraphs(doc.blocks)[0]).toBe(`${content.agency}${content.year}年政府信息公开工作年度报告`);
  });

  it('points every span at its text', () => {
    for (const b of doc.blocks) {
      if (b.kind === 'paragraph') {
        expect(at(doc.text, b.span)).toBe(b.text);
        continue;
      }
      for (const row of b.rows) {
        for (const cell of row.cells) expect(at(doc.text, cell.span)).toBe(cell.text);
        expect(at(doc.text, row.span).startsWith(row.cells[0].text)).toBe(true);
      }
      expect(at(doc.text, b.span).startsWith(b.rows[0].cells[0].text)).toBe(true);
    }
  });

  it('normalizes text with NFKC (no radicals or full-width forms left)', () => {
    expect(doc.text).toBe(doc.text.normalize('NFKC'));
  });
});

/**
 * The same report with table 3 laid out the ways wide tables are printed: on a landscape page, set sideways
 * on a portrait page (text running bottom to top), and on a page turned by /Rotate (see README.md).
 */
const TURNED = [
  { file: 'busy-landscape.pdf', turn: 'a landscape page' },
  { file: 'busy-sideways.pdf', turn: 'text set sideways' },
  { file: 'busy-rotated.pdf', turn: 'page 2 turned by /Rotate 90' },
];

describe.each(TURNED)('readPdf $file ($turn)', ({ file }) => {
  const content = golden('test/fixtures/pdf/busy-2022.json');
  let doc: PdfReadResult;
  beforeAll(async () => {
    doc = await read(file);
  });

  it('reads every table-3 row as its label then the seven values in column order', () =>
    expectTable3(doc.blocks, content));
  it('reads tables 2 and 4 as on an upright page', () => {
    expectTable4(doc.blocks, content);
    expectTable2(doc.blocks, content);
  });
});

describe('readPdf: documents it cannot read as text', () => {
  it('flags a scan (an image, no text layer) as needing OCR and gives no blocks', async () => {
    const doc = await read('003-scanned.pdf');
    expect(doc).toMatchObject({ needsOcr: true, blocks: [], pages: 1 });
  });

  it('refuses a password-protected PDF with a clear message', async () => {
    await expect(read('003-encrypted.pdf')).rejects.toThrow(/the PDF is password-protected/);
  });

  it('refuses bytes that are not a PDF', async () => {
    await expect(readPdf(new TextEncoder().encode('not a pdf at all'))).rejects.toThrow(/cannot be opened/);
  });

  it(`refuses a PDF of more than ${MAX_PDF_PAGES} pages before reading them, and reads one of exactly that many`, async () => {
    await expect(readPdf(blankPdf(MAX_PDF_PAGES + 1))).rejects.toThrow(
      `the PDF has ${MAX_PDF_PAGES + 1} pages, over the ${MAX_PDF_PAGES}-page limit`,
    );
    expect(await readPdf(blankPdf(MAX_PDF_PAGES))).toMatchObject({ pages: MAX_PDF_PAGES, blocks: [] });
  });
});

/** A valid PDF of `pages` empty pages, written by hand (catalog, page tree, pages, cross-reference table). */
function blankPdf(pages: number): Uint8Array {
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    `<< /Type /Pages /Count ${pages} /Kids [${Array.from({ length: pages }, (_, i) => `${i + 3} 0 R`).join(' ')}] >>`,
    ...Array.from({ length: pages }, () => '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>'),
  ];
  let out = '%PDF-1.4\n';
  const offsets = objects.map((body, i) => {
    const at = out.length;
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
    return at;
  });
  const xref = out.length;
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return new TextEncoder().encode(out);
}

const item = (text: string, x0: number, x1: number, base: number): TextItem => ({
  text,
  x0,
  x1,
  base,
  size: 10,
  font: 'f',
});

describe('tables from geometry: never guess a column', () => {
  // Three columns at x = 0, 100, 150, 200; two rows at y = 0, 20, 40.
  const h = [0, 20, 40].map((y) => ({ at: y, a: 0, b: 200 }));
  const v = [0, 100, 150, 200].map((x) => ({ at: x, a: 0, b: 40 }));

  it('places text by the cell its centre lies in, merged cells where a border is missing', () => {
    const vv = [...v.slice(0, 2), { at: 150, a: 20, b: 40 }, v[3]]; // no border between the last two header cells
    const { tables: t, rest } = buildGrids({ horizontal: h, vertical: vv }, [
      item('标签', 10, 30, 14),
      item('合并表头', 130, 170, 14),
      item('1', 120, 126, 34),
      item('2', 170, 176, 34),
      item('正文', 10, 30, 80),
    ]);
    expect(t[0].rows.map((r) => r.map((c) => [c.text, c.colSpan]))).toEqual([
      [
        ['标签', 1],
        ['合并表头', 2],
      ],
      [
        ['', 1],
        ['1', 1],
        ['2', 1],
      ],
    ]);
    expect(rest.map((i) => i.text)).toEqual(['正文']);
  });

  it('leaves both cells empty when a number crosses a column border', () => {
    const { tables: t } = buildGrids({ horizontal: h, vertical: v }, [
      item('标签', 10, 30, 34),
      item('1234', 135, 165, 34),
      item('5', 180, 186, 14),
    ]);
    expect(t[0].rows.map((r) => r.map((c) => c.text))).toEqual([
      ['', '', '5'],
      ['标签', '', ''],
    ]);
  });

  it('aligned rows: a number between two value columns leaves them empty', () => {
    const lines = buildLines([
      item('一、本年新收', 0, 60, 10),
      item('1', 200, 206, 10),
      item('2', 260, 266, 10),
      item('3', 320, 326, 10),
      item('二、上年结转', 0, 60, 30),
      item('4', 200, 206, 30),
      item('5', 260, 266, 30),
      item('6', 320, 326, 30),
      item('四、结转下年', 0, 60, 50),
      item('7', 200, 206, 50),
      item('89', 282, 298, 50),
    ]);
    const { tables: t } = alignedTables(lines);
    expect(t[0].rows.map((r) => r.map((c) => c.text))).toEqual([
      ['一、本年新收', '1', '2', '3'],
      ['二、上年结转', '4', '5', '6'],
      ['四、结转下年', '7', '', ''],
    ]);
  });
});
