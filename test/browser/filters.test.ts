/**
 * The filter bar writes every choice into the URL: the province and city selects set `region`, the year
 * selects set `year` or `from`/`to`, the compare rows narrow to match, a reload of the URL shows the same
 * view (it can be bookmarked and sent on), and the nav carries the filters to the other pages.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { closeBrowser, openPage, screenshot } from './browser';
import { waitForHydration } from './page-ready';
import { column, compareTable, expectAgencies, readTable } from './table-reader';

const ALL = ['嘉兴市科学技术局', '大冶市科技局', '上高县科技局', '吴忠市科学技术局', '忻州市科学技术局'];
const params = (url: string) => Object.fromEntries(new URL(url).searchParams);

describe('filters', () => {
  afterAll(closeBrowser);

  it('province, then city, then years: the URL holds them, a reload keeps them, the nav carries them', async () => {
    const { page, problems } = await openPage('/compare');
    const province = page.getByLabel('省份');
    await waitForHydration(province);
    await expectAgencies(page, ALL, true);

    // By value: the label carries the province's report count (浙江省（1 份报告）).
    await province.selectOption('330000');
    await page.waitForURL((u) => u.searchParams.get('region') === '330000');
    await expectAgencies(page, ['嘉兴市科学技术局']);
    await screenshot(page, 'filters-province');

    const city = page.getByLabel('地市');
    await waitForHydration(city);
    await city.selectOption('330400');
    await page.waitForURL((u) => u.searchParams.get('region') === '330400');
    await expectAgencies(page, ['嘉兴市科学技术局']);

    await page.getByLabel('起始年度').selectOption('2020');
    await page.waitForURL((u) => u.searchParams.get('from') === '2020');
    await page.getByLabel('截止年度').selectOption('2020');
    // One year is written as year=, not from= and to=.
    await page.waitForURL((u) => u.searchParams.get('year') === '2020');
    expect(params(page.url())).toEqual({ region: '330400', year: '2020' });
    await expectAgencies(page, ['嘉兴市科学技术局']);

    // Bookmarkable: the same URL, loaded afresh, shows the same selects and rows.
    const bookmark = page.url();
    await page.goto(bookmark, { waitUntil: 'load' });
    expect(page.url()).toBe(bookmark);
    await expect(page.getByLabel('省份').inputValue()).resolves.toBe('330000');
    await expect(page.getByLabel('地市').inputValue()).resolves.toBe('330400');
    await expect(page.getByLabel('起始年度').inputValue()).resolves.toBe('2020');
    await expect(page.getByLabel('截止年度').inputValue()).resolves.toBe('2020');
    await expectAgencies(page, ['嘉兴市科学技术局']);
    await screenshot(page, 'filters-bookmark');

    // The nav link to 总览 carries the filters, and the overview counts only that one report.
    const overview = page.getByRole('navigation', { name: '页面' }).getByRole('link', { name: '总览' });
    expect(params(new URL((await overview.getAttribute('href'))!, page.url()).toString())).toEqual({
      region: '330400',
      year: '2020',
    });
    await overview.click();
    await page.waitForURL((u) => u.pathname === '/');
    expect(params(page.url())).toEqual({ region: '330400', year: '2020' });
    const reports = page.locator('.card', { has: page.locator('.label', { hasText: '年报数' }) }).locator('.value');
    await expect.poll(() => reports.innerText(), { timeout: 15_000 }).toBe('1');
    await expect(page.getByLabel('地市').inputValue()).resolves.toBe('330400');
    await screenshot(page, 'filters-overview');
    expect(problems).toEqual([]);
  });

  it('the year selects narrow the rows to those years', async () => {
    const { page, problems } = await openPage('/compare');
    const from = page.getByLabel('起始年度');
    await waitForHydration(from);

    await from.selectOption('2020');
    await page.waitForURL((u) => u.searchParams.get('from') === '2020');
    expect(params(page.url())).toEqual({ from: '2020' });
    // 2019 (大冶) drops out; the three 2020 reports and 吴忠 2021 stay.
    await expectAgencies(
      page,
      ALL.filter((a) => a !== '大冶市科技局'),
      true,
    );
    const years = column(await readTable(compareTable(page)), '年度');
    expect(years.every((y) => Number(y) >= 2020)).toBe(true);

    await page.getByLabel('截止年度').selectOption('2020');
    await page.waitForURL((u) => u.searchParams.get('year') === '2020');
    expect(params(page.url())).toEqual({ year: '2020' });
    await expectAgencies(page, ['嘉兴市科学技术局', '上高县科技局', '忻州市科学技术局'], true);
    expect(column(await readTable(compareTable(page)), '年度')).toEqual(['2020', '2020', '2020']);
    await screenshot(page, 'filters-years');

    // 清除筛选 drops them all again.
    await page.getByRole('link', { name: '清除筛选' }).click();
    await page.waitForURL((u) => u.search === '');
    await expectAgencies(page, ALL, true);
    expect(problems).toEqual([]);
  });
});
