/**
 * What a view counts, in words (issue 18): regions named in English on English pages (filter boxes, heading,
 * caption, compare table), the overview's line saying what the data covers — its figures read from the
 * server's own database — and the province box showing which provinces have reports.
 */
import { createClient } from '@libsql/client';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { formatYearRange } from '../../lib/format/date';
import { closeBrowser, openPage, screenshot } from './browser';
import { expectChartsDrawn } from './page-ready';
import { column, compareTable, readTable } from './table-reader';

/** The selected option's text of the select labelled `label`. */
const shownChoice = (page: Awaited<ReturnType<typeof openPage>>['page'], label: string) =>
  page.getByLabel(label).evaluate((el) => (el as HTMLSelectElement).selectedOptions[0]?.textContent ?? '');

interface Coverage {
  years: number[];
  provinces: Map<string, number>;
  agencies: number;
  reports: number;
}

/** What the server's database holds, counted from its reports (the page reads its rollups). */
async function coverageInDatabase(): Promise<Coverage> {
  const db = createClient({ url: inject('databaseUrl') });
  try {
    const years = (
      await db.execute('SELECT DISTINCT year FROM report_metrics WHERE synthetic = 0 ORDER BY year')
    ).rows.map((r) => Number(r.year));
    const provinces = new Map(
      (
        await db.execute(
          `SELECT province_code AS code, count(*) AS n FROM report_metrics
           WHERE synthetic = 0 AND province_code IS NOT NULL GROUP BY province_code`,
        )
      ).rows.map((r) => [String(r.code), Number(r.n)]),
    );
    const [totals] = (
      await db.execute(
        'SELECT count(*) AS reports, count(DISTINCT agency_id) AS agencies FROM report_metrics WHERE synthetic = 0',
      )
    ).rows;
    return { years, provinces, agencies: Number(totals.agencies), reports: Number(totals.reports) };
  } finally {
    db.close();
  }
}

describe('view words', () => {
  let data: Coverage;
  beforeAll(async () => {
    data = await coverageInDatabase();
  });
  afterAll(closeBrowser);

  it('/region?region=330400&lang=en: the region in English in the boxes, heading, line and caption', async () => {
    const { page, problems } = await openPage('/region?region=330400&lang=en');
    await expectChartsDrawn(page, 1);
    await screenshot(page, 'view-words-region-en');
    await expect(shownChoice(page, 'Province')).resolves.toMatch(/^Zhejiang \(\d+ reports?\)$/);
    await expect(shownChoice(page, 'City')).resolves.toMatch(/^Jiaxing \(\d+ reports?\)$/);
    await expect(page.locator('h1').innerText()).resolves.toBe('Region: Jiaxing, Zhejiang');
    await expect(page.locator('[data-filter-words]').innerText()).resolves.toBe(
      'Showing: Jiaxing, Zhejiang · all years',
    );
    // The chart's caption says the same words (its description, which screen readers read and exports print).
    const description = await page.locator('figure p[hidden]').first().textContent();
    expect(description).toContain('Jiaxing, Zhejiang · all years');
    // No Chinese region name is left in any region box.
    const regionOptions = await page
      .locator('select[name=province] option, select[name=city] option, select[name=county] option')
      .allTextContents();
    expect(regionOptions.filter((t) => /[\u3400-\u9fff]/.test(t))).toEqual([]);
    expect(problems).toEqual([]);
  });

  it('/region in Chinese: the heading says the whole country as the captions do', async () => {
    const { page, problems } = await openPage('/region');
    await expectChartsDrawn(page, 1);
    await screenshot(page, 'view-words-region-zh');
    await expect(page.locator('h1').innerText()).resolves.toBe('地区：全国');
    await expect(page.locator('[data-filter-words]').innerText()).resolves.toBe('当前筛选：全国 · 全部年份');
    expect(problems).toEqual([]);
  });

  it('/?region=999999&lang=en: the province box and the line say the code is unknown, never every province', async () => {
    const { page, problems } = await openPage('/?region=999999&lang=en');
    await expect(shownChoice(page, 'Province')).resolves.toBe('unknown region code 999999');
    await expect(page.locator('[data-filter-words]').innerText()).resolves.toBe(
      'Showing: unknown region code 999999 · all years',
    );
    expect(problems).toEqual([]);
  });

  it('/compare?lang=en: the region column in English, from the place up', async () => {
    const { page, problems } = await openPage('/compare?lang=en');
    const table = await readTable(compareTable(page));
    const regions = column(table, 'Region');
    const jiaxing = table.rows.findIndex((r) => r[0] === '嘉兴市科学技术局');
    expect(regions[jiaxing]).toBe('Jiaxing, Zhejiang');
    expect(regions.filter((r) => /[\u3400-\u9fff]/.test(r))).toEqual([]);
    expect(problems).toEqual([]);
  });

  it('/ says what the data covers, with the figures the database holds', async () => {
    const { page, problems } = await openPage('/');
    await expectChartsDrawn(page, 4);
    await screenshot(page, 'view-words-overview-zh');
    await expect(page.locator('[data-coverage]').innerText()).resolves.toBe(
      `数据覆盖 ${formatYearRange(data.years, 'zh')} · 31 个省份中的 ${data.provinces.size} 个 · ` +
        `${data.agencies} 个机构 · ${data.reports} 份报告`,
    );
    expect(problems).toEqual([]);

    const en = await openPage('/?lang=en');
    await expectChartsDrawn(en.page, 4);
    await screenshot(en.page, 'view-words-overview-en');
    await expect(en.page.locator('[data-coverage]').innerText()).resolves.toBe(
      `The data covers ${formatYearRange(data.years, 'en')} · ${data.provinces.size} of 31 provinces · ` +
        `${data.agencies} agencies · ${data.reports} reports`,
    );
    expect(en.problems).toEqual([]);
  });

  it('the province box lists provinces with reports first, with their counts, and the rest under 无数据', async () => {
    const { page, problems } = await openPage('/');
    const box = page.locator('select[name=province]');
    const withReports = await box
      .locator(':scope > option')
      .evaluateAll((els) =>
        els.map((e) => ({ value: (e as HTMLOptionElement).value, text: e.textContent ?? '' })).filter((o) => o.value),
      );
    expect(Object.fromEntries(withReports.map((o) => [o.value, o.text.replace(/^.*（(\d+) 份报告）$/, '$1')]))).toEqual(
      Object.fromEntries([...data.provinces].map(([code, n]) => [code, String(n)])),
    );
    expect(withReports.find((o) => o.value === '330000')?.text).toBe(
      `浙江省（${data.provinces.get('330000')} 份报告）`,
    );
    const without = box.locator('optgroup[label="无数据"] option');
    expect(await without.count()).toBe(31 - data.provinces.size);
    await expect(without.first().textContent()).resolves.toBe('北京市');
    expect(problems).toEqual([]);
  });
});
