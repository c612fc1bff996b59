/**
 * Sorting on the compare page belongs to the server: a header click is a link that writes
 * `sort=<column>.<asc|desc>` into the URL, and the rows come back in that order — numbers in order with
 * blanks (—) last either way, agency names in pinyin order. The pager shows the page and row counts.
 */
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { closeBrowser, openPage, screenshot } from './browser';
import { column, compareTable, readTable, shownNumber } from './table-reader';

const pinyin = new Intl.Collator('zh-Hans-CN-u-co-pinyin');

/** Clicks the sort link of a header and waits until the URL and the header's aria-sort agree. */
async function clickHeader(page: Page, header: string, expected: string): Promise<void> {
  const th = page.locator('table.data thead th', { has: page.locator('a.sort', { hasText: header }) });
  await th.locator('a.sort').click();
  await page.waitForURL((u) => u.searchParams.get('sort') === expected);
  const direction = expected.endsWith('.desc') ? 'descending' : 'ascending';
  await expect.poll(() => th.getAttribute('aria-sort'), { timeout: 15_000 }).toBe(direction);
}

/** Numbers in order, then every blank: a blank is never ranked as 0 or as the largest value. */
function expectNumbersSorted(values: string[], desc: boolean): void {
  const numbers = values.map(shownNumber);
  const firstBlank = numbers.indexOf(null);
  const known = (firstBlank < 0 ? numbers : numbers.slice(0, firstBlank)) as number[];
  if (firstBlank >= 0)
    expect(
      numbers.slice(firstBlank).every((n) => n === null),
      `blanks last: ${values}`,
    ).toBe(true);
  const ordered = [...known].sort((a, b) => (desc ? b - a : a - b));
  expect(known).toEqual(ordered);
}

describe('sort', () => {
  afterAll(closeBrowser);

  it('a number column sorts both ways with blanks last', async () => {
    const { page, problems } = await openPage('/compare');
    // Without a sort in the URL the table ranks by the chart metric (新收申请), largest first.
    const appsNew = page.locator('table.data thead th', { has: page.locator('a.sort', { hasText: '新收申请' }) });
    await expect(appsNew.getAttribute('aria-sort')).resolves.toBe('descending');

    await clickHeader(page, '新收申请', 'appsNew.asc');
    expectNumbersSorted(column(await readTable(compareTable(page)), '新收申请'), false);
    await clickHeader(page, '新收申请', 'appsNew.desc');
    const desc = column(await readTable(compareTable(page)), '新收申请');
    expectNumbersSorted(desc, true);
    expect(shownNumber(desc[0])).toBe(3); // 嘉兴 received 3, the others none

    // 公开率 is blank where an agency had no requests to decide (0/0 is no rate): blanks stay last both ways.
    await clickHeader(page, '公开率', 'disclosureRate.desc');
    let rate = column(await readTable(compareTable(page)), '公开率');
    expect(rate).toContain('—');
    expectNumbersSorted(rate, true);
    await screenshot(page, 'sort-rate-desc');
    await clickHeader(page, '公开率', 'disclosureRate.asc');
    rate = column(await readTable(compareTable(page)), '公开率');
    expectNumbersSorted(rate, false);
    expect(rate[rate.length - 1]).toBe('—');
    expect(problems).toEqual([]);
  });

  it('days late sorts as a number, unknown last either way, and reads as words', async () => {
    const { page, problems } = await openPage('/compare');
    await clickHeader(page, '逾期天数', 'daysLate.desc');
    let table = await readTable(compareTable(page));
    // 忻州 signed its 2020 report 5 days after the deadline (31 January); the others' dates are unknown.
    expect(column(table, '逾期天数')).toEqual(['逾期 5 天', '未知', '未知', '未知', '未知']);
    expect(column(table, '机构')[0]).toBe('忻州市科学技术局');
    await screenshot(page, 'sort-days-late-desc');
    await clickHeader(page, '逾期天数', 'daysLate.asc');
    table = await readTable(compareTable(page));
    expect(column(table, '逾期天数')).toEqual(['逾期 5 天', '未知', '未知', '未知', '未知']);
    // The unknown ones keep the agency order behind it.
    expect(column(table, '机构').slice(1)).toEqual([
      '大冶市科技局',
      '嘉兴市科学技术局',
      '上高县科技局',
      '吴忠市科学技术局',
    ]);
    expect(problems).toEqual([]);
  });

  it('the agency column sorts by pinyin', async () => {
    const { page, problems } = await openPage('/compare');
    await clickHeader(page, '机构', 'agency.asc');
    const asc = column(await readTable(compareTable(page)), '机构');
    expect(asc).toHaveLength(5);
    expect(asc).toEqual([...asc].sort(pinyin.compare));
    // 大冶 (da) before 嘉兴 (jia) before 上高 (shang) before 吴忠 (wu) before 忻州 (xin): not code-point order.
    expect(asc[0]).toBe('大冶市科技局');
    await screenshot(page, 'sort-agency-asc');

    await clickHeader(page, '机构', 'agency.desc');
    expect(column(await readTable(compareTable(page)), '机构')).toEqual([...asc].reverse());
    expect(problems).toEqual([]);
  });

  it('the pager shows the page and rows, and a page size goes into the URL', async () => {
    const { page, problems } = await openPage('/compare?sort=agency.asc');
    const pager = page.locator('nav.pager');
    await expect(pager.innerText()).resolves.toMatch(/第 1 \/ 1 页[\s\S]*共 5 行/);
    await expect(pager.locator('strong').innerText()).resolves.toBe('50');
    await expect(pager.locator('a[rel="prev"]').getAttribute('aria-disabled')).resolves.toBe('true');
    await expect(pager.locator('a[rel="next"]').getAttribute('aria-disabled')).resolves.toBe('true');

    await pager.getByRole('link', { name: '25', exact: true }).click();
    await page.waitForURL((u) => u.searchParams.get('size') === '25');
    // The sort stays; a new page size starts again at page 1.
    expect(new URL(page.url()).searchParams.get('sort')).toBe('agency.asc');
    await expect.poll(() => pager.locator('strong').innerText(), { timeout: 15_000 }).toBe('25');
    await expect(pager.innerText()).resolves.toMatch(/第 1 \/ 1 页[\s\S]*共 5 行/);
    expect((await readTable(compareTable(page))).rows).toHaveLength(5);
    await screenshot(page, 'sort-pager');
    expect(problems).toEqual([]);
  });
});
