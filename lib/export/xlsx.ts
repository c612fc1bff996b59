/**
 * One export table as an .xlsx workbook that says on its own what it holds: a bold title, the caption
 * (filters in words, data date, source), then a bold header row with a frozen pane and an autofilter,
 * then the rows. Numbers stay numbers with a display format, so a reader can sum and sort them in Excel/WPS.
 */
import { PassThrough } from 'node:stream';
import ExcelJS from 'exceljs';
import type { ColumnKind, ExportCell, ExportTable } from './table';

export interface XlsxTableInput extends ExportTable {
  sheetName: string;
  title: string;
  /** Filters in words, data date, source: one line each, below the title. */
  captionLines: string[];
}

/** Display formats by kind; text has none (General). */
const NUM_FMT: Record<ColumnKind, string | undefined> = {
  text: undefined,
  count: '#,##0',
  amount: '#,##0.00',
  rate: '0.0%',
  year: '0',
};

const CAPTION_COLOR = 'FF555555';
const MIN_WIDTH = 6;
const MAX_WIDTH = 60;

/** East Asian wide characters (CJK ideographs, kana, hangul, full-width forms) take two columns. */
const WIDE =
  /[\u1100-\u115F\u2E80-\u303E\u3041-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6\u{20000}-\u{3FFFD}]/u;

/** Width in Excel's character units: one per narrow character, two per wide one. */
export function displayWidth(s: string): number {
  let w = 0;
  for (const ch of s) w += WIDE.test(ch) ? 2 : 1;
  return w;
}

/** Excel refuses sheet names with []:*?/\, longer than 31 characters, or empty. */
export function safeSheetName(name: string): string {
  const cleaned = [
    ...name
      .replace(/[[\]:*?/\\]/g, ' ')
      .replace(/^'+|'+$/g, '')
      .trim(),
  ]
    .slice(0, 31)
    .join('')
    .trim();
  return cleaned || 'Sheet1';
}

const isNumber = (v: ExportCell): v is number => typeof v === 'number' && Number.isFinite(v);

// Made once: toLocaleString builds a formatter on every call, which was most of an export's time.
const AMOUNT = new Intl.NumberFormat('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
const COUNT = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });

/** The text a cell shows, near enough to size its column. */
function shownText(value: ExportCell, kind: ColumnKind): string {
  if (value === null || (typeof value === 'number' && !Number.isFinite(value))) return '';
  if (typeof value === 'string') return value;
  switch (kind) {
    case 'rate':
      return `${(value * 100).toFixed(1)}%`;
    case 'amount':
      return AMOUNT.format(value);
    case 'year':
      return String(Math.round(value));
    default:
      return COUNT.format(value);
  }
}

function columnWidth(header: string, values: ExportCell[], kind: ColumnKind): number {
  // The header carries the autofilter button, which takes about two characters.
  let widest = displayWidth(header) + 2;
  for (const v of values) widest = Math.max(widest, displayWidth(shownText(v, kind)));
  return Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, widest + 2));
}

/**
 * Writes a cell so that strings are always shared-string text (ExcelJS only writes a formula for a
 * `{ formula }` object, so "=HYPERLINK(…)" from a document stays inert text), numbers are numbers,
 * and null or a non-finite number is left out: an empty cell rather than 0.
 */
function setCell(row: ExcelJS.Row, column: number, value: ExportCell, numFmt: string | undefined): void {
  if (typeof value === 'string') {
    row.getCell(column).value = value;
  } else if (isNumber(value)) {
    const cell = row.getCell(column);
    cell.value = value;
    if (numFmt) cell.numFmt = numFmt;
  }
}

/**
 * ExcelJS's streaming writer: each row is written out (and dropped) as it is committed, and the zip is
 * deflated by Node's zlib, where the in-memory workbook held every cell as an object and zipped in
 * JavaScript (figures in BENCHMARKS.md, "Exports (issue 19, item 8)"). Column widths and the autofilter are
 * written before the first row, so they are worked out from the rows first.
 */
export async function tableToXlsx(input: XlsxTableInput): Promise<Buffer> {
  const { columns, rows, title, captionLines } = input;
  const headerRowNumber = 1 + captionLines.length + 1;
  const output = new PassThrough();
  const chunks: Buffer[] = [];
  output.on('data', (chunk: Buffer) => chunks.push(chunk));
  // Level 6 said outright: left to the writer, files came out larger for no time saved.
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream: output,
    useStyles: true,
    useSharedStrings: true,
    zip: { zlib: { level: 6 } },
  });
  workbook.title = title;
  const sheet = workbook.addWorksheet(safeSheetName(input.sheetName), {
    views: [{ state: 'frozen', xSplit: 0, ySplit: headerRowNumber }],
  });
  sheet.columns = columns.map((col, c) => ({
    width: columnWidth(
      col.header,
      rows.map((row) => row[c] ?? null),
      col.kind,
    ),
  }));
  if (columns.length > 0) {
    sheet.autoFilter = {
      from: { row: headerRowNumber, column: 1 },
      to: { row: headerRowNumber + rows.length, column: columns.length },
    };
  }

  // Title and caption sit in column A and overflow to the right; they do not size the column.
  const titleCell = sheet.getCell(1, 1);
  titleCell.value = title;
  titleCell.font = { bold: true, size: 14 };
  sheet.getRow(1).commit();
  captionLines.forEach((line, i) => {
    const cell = sheet.getCell(2 + i, 1);
    cell.value = line;
    cell.font = { size: 10, color: { argb: CAPTION_COLOR } };
    sheet.getRow(2 + i).commit();
  });

  const header = sheet.getRow(headerRowNumber);
  columns.forEach((col, c) => {
    const cell = header.getCell(c + 1);
    cell.value = col.header;
    cell.font = { bold: true };
    if (col.kind !== 'text') cell.alignment = { horizontal: 'right' };
  });
  header.commit();

  const formats = columns.map((col) => NUM_FMT[col.kind]);
  rows.forEach((row, r) => {
    const sheetRow = sheet.getRow(headerRowNumber + 1 + r);
    for (let c = 0; c < columns.length; c++) setCell(sheetRow, c + 1, row[c] ?? null, formats[c]);
    sheetRow.commit();
  });
  sheet.commit();
  await workbook.commit();
  return Buffer.concat(chunks);
}
