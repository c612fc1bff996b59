/** XLSX export: written by lib/export/xlsx.ts, read back with ExcelJS as Excel would open it. */
import ExcelJS from 'exceljs';
import { describe, expect, test } from 'vitest';
import { tableToCsv } from '../../lib/export/csv';
import type { ExportTable } from '../../lib/export/table';
import { displayWidth, safeSheetName, tableToXlsx } from '../../lib/export/xlsx';

const TABLE: ExportTable = {
  columns: [
    { header: '机关', kind: 'text' },
    { header: '年度', kind: 'year' },
    { header: '新收申请', kind: 'count' },
    { header: '收费金额（万元）', kind: 'amount' },
    { header: '公开率', kind: 'rate' },
  ],
  rows: [
    ['嘉兴市科学技术局', 2021, 12345, 1.5, 0.853],
    ['=HYPERLINK("http://x","点我")', 2020, null, null, null],
    ['+86 电话', 2019, 0, 0, 0],
  ],
};

const CAPTION = [
  '筛选条件：浙江省 嘉兴市 · 2019–2021年',
  '数据更新于：2024年5月1日',
  '数据来源：各机构政府信息公开工作年度报告；年报透镜整理',
];

async function readBack(buffer: Buffer): Promise<ExcelJS.Worksheet> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
  return workbook.worksheets[0];
}

describe('tableToXlsx', async () => {
  const buffer = await tableToXlsx({ sheetName: '公开率', title: '嘉兴市 公开率', captionLines: CAPTION, ...TABLE });
  const sheet = await readBack(buffer);
  const HEADER = 5; // title, three caption lines, header

  test('is a zip (xlsx) with the sheet named as asked', () => {
    expect(buffer.subarray(0, 2).toString()).toBe('PK');
    expect(sheet.name).toBe('公开率');
  });

  test('bold title, then the caption lines in order, then the bold header row', () => {
    expect(sheet.getCell('A1').value).toBe('嘉兴市 公开率');
    expect(sheet.getCell('A1').font?.bold).toBe(true);
    expect([2, 3, 4].map((r) => sheet.getCell(r, 1).value)).toEqual(CAPTION);
    expect(sheet.getRow(HEADER).values).toEqual([undefined, ...TABLE.columns.map((c) => c.header)]);
    expect(sheet.getCell(HEADER, 3).font?.bold).toBe(true);
  });

  test('pane frozen below the header row; autofilter over header and rows', () => {
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: HEADER });
    expect(sheet.autoFilter).toBe(`A${HEADER}:E${HEADER + TABLE.rows.length}`);
  });

  test('numbers stay numbers, with thousands separators, two-decimal amounts, percent rates, plain years', () => {
    const row = sheet.getRow(HEADER + 1);
    expect(row.getCell(2).value).toBe(2021);
    expect(row.getCell(2).numFmt).toBe('0');
    expect(row.getCell(3).value).toBe(12345);
    expect(row.getCell(3).numFmt).toBe('#,##0');
    expect(row.getCell(4).value).toBe(1.5);
    expect(row.getCell(4).numFmt).toBe('#,##0.00');
    expect(row.getCell(5).value).toBe(0.853);
    expect(row.getCell(5).numFmt).toBe('0.0%');
  });

  test('null is an empty cell, never 0; a real 0 stays 0', () => {
    const missing = sheet.getRow(HEADER + 2);
    for (const c of [3, 4, 5]) {
      expect(missing.getCell(c).value).toBeNull();
      expect(missing.getCell(c).type).toBe(ExcelJS.ValueType.Null);
    }
    expect([3, 4, 5].map((c) => sheet.getRow(HEADER + 3).getCell(c).value)).toEqual([0, 0, 0]);
  });

  test('text that looks like a formula stays a string, not a formula', () => {
    const cell = sheet.getCell(HEADER + 2, 1);
    expect(cell.type).toBe(ExcelJS.ValueType.String);
    expect(cell.value).toBe('=HYPERLINK("http://x","点我")');
    expect(cell.formula).toBeUndefined();
    expect(sheet.getCell(HEADER + 3, 1).value).toBe('+86 电话');
  });

  test('Chinese text round-trips', () => {
    expect(sheet.getCell(HEADER + 1, 1).value).toBe('嘉兴市科学技术局');
    expect(sheet.getCell(HEADER, 4).value).toBe('收费金额（万元）');
  });

  test('column widths count CJK characters as two', () => {
    // 8 CJK characters = 16 columns, plus padding; the title in A1 does not widen column A.
    expect(sheet.getColumn(1).width).toBeGreaterThanOrEqual(displayWidth('=HYPERLINK("http://x","点我")'));
    expect(sheet.getColumn(4).width).toBeGreaterThanOrEqual(16);
    expect(sheet.getColumn(2).width).toBeLessThan(sheet.getColumn(4).width!);
  });
});

test('displayWidth: CJK and full-width characters are two columns, ASCII one', () => {
  expect(displayWidth('abc')).toBe(3);
  expect(displayWidth('公开率')).toBe(6);
  expect(displayWidth('（万元）')).toBe(8);
  expect(displayWidth('2024年5月1日')).toBe(12);
});

test('safeSheetName: Excel-forbidden characters replaced, at most 31 characters, never empty', () => {
  expect(safeSheetName('2019/2020: 公开率?')).toBe('2019 2020  公开率');
  expect([...safeSheetName('很'.repeat(40))]).toHaveLength(31);
  expect(safeSheetName('[]')).toBe('Sheet1');
});

test('an empty table still has title, caption and header', async () => {
  const sheet = await readBack(
    await tableToXlsx({
      sheetName: 'x',
      title: 't',
      captionLines: [],
      columns: [{ header: 'h', kind: 'count' }],
      rows: [],
    }),
  );
  expect(sheet.getCell('A1').value).toBe('t');
  expect(sheet.getCell('A2').value).toBe('h');
  expect(sheet.autoFilter).toBe('A2:A2');
});

test('the same table shape exports to CSV: headers, then bare values with null empty', () => {
  const csv = tableToCsv(TABLE, { bom: false }).split('\r\n');
  expect(csv[0]).toBe('机关,年度,新收申请,收费金额（万元）,公开率');
  expect(csv[1]).toBe('嘉兴市科学技术局,2021,12345,1.5,0.853');
  expect(csv[2]).toBe('"\'=HYPERLINK(""http://x"",""点我"")",2020,,,');
});
