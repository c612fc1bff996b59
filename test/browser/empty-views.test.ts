/**
 * A view that shows nothing says why, in one place (issue 18): years the data does not reach, a region code
 * no region has. The boxes show what was asked, and the caption never says 全部地区 for an unknown code.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { closeBrowser, openPage, screenshot } from './browser';

const notice = '[data-view-notice]';

describe('empty views say why', () => {
  afterAll(closeBrowser);

  it('/?from=2015&to=2016: no reports in those years, and which years there are', async () => {
    const { page, response, problems } = await openPage('/?from=2015&to=2016');
    expect(response?.status()).toBe(200);
    await expect(page.locator(notice).innerText()).resolves.toMatch(
      /^所选年度（2015[–-]2016年）没有报告；库中的报告年度为 2019[–-]2021年。$/,
    );
    // The year boxes show what was asked, not 不限.
    const selected = await page
      .locator('select')
      .evaluateAll((els) => els.map((e) => (e as HTMLSelectElement).selectedOptions[0]?.textContent ?? ''));
    expect(selected.some((t) => t.includes('2015'))).toBe(true);
    expect(selected.some((t) => t.includes('2016'))).toBe(true);
    await screenshot(page, 'empty-years');
    expect(problems).toEqual([]);
  });

  it('/?region=999999 and /compare?region=999999: the unknown code is named, never 全部地区', async () => {
    for (const path of ['/?region=999999', '/compare?region=999999']) {
      const { page, response, problems } = await openPage(path);
      expect(response?.status(), path).toBe(200);
      await expect(page.locator(notice).innerText(), path).resolves.toContain('地区代码 999999 不是任何地区的代码');
      const body = await page.locator('body').innerText();
      expect(body, path).not.toContain('筛选条件：全部地区');
      expect(problems, path).toEqual([]);
    }
  });

  it('a view with reports has no notice', async () => {
    const { page, problems } = await openPage('/compare');
    expect(await page.locator(notice).count()).toBe(0);
    expect(problems).toEqual([]);
  });
});
