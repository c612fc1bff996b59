/**
 * A view that shows nothing says why, in one place (issue 18): years the data does not reach, a region code
 * no region has. The boxes show what was asked, and the caption never says 全部地区 for an unknown code.
 * Such a view draws no chart panel: the notice says why, and an empty axis frame would say nothing more.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { closeBrowser, openPage, screenshot } from './browser';
import { expectChartsDrawn } from './page-ready';

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

  it('an empty view shows its notice and no chart frame', async () => {
    for (const path of [
      '/?from=2015&to=2016',
      '/?region=999999',
      '/region?region=999999',
      '/compare?type=nonexistent',
    ]) {
      const { page, response, problems } = await openPage(path);
      expect(response?.status(), path).toBe(200);
      await expect(page.locator(notice).innerText(), path).resolves.not.toBe('');
      // The panels are rendered on the server, so after the load event a panel that is there is in the DOM.
      expect(await page.locator('[data-chart], figure [role="img"]').count(), path).toBe(0);
      expect(await page.locator('main svg, main canvas').count(), path).toBe(0);
      expect(problems, path).toEqual([]);
      await page.context().close();
    }
  });

  it('a view with reports draws its charts, on the same pages', async () => {
    for (const [path, charts] of [
      ['/?from=2019&to=2021', 4],
      ['/region?region=330000', 2],
      ['/compare', 1],
    ] as const) {
      const { page, problems } = await openPage(path);
      expect(await page.locator(notice).count(), path).toBe(0);
      await expectChartsDrawn(page, charts);
      expect(problems, path).toEqual([]);
      await page.context().close();
    }
  });

  it('an empty overview has no table of headers; a city whose counties have no report says so', async () => {
    const empty = await openPage('/?from=2015&to=2016');
    expect(await empty.page.locator('h2', { hasText: '数据缺口' }).count()).toBe(0);
    await empty.page.context().close();
    // 嘉兴市's one report is the city's own agency's: no county under it has one.
    const { page, problems } = await openPage('/region?region=330400');
    await expect(page.locator('main').innerText()).resolves.toContain('下级地区均无报告：此处的报告都来自本级机构。');
    expect(problems).toEqual([]);
    await page.context().close();
  });
});
