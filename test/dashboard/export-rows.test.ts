/**
 * The compare table as the exports write it: each rate followed by its base and a small-base flag, so an
 * exported rate never loses the count it rests on (issue 18) — checked on the pure table and on real CSV and
 * XLSX files of the five samples, where the XLSX keeps rates and bases as numbers with their formats.
 */
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Db } from '../../db/client';
import { exportCompare } from '../../lib/dashboard/compare-export';
import { exportTable } from '../../lib/dashboard/table/export-rows';
import type { TableColumn, TableRow } from '../../lib/dashboard/table/table-spec';
import { SMALL_BASE } from '../../lib/format/rate-base';
import { prepareDatabase } from '../../lib/ingest/seed-samples';
import { parseViewState } from '../../lib/view-state/view-state';
import { tempDatabase } from '../support/temp-db';

const COLUMNS: TableColumn[] = [
  { id: 'agency', header: '机构', kind: 'text' },
  { id: 'handled', header: '办结', kind: 'count' },
  { id: 'disclosureRate', header: '公开率', kind: 'rate' },
];
const ROWS: TableRow[] = [
  { key: '1', cells: { agency: '甲', handled: 3, disclosureRate: 1 }, bases: { disclosureRate: 3 } },
  { key: '2', cells: { agency: '乙', handled: 400, disclosureRate: 0.5 }, bases: { disclosureRate: 400 } },
  { key: '3', cells: { agency: '丙', handled: 0, disclosureRate: null }, bases: { disclosureRate: 0 } },
  { key: '4', cells: { agency: '丁', handled: null, disclosureRate: null }, bases: { disclosureRate: null } },
];

describe('exportTable', () => {
  test('a rate column is followed by its base and its small-base flag', () => {
    const t = exportTable(COLUMNS, ROWS, 'zh');
    expect(t.columns).toEqual([
      { header: '机构', kind: 'text' },
      { header: '办结', kind: 'count' },
      { header: '公开率', kind: 'rate' },
      { header: '公开率 基数（件）', kind: 'count' },
      { header: `公开率 少于 ${SMALL_BASE} 件`, kind: 'text' },
    ]);
    expect(t.rows).toEqual([
      ['甲', 3, 1, 3, '是'],
      ['乙', 400, 0.5, 400, null],
      // No rate: the base still says why (none handled); nothing to flag.
      ['丙', 0, null, 0, null],
      ['丁', null, null, null, null],
    ]);
  });

  test('in English', () => {
    const t = exportTable(COLUMNS, ROWS, 'en');
    expect(t.columns.slice(3).map((c) => c.header)).toEqual(['公开率 base (n)', `公开率 under ${SMALL_BASE} cases`]);
    expect(t.rows[0][4]).toBe('yes');
  });

  test('a table without rates is exported as it is', () => {
    const t = exportTable(COLUMNS.slice(0, 2), ROWS, 'zh');
    expect(t.columns).toHaveLength(2);
    expect(t.rows[0]).toEqual(['甲', 3]);
  });
});

describe('exportCompare on the five samples', () => {
  let db: Db;
  beforeAll(async () => {
    ({ db } = await tempDatabase());
    await prepareDatabase({ db });
  }, 60_000);
  afterAll(() => db.$client.close());
  const state = parseViewState(new URLSearchParams('sort=agency.asc&columns=handled,disclosureRate'));

  test('CSV: the rate in percent, then its base and the flag', async () => {
    const file = await exportCompare(db, state, 'csv');
    if (!file.ok) throw new Error('refused');
    const lines = String(file.body)
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    const header = lines[0].split(',');
    const at = header.indexOf('公开率 (%)');
    expect(header.slice(at, at + 3)).toEqual(['公开率 (%)', '公开率 基数（件）', `公开率 少于 ${SMALL_BASE} 件`]);
    const jiaxing = lines.find((l) => l.startsWith('嘉兴市科学技术局'))!.split(',');
    expect(jiaxing.slice(at, at + 3)).toEqual(['100', '3', '是']);
  });

  test('XLSX: rate and base stay numbers under their formats; the caption says what the columns are', async () => {
    const file = await exportCompare(db, state, 'xlsx');
    if (!file.ok) throw new Error('refused');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(file.body as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0];
    let header = 1;
    while (sheet.getCell(header, 1).value !== '机构') header++;
    const caption = Array.from({ length: header - 2 }, (_, i) => String(sheet.getCell(2 + i, 1).value));
    expect(caption.some((l) => l.includes('基数') && l.includes(`少于 ${SMALL_BASE} 件`))).toBe(true);
    const headers = (sheet.getRow(header).values as unknown[]).slice(1);
    const rateAt = headers.indexOf('公开率') + 1;
    expect(headers[rateAt]).toBe('公开率 基数（件）');
    let row = header + 1;
    while (sheet.getCell(row, 1).value !== '嘉兴市科学技术局') row++;
    const [rate, base, flag] = [0, 1, 2].map((i) => sheet.getCell(row, rateAt + i));
    expect([rate.value, rate.numFmt]).toEqual([1, '0.0%']);
    expect([base.value, base.numFmt]).toEqual([3, '#,##0']);
    expect(flag.value).toBe('是');
  });

  test('days late is a number column in both files: 忻州 5 (signed 5 days late), blank where unknown; the XLSX says how to read it', async () => {
    const csv = await exportCompare(db, state, 'csv');
    if (!csv.ok) throw new Error('refused');
    const lines = String(csv.body)
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    const at = lines[0].split(',').indexOf('逾期天数');
    expect(lines[0].split(',').slice(at + 1, at + 4)).toEqual(['报告评分', '原创性', '错误']);
    const byAgency = Object.fromEntries(lines.slice(1).map((l) => [l.split(',')[0], l.split(',')[at]]));
    expect(byAgency).toMatchObject({ 忻州市科学技术局: '5', 嘉兴市科学技术局: '', 大冶市科技局: '' });
    // Every agency-year has a score, 0–100 to one decimal.
    for (const line of lines.slice(1)) expect(line.split(',')[at + 1]).toMatch(/^(100|\d{1,2})(\.\d)?$/);

    const xlsx = await exportCompare(db, state, 'xlsx');
    if (!xlsx.ok) throw new Error('refused');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx.body as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0];
    let header = 1;
    while (sheet.getCell(header, 1).value !== '机构') header++;
    const caption = Array.from({ length: header - 2 }, (_, i) => String(sheet.getCell(2 + i, 1).value));
    expect(caption.some((l) => l.startsWith('逾期天数：') && l.includes('零或负数为按时'))).toBe(true);
    expect(caption.some((l) => l.startsWith('报告评分（0–100）') && l.includes('完整性 30%'))).toBe(true);
    const column = (sheet.getRow(header).values as unknown[]).indexOf('逾期天数');
    let row = header + 1;
    while (sheet.getCell(row, 1).value !== '忻州市科学技术局') row++;
    expect(sheet.getCell(row, column).value).toBe(5);
    expect(sheet.getCell(row === header + 1 ? row + 1 : header + 1, column).value).toBeNull();
  });

  test('agency rows have no days-late column', async () => {
    const file = await exportCompare(db, { ...state, by: 'agency' }, 'csv');
    if (!file.ok) throw new Error('refused');
    expect(String(file.body).split('\r\n')[0]).not.toContain('逾期天数');
  });
});
