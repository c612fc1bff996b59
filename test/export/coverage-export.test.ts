/**
 * GET /api/export/coverage as Next calls it, against the app database (a temp file holding the coverage fixture):
 * the matrix as XLSX, made on a real worker thread and opened again with ExcelJS — title, caption, header, one
 * row per agency with each year in words; `show` narrows the rows as on the page.
 */
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { tempDir } from '../support/temp-db';

process.env.DATABASE_URL = `file:${path.join(tempDir(), 'coverage-export.db')}`;
const { GET } = await import('../../app/api/export/coverage/route');
const { endIdleThreads } = await import('../../lib/export/export-thread');
const { appDatabase } = await import('../../db/app-database');
const { prepareDatabase } = await import('../../lib/ingest/seed-samples');
const { coverageDatabase } = await import('../db-queries/coverage-fixture');

const get = (query: string) => GET(new Request(`http://localhost/api/export/coverage?${query}`));

async function sheetOf(res: Response): Promise<ExcelJS.Worksheet> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(await res.arrayBuffer());
  return workbook.worksheets[0];
}

/** The rows after the header row (the one whose first cell is `header`), as their cells' values. */
function rowsAfter(sheet: ExcelJS.Worksheet, header: string): unknown[][] {
  const rows: unknown[][] = [];
  sheet.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
  const at = rows.findIndex((r) => r[0] === header);
  expect(at).toBeGreaterThan(0);
  return rows.slice(at);
}

let db: Awaited<ReturnType<typeof prepareDatabase>>;
beforeAll(async () => {
  db = await prepareDatabase({ samples: false });
  await coverageDatabase(db);
}, 120_000);
afterAll(async () => {
  await endIdleThreads();
  (await appDatabase()).$client.close();
  db.$client.close();
});

describe('the coverage matrix as XLSX', () => {
  test('title and caption, the header, then every agency with each year in words', async () => {
    const res = await get('format=xlsx');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('spreadsheetml');
    expect(res.headers.get('content-disposition')).toContain('.xlsx');
    const sheet = await sheetOf(res);
    expect(sheet.getCell(1, 1).value).toBe('年报覆盖与及时性 · 全部机构');
    expect(String(sheet.getCell(2, 1).value)).toContain('全国');
    const [header, ...rows] = rowsAfter(sheet, '机构');
    expect(header).toEqual(['机构', '地区', '机构类型', '在名单上', '2019', '2020', '2021', '2022']);
    expect(rows).toHaveLength(8);
    const jiaxing = rows.find((r) => r[0] === '嘉兴市科学技术局');
    expect(jiaxing).toEqual([
      '嘉兴市科学技术局',
      '浙江省 嘉兴市',
      '科技局',
      '是',
      '缺报（名单）',
      '已替换',
      '缺报（前后有报告）',
      '逾期 29 天',
    ]);
    const daye = rows.find((r) => r[0] === '大冶市科技局');
    // A year with no report and none expected is an empty cell.
    expect(daye?.slice(3)).toEqual([undefined, '日期未知']);
  });

  test('show=late: only the agencies with a late report; in English', async () => {
    const sheet = await sheetOf(await get('show=late&lang=en&format=xlsx'));
    expect(sheet.getCell(1, 1).value).toBe('Report coverage and timeliness · With a late report');
    const [, ...rows] = rowsAfter(sheet, 'Agency');
    expect(rows.map((r) => [r[0], r.at(-1)])).toEqual([
      ['嘉兴市科学技术局', '29 days late'],
      ['忻州市科学技术局', 'on time'],
    ]);
  });

  test('CSV too; an unknown format is a 400', async () => {
    const csv = await (await get('show=stopped&format=csv')).text();
    expect(csv.split('\r\n').filter(Boolean)).toHaveLength(1 + 3);
    expect((await get('format=pdf')).status).toBe(400);
  });
});
