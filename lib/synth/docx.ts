/**
 * DOCX as Word writes it, small: the document outline as WordprocessingML paragraphs and tables, with
 * merged cells the Word way — `w:gridSpan` across, `w:vMerge` restart/continue down (the continued
 * cell is an empty `w:tc`, unlike HTML's rowspan) — packed by the minimal ZIP writer. Lets the
 * benchmark and the tests make DOCX files without LibreOffice or Word.
 */
import type { ReportContent } from './content';
import { documentBlocks, type DocBlock } from './document';
import { stackGrids, type Grid, type GridCell } from './grid';
import { writeZip, type ZipInput } from './zip';

export interface DocxOptions {
  /** Write each 第二十条 block of table 2 as its own table. */
  splitTable2?: boolean;
}

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const CELL_WIDTH = 1200;

function escapeXml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

// Word's habits, kept so the benchmark parses XML of a realistic size: fonts, sizes and revision ids
// on every run, borders on every cell.
const FONT =
  '<w:rFonts w:ascii="仿宋_GB2312" w:eastAsia="仿宋_GB2312" w:hAnsi="仿宋_GB2312" w:hint="eastAsia"/><w:kern w:val="0"/><w:sz w:val="21"/><w:szCs w:val="21"/>';
const CELL_BORDERS = `<w:tcBorders>${['top', 'left', 'bottom', 'right'].map((b) => `<w:${b} w:val="single" w:sz="4" w:space="0" w:color="auto"/>`).join('')}</w:tcBorders>`;

function run(text: string, bold = false): string {
  return `<w:r w:rsidRPr="00A51B2C"><w:rPr>${FONT}${bold ? '<w:b/>' : ''}</w:rPr><w:t xml:space="preserve">${escapeXml(text)}</w:t></w:r>`;
}

function paragraph(text: string, opts: { bold?: boolean; center?: boolean } = {}): string {
  const props = `<w:pPr><w:widowControl/><w:spacing w:line="400" w:lineRule="exact"/>${opts.center ? '<w:jc w:val="center"/>' : ''}</w:pPr>`;
  return `<w:p w:rsidR="00A51B2C" w:rsidRDefault="00A51B2C">${props}${text === '' ? '' : run(text, opts.bold)}</w:p>`;
}

function cellText(cell: GridCell): string {
  if (cell.kind === 'value') return cell.text === '' ? '' : `${cell.text}${cell.unit ?? ''}`;
  return cell.text;
}

function tc(span: number, merge: '' | 'restart' | 'continue', body: string): string {
  const grid = span > 1 ? `<w:gridSpan w:val="${span}"/>` : '';
  const vMerge = merge === 'restart' ? '<w:vMerge w:val="restart"/>' : merge === 'continue' ? '<w:vMerge/>' : '';
  return `<w:tc><w:tcPr><w:tcW w:w="${CELL_WIDTH * span}" w:type="dxa"/>${grid}${vMerge}${CELL_BORDERS}<w:vAlign w:val="center"/></w:tcPr>${body}</w:tc>`;
}

/** The cell a continued position belongs to: the nearest cell above in the same column. */
function originAbove(grid: Grid, r: number, c: number): GridCell {
  for (let up = r - 1; up >= 0; up--) {
    const slot = grid.rows[up][c];
    if (slot.kind === 'cell') return slot.cell;
  }
  throw new Error(`grid row ${r} column ${c}: continued cell without a cell above`);
}

export function tableXml(grid: Grid): string {
  const cols = `<w:tblGrid>${`<w:gridCol w:w="${CELL_WIDTH}"/>`.repeat(grid.width)}</w:tblGrid>`;
  const borders = ['top', 'left', 'bottom', 'right', 'insideH', 'insideV']
    .map((b) => `<w:${b} w:val="single" w:sz="4" w:space="0" w:color="000000"/>`)
    .join('');
  const props = `<w:tblPr><w:tblW w:w="0" w:type="auto"/><w:jc w:val="center"/><w:tblBorders>${borders}</w:tblBorders></w:tblPr>`;
  const rows = grid.rows.map((row, r) => {
    const cells = row.flatMap((slot, c) => {
      if (slot.kind === 'covered') return [];
      if (slot.kind === 'vcont') return [tc(originAbove(grid, r, c).colSpan, 'continue', '<w:p/>')];
      const { cell } = slot;
      const lines = cellText(cell).split('\n');
      return [
        tc(cell.colSpan, cell.rowSpan > 1 ? 'restart' : '', lines.map((l) => paragraph(l, { center: true })).join('')),
      ];
    });
    return `<w:tr>${cells.join('')}</w:tr>`;
  });
  return `<w:tbl>${props}${cols}${rows.join('')}</w:tbl>`;
}

function blockXml(b: DocBlock, split: boolean): string {
  switch (b.kind) {
    case 'title':
      return paragraph(b.text, { bold: true, center: true });
    case 'heading':
      return paragraph(b.text, { bold: true });
    case 'paragraph':
      return paragraph(b.text);
    case 'table':
      // Word needs a paragraph between two tables, or it joins them into one.
      return b.role === 'table2' && split ? b.grids.map(tableXml).join('<w:p/>') : tableXml(stackGrids(b.grids));
  }
}

export function documentXml(c: ReportContent, opts: DocxOptions = {}): string {
  const body = documentBlocks(c)
    .map((b) => blockXml(b, opts.splitTable2 ?? false))
    .join('');
  const section =
    '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1440" w:right="1800" w:bottom="1440" w:left="1800"/></w:sectPr>';
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document xmlns:w="${W}"><w:body>${body}${section}</w:body></w:document>`;
}

const CONTENT_TYPES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>`;

const ROOT_RELS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`;

/** The parts of a DOCX around a given document.xml (for tests that build odd documents). */
export function docxParts(document: string): ZipInput[] {
  return [
    { name: '[Content_Types].xml', data: CONTENT_TYPES },
    { name: '_rels/.rels', data: ROOT_RELS },
    { name: 'word/document.xml', data: document },
  ];
}

export function renderDocx(c: ReportContent, opts: DocxOptions = {}): Uint8Array {
  return writeZip(docxParts(documentXml(c, opts)));
}
