/**
 * The export buttons give files that match the screen: the compare table as CSV (UTF-8 with BOM) and
 * Excel with the same columns and rows in the same order, and a chart as PNG (2× of 960 px) and SVG with
 * its title. An unknown chart name is refused with a 400 JSON answer.
 */
import { readFile } from 'node:fs/promises';
import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import sharp from 'sharp';
import { afterAll, describe, expect, it } from 'vitest';
import { appURL, closeBrowser, openPage, screenshot } from './browser';
import { expectChartsDrawn } from './page-ready';
import { compareTable, readTable, shownNumber, shownRate, type ShownTable } from './table-reader';

const TITLE = '政府信息公开工作年度报告对比表';
const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/** Clicks an export link and returns the downloaded bytes and the name the server suggested. */
async function download(page: Page, selector: string): Promise<{ bytes: Buffer; name: string }> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.locator(selector).first().click()]);
  const failure = await file.failure();
  if (failure) throw new Error(`download failed: ${failure}`);
  return { bytes: await readFile((await file.path())!), name: file.suggestedFilename() };
}

/** RFC 4180 fields: quoted fields may hold commas, quotes ("") and line breaks. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\n') {
      row.push(field.replace(/\r$/, ''));
      rows.push(row);
      row = [];
      field = '';
    } else field += ch;
  }
  if (field !== '' || row.length) rows.push([...row, field]);
  return rows;
}

/** A rate's base column and small-base flag column, after the rate's own in every export (issue 18). */
const BASE_HEADER = / 基数（件）$/;
const FLAG_HEADER = / 少于 \d+ 件$/;

/** Which file column holds each column on screen, and each rate's base and flag columns, by screen column. */
function fileColumns(header: string[]): { shown: number[]; base: Map<number, number>; flag: Map<number, number> } {
  const shown: number[] = [];
  const base = new Map<number, number>();
  const flag = new Map<number, number>();
  header.forEach((h, i) => {
    if (BASE_HEADER.test(h)) base.set(shown.length - 1, i);
    else if (FLAG_HEADER.test(h)) flag.set(shown.length - 1, i);
    else shown.push(i);
  });
  return { shown, base, flag };
}

/**
 * A file's header names the table's columns, a rate column with "(%)" after it in the CSV, and each rate column
 * followed by its base and its flag, named after it.
 */
function expectSameHeaders(file: string[], shown: string[], rateSuffix: boolean): void {
  const columns = fileColumns(file);
  expect(columns.shown).toHaveLength(shown.length);
  columns.shown.forEach((f, i) =>
    expect([shown[i], ...(rateSuffix ? [`${shown[i]} (%)`] : [])], `column ${i + 1}`).toContain(file[f]),
  );
  expect(columns.base.size).toBeGreaterThan(0);
  for (const [i, f] of columns.base) {
    expect(file[f]).toBe(`${shown[i]} 基数（件）`);
    expect(columns.flag.get(i), `flag of ${shown[i]}`).toBe(f + 1);
  }
}

/**
 * Each file cell against the cell on screen: text as shown, a blank for '—', numbers equal to the shown
 * number (a rate shown as 85.3% is 85.3 in the CSV and 0.853 in Excel, `rateScale` 100), a rate's n and
 * mark equal to its base and flag columns, and days late as its number (blank where 未知).
 */
function expectSameRows(
  file: (string | number | null)[][],
  header: string[],
  table: ShownTable,
  rateScale: number,
): void {
  const columns = fileColumns(header);
  expect(file).toHaveLength(table.rows.length);
  table.rows.forEach((shownRow, r) =>
    shownRow.forEach((shown, c) => {
      const value = file[r][columns.shown[c]];
      const where = `row ${r + 1} column ${table.headers[c]}`;
      if (shown === '—') return expect(value === null || value === '', where).toBe(true);
      // Days late reads as words and exports as the number: 逾期 5 天 is 5, 按时 zero or fewer, 未知 a blank.
      if (shown === '未知') return expect(value === null || value === '', where).toBe(true);
      if (shown === '按时') return expect(Number(value), where).toBeLessThanOrEqual(0);
      const late = /^逾期 ([\d,]+) 天$/.exec(shown);
      if (late) return expect(Number(value), where).toBe(shownNumber(late[1]));
      const rate = shownRate(shown);
      if (rate) {
        expect(Number(value) * rateScale, where).toBeCloseTo(rate.rate, 1);
        expect(Number(file[r][columns.base.get(c)!]), `${where} base`).toBe(rate.n);
        const flag = file[r][columns.flag.get(c)!];
        return expect(flag === '是', `${where} flag`).toBe(rate.marked);
      }
      const asNumber = /^[\d,.]+%?$/.test(shown) ? shownNumber(shown) : null;
      if (asNumber === null) return expect(String(value), where).toBe(shown);
      const scale = shown.endsWith('%') ? rateScale : 1;
      expect(Number(value) * scale, where).toBeCloseTo(asNumber, 1);
    }),
  );
}

