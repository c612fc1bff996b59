/**
 * The language switch: English puts lang=en in the URL and the page's words in English, keeping the
 * filters; switching back drops lang and shows Chinese again with the same filters.
 */
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { closeBrowser, openPage, screenshot } from './browser';
import { expectChartsDrawn } from './page-ready';
import { column, compareTable, readTable } from './table-reader';

const FILTERS = { region: '330000', year: '2020' };
const params = (url: string) => Object.fromEntries(new URL(url).searchParams);

/** The visible words of the page's chrome: nav, filter labels, headings, card labels, buttons. */
const chromeText = (page: Page) =>
  page.locator('header.topbar, .page-head, form.filters, .cards .label, .chart-tools').allInnerTexts();

describe('language', () => {
  afterAll(closeBrowser);

  it('English and back keeps the filters', async () => {
    const { page, problems } = await openPage('/?region=330000&year=2020');
    await expectChartsDrawn(page, 1);
    await expect(page.locator('h1').innerText()).resolves.toBe('总览');

    const toEnglish = page.locator('a.lang-switch');
    await expect(toEnglish.innerText()).resolves.toBe('English');
    await toEnglish.click();
    await page.waitForURL((u) => u.searchParams.get('lang') === 'en');
    expect(params(page.url())).toEqual({ lang: 'en', ...FILTERS });
    await expect.poll(() => page.locator('h1').innerText(), { timeout: 15_000 }).toBe('Overview');
    await expectChartsDrawn(page, 1);
    await screenshot(page, 'language-en-overview');

    const nav = page.getByRole('navigation', { name: 'Pages' });
    await expect(nav.innerText()).resolves.toMatch(/Overview[\s\S]*Compare[\s\S]*Regions/);
    for (const label of ['Province', 'From', 'To', 'Agency type', 'Form']) {
      // The label's text runs on into its options' ("FromAny2019…"), so match the start only.
      expect(await page.getByLabel(new RegExp(`^${label}(?![a-z])`)).count(), label).toBe(1);
    }
    expect(await page.locator('.cards .label').allInnerTexts()).toEqual(
      expect.arrayContaining(['Reports', 'Agencies']),
    );
    // Every word of the page's frame is English; only names (places, agencies) may stay Chinese.
    const frame = (await chromeText(page)).join('\n');
    expect(frame).not.toMatch(/总览|对比|筛选|起始年度|截止年度|年报数|导出|指标定义/);
    // The filters are kept, and the nav carries them on in English.
    await expect(page.getByLabel(/^Province(?![a-z])/).inputValue()).resolves.toBe('330000');
    await expect(page.getByLabel(/^From(?![a-z])/).inputValue()).resolves.toBe('2020');
    const compare = nav.getByRole('link', { name: 'Compare' });
    expect(params(new URL((await compare.getAttribute('href'))!, page.url()).toString())).toEqual({
      lang: 'en',
      ...FILTERS,
    });

    const toChinese = page.locator('a.lang-switch');
    await expect(toChinese.innerText()).resolves.toBe('中文');
    await toChinese.click();
    await page.waitForURL((u) => !u.searchParams.has('lang'));
    expect(params(page.url())).toEqual(FILTERS);
    await expect.poll(() => page.locator('h1').innerText(), { timeout: 15_000 }).toBe('总览');
    await expect(page.getByRole('navigation', { name: '页面' }).innerText()).resolves.toMatch(/总览[\s\S]*对比/);
    await expect(page.getByLabel('省份').inputValue()).resolves.toBe('330000');
    expect(problems).toEqual([]);
  });

  it('the data-gap headers say "missing", never "No …", which read as zero (issue 18)', async () => {
    const { page, problems } = await openPage('/?lang=en');
    const headers = await page.locator('table.data').last().locator('thead th').allInnerTexts();
    expect(headers).toContain('New requests missing');
    expect(headers.some((h) => /^No /.test(h))).toBe(false);
    expect(problems).toEqual([]);
  });

  it('the compare page in English: headers, exports and pager', async () => {
    const { page, problems } = await openPage('/compare?lang=en&sort=agency.asc');
    await expectChartsDrawn(page, 1);
    await screenshot(page, 'language-en-compare');
    await expect(page.locator('h1').innerText()).resolves.toBe('Compare');
    const headers = await page.locator('table.data thead tr').last().locator('th').allInnerTexts();
    expect(headers[0]).toMatch(/^Agency/);
    expect(headers.join(' ')).not.toMatch(/[\u4e00-\u9fff]/);
    const late = column(await readTable(compareTable(page)), 'Days late');
    expect([...late].sort()).toEqual(['5 days late', 'unknown', 'unknown', 'unknown', 'unknown']);
    await expect(page.locator('a[data-export="csv"]').innerText()).resolves.toBe('CSV');
    await expect(page.locator('nav.pager').innerText()).resolves.toMatch(/Page 1 of 1[\s\S]*5 rows/);
    expect(problems).toEqual([]);
  });
});
