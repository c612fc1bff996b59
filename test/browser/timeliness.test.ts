/**
 * The publication date on the agency page (issue 16): when, read from where, on time or how late, and a link
 * to where the date stands in the source; unknown when no source says it.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { closeBrowser, openPage, screenshot } from './browser';

describe('publication date on the agency page', () => {
  afterAll(closeBrowser);

  it('忻州 2020: signed 2021年2月5日 — five days late, and the link marks the signature', async () => {
    const { page, problems } = await openPage('/compare');
    await page.locator('table.data a', { hasText: '忻州市科学技术局' }).click();
    await page.waitForURL(/\/agency\/\d+/);
    const line = page.locator('[data-published]');
    await expect(line.innerText()).resolves.toBe(
      '发布于 2021-02-05（报告末尾落款日期） · 逾期 5 天（截止日期为次年 1 月 31 日）',
    );
    await line.locator('a').click();
    await page.waitForURL((u) => u.searchParams.get('cell') === 'source.published');
    const mark = page.locator('#source mark');
    await mark.waitFor();
    await expect(mark.innerText()).resolves.toBe('2021年2月5日');
    await screenshot(page, 'timeliness-agency');
    expect(problems).toEqual([]);
  });

  it('吴忠 2021 says nothing of a date, so the page says it is unknown; in English too', async () => {
    const { page, problems } = await openPage('/compare?lang=en');
    await page.locator('table.data a', { hasText: '吴忠市科学技术局' }).click();
    await page.waitForURL(/\/agency\/\d+/);
    await expect(page.locator('[data-published]').innerText()).resolves.toBe('Publication date unknown');
    expect(problems).toEqual([]);
  });
});