describe('exports', () => {
  afterAll(closeBrowser);

  it('导出 CSV gives the table on screen, with a BOM', async () => {
    const { page, problems } = await openPage('/compare?sort=agency.asc');
    const table = await readTable(compareTable(page));
    const { bytes, name } = await download(page, 'a[data-export="csv"]');
    expect(name).toMatch(/\.csv$/);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = parseCsv(bytes.toString('utf8').replace(/^\uFEFF/, ''));
    expectSameHeaders(rows[0], table.headers, true);
    expectSameRows(rows.slice(1), rows[0], table, 1);
    expect(rows.slice(1).map((r) => r[0])).toEqual(table.rows.map((r) => r[0]));
    // 忻州 signed its 2020 report 5 days after the deadline; the others' dates are unknown.
    const late = rows[0].indexOf('逾期天数');
    expect(rows.slice(1).map((r) => r[late])).toEqual(table.rows.map((r) => (r[0] === '忻州市科学技术局' ? '5' : '')));
    expect(problems).toEqual([]);
  });

  it('导出 Excel gives a workbook with the title, the caption and the same rows', async () => {
    const { page, problems } = await openPage('/compare?sort=granted.desc');
    const table = await readTable(compareTable(page));
    const { bytes, name } = await download(page, 'a[data-export="xlsx"]');
    expect(name).toMatch(/\.xlsx$/);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0];
    let width = table.headers.length;
    const values = (n: number) =>
      Array.from({ length: width }, (_, c) => (sheet.getCell(n, c + 1).value ?? null) as string | number | null);
    expect(sheet.getCell(1, 1).value).toBe(TITLE);
    // Title, caption lines (filters in words, data date, source), then the header row.
    let header = 2;
    while (sheet.getCell(header, 1).value !== table.headers[0] && header < 12) header++;
    const caption = Array.from({ length: header - 2 }, (_, i) => String(sheet.getCell(2 + i, 1).value));
    expect(caption.some((l) => l.startsWith('筛选条件：'))).toBe(true);
    expect(caption.some((l) => l.startsWith('数据更新于：'))).toBe(true);
    expect(caption.some((l) => l.startsWith('数据来源：'))).toBe(true);
    // The file is wider than the screen by each rate's base and flag columns.
    while (sheet.getCell(header, width + 1).value !== null) width++;
    const fileHeader = values(header) as string[];
    expectSameHeaders(fileHeader, table.headers, false);
    const rows = Array.from({ length: sheet.rowCount - header }, (_, i) => values(header + 1 + i));
    expectSameRows(rows, fileHeader, table, 100);
    expect(problems).toEqual([]);
  });

  it('a chart exports as a 1920 px PNG and as an SVG with its title', async () => {
    const { page, problems } = await openPage('/compare');
    // The accessible name is the chart's title (the caption is its description, aria-describedby).
    const [label] = await expectChartsDrawn(page, 1);
    const title = label.split('。')[0];
    expect(title).toBe('本年新收政府信息公开申请数：前 15 名');
    const panel = 'section.panel[data-chart="top"]';

    const png = await download(page, `${panel} a[data-export="png"]`);
    expect(png.name).toMatch(/\.png$/);
    expect([...png.bytes.subarray(0, 8)]).toEqual(PNG_SIGNATURE);
    const meta = await sharp(png.bytes).metadata();
    expect(meta.format).toBe('png');
    expect(meta.width).toBe(1920);

    const svg = await download(page, `${panel} a[data-export="svg"]`);
    expect(svg.name).toMatch(/\.svg$/);
    const text = svg.bytes.toString('utf8');
    expect(text).toMatch(/<svg[\s>]/);
    expect(text).toContain(title);
    await screenshot(page, 'exports-compare');
    expect(problems).toEqual([]);
  });

  it('/api/chart refuses an unknown chart with 400 JSON', async () => {
    const response = await fetch(appURL('/api/chart?chart=no-such-chart&format=png'));
    expect(response.status).toBe(400);
    expect(response.headers.get('content-type')).toMatch(/application\/json/);
    expect(await response.json()).toEqual({ error: 'unknown chart "no-such-chart"' });
  });
});
