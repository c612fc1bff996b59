/**
 * The coverage tab of the data-quality page (issue 16) in a browser, on a server of its own holding the coverage
 * fixture (the samples, a late and an on-time later year with a gap before each, a corrected report, an agency list
 * with entries no agency answers), so the other test files' five-report server is untouched. Read as an evaluator
 * reads it: the completeness per province with n, the timeliness per year, a matrix whose cells carry a symbol as
 * well as a colour, the row filters, the drill-down into a province, and the matrix downloaded as XLSX.
 */
import path from 'node:path';
import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../db/client';
import { prepareDatabase } from '../../lib/ingest/seed-samples';
import { coverageDatabase } from '../db-queries/coverage-fixture';
import { type AppServer, OUTPUT_DIR, startServer } from './app-server';
import { closeBrowser, openPage, screenshot } from './browser';
import { readTable } from './table-reader';

let server: AppServer;
const at = (p: string) => new URL(p, server.baseURL).toString();

/** The matrix as shown: each row's agency name and, per year, the symbol the eye reads and the state behind it. */
async function readMatrix(page: Page) {
  return page.locator('[data-coverage-matrix] tbody tr').evaluateAll((rows) =>
    rows.map((tr) => ({
      name: tr.querySelector('td [translate="no"]')?.textContent ?? '',
      cells: [...tr.querySelectorAll('td[data-state]')].map((td) =>
        `${td.getAttribute('data-state')} ${td.querySelector('[aria-hidden]')?.textContent ?? ''}`.trim(),
      ),
    })),
  );
}

describe('coverage and timeliness', () => {
  beforeAll(async () => {
    server = await startServer({ seed: false, log: path.join(OUTPUT_DIR, 'e2e-coverage-server.log') });
    const db = await openDatabase({ url: server.databaseUrl });
    try {
      await prepareDatabase({ db, samples: false });
      await coverageDatabase(db);
    } finally {
      db.$client.close();
    }
  }, 180_000);
  afterAll(async () => {
    await closeBrowser();
    await server?.stop();
  });

  it('the country: completeness per province with n, timeliness per year, and the matrix with its legend', async () => {
    const { page, response, problems } = await openPage(at('/quality/coverage'));
    expect(response?.status()).toBe(200);
    await expect(page.locator('[data-coverage-headline]').innerText()).resolves.toBe(
      '全国 2019–2022 年：应报 25 个机构年度，已报 7，完整率 28.0%，缺报 18。 已报的报告中：按时 1，逾期 2，发布日期未知 4。',
    );
    const regions = await readTable(page.locator('[data-coverage-regions] table'));
    expect(regions.headers).toEqual([
      '地区',
      '应报',
      '已报',
      '按时',
      '逾期',
      '日期未知',
      '缺报（前后有报告）',
      '缺报（名单）',
      '完整率',
    ]);
    expect(regions.rows.at(-1)).toEqual(['合计', '25', '7', '1', '2', '4', '2', '16', '28.0% n=25†']);
    expect(regions.rows.map((r) => r[0])).toContain('浙江省');
    const years = await readTable(page.locator('[data-coverage-timeliness] table'));
    expect(years.rows).toEqual([
      ['2019', '1', '0', '0', '0', '—', '—', '1'],
      ['2020', '3', '1', '0', '1', '0.0% n=1†', '5 天', '2'],
      ['2021', '1', '0', '0', '0', '—', '—', '1'],
      ['2022', '2', '2', '1', '1', '50.0% n=2†', '29 天', '0'],
    ]);
    const matrix = await readMatrix(page);
    expect(matrix).toHaveLength(8);
    expect(matrix.find((r) => r.name === '嘉兴市科学技术局')?.cells).toEqual([
      'list ○',
      'replaced ↻',
      'gap ✗',
      'late +29',
    ]);
    expect(matrix.find((r) => r.name === '忻州市科学技术局')?.cells).toEqual([
      'none ·',
      'late +5',
      'gap ✗',
      'on-time ✓',
    ]);
    // Every state the legend names, with its symbol: colour is never the only sign.
    await expect(page.locator('[data-coverage-legend]').innerText()).resolves.toMatch(
      /✓\s*按时发布.*\+12\s*逾期发布.*\?\s*已发布，日期未知.*↻\s*曾被更正版本替换.*✗\s*缺报：前后年度都有报告.*○\s*缺报：在机构名单上/s,
    );
    await expect(page.locator('[data-coverage-stopped]').innerText()).resolves.toBe(
      '3 家机构已停报：最后一份报告早于 2022 年。',
    );
    await expect(page.locator('[data-coverage-scope]').innerText()).resolves.toContain(
      '已导入机构名单：5 家，其中 3 家尚无任何报告',
    );
    await screenshot(page, 'coverage');
    expect(problems).toEqual([]);
  });

  it('the row filters and the drill-down into a province keep each other', async () => {
    const { page, problems } = await openPage(at('/quality/coverage'));
    await page.locator('[data-coverage-shows] a', { hasText: '有逾期' }).click();
    await page.waitForURL((u) => u.searchParams.get('show') === 'late');
    await expect
      .poll(async () => (await readMatrix(page)).map((r) => r.name))
      .toEqual(['嘉兴市科学技术局', '忻州市科学技术局']);
    await page.locator('[data-coverage-regions] a', { hasText: '浙江省' }).click();
    await page.waitForURL((u) => u.searchParams.get('region') === '330000');
    expect(new URL(page.url()).searchParams.get('show')).toBe('late');
    const regions = await readTable(page.locator('[data-coverage-regions] table'));
    expect(regions.rows.map((r) => r[0])).toEqual(['杭州市', '温州市', '嘉兴市', '合计']);
    expect((await readMatrix(page)).map((r) => r.name)).toEqual(['嘉兴市科学技术局']);
    await screenshot(page, 'coverage-zhejiang');
    expect(problems).toEqual([]);
  });

  it('the matrix downloads as XLSX: one row per agency, each year in words', async () => {
    const { page, problems } = await openPage(at('/quality/coverage'));
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.locator('[data-export="coverage-xlsx"]').click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^年报覆盖与及时性.*\.xlsx$/);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile((await download.path())!);
    const rows: unknown[][] = [];
    workbook.worksheets[0].eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
    const header = rows.findIndex((r) => r[0] === '机构');
    expect(rows[header]).toEqual(['机构', '地区', '机构类型', '在名单上', '2019', '2020', '2021', '2022']);
    expect(rows.slice(header + 1)).toHaveLength(8);
    expect(rows.find((r) => r[0] === '忻州市科学技术局')?.slice(5)).toEqual([
      '逾期 5 天',
      '缺报（前后有报告）',
      '按时',
    ]);
    expect(problems).toEqual([]);
  });

  it('in English, and reached from the findings tab with the filters kept', async () => {
    const { page, problems } = await openPage(at('/quality?lang=en&from=2020'));
    await page.locator('[data-quality-tabs] a', { hasText: 'Coverage and timeliness' }).click();
    await page.waitForURL((u) => u.pathname === '/quality/coverage');
    expect(new URL(page.url()).searchParams.get('from')).toBe('2020');
    await expect(page.locator('#coverage-regions').innerText()).resolves.toBe('Completeness by region');
    await expect(page.locator('[data-coverage-matrix] thead').innerText()).resolves.toMatch(/2020\s+2021\s+2022/);
    await screenshot(page, 'coverage-en');
    expect(problems).toEqual([]);
  });
});
