/**
 * Every rate on screen stands with the count it rests on (issue 18): on /compare each rate cell shows "n=…" and,
 * under 30 cases, a mark whose title says why, with a legend under the table; the chart of a rate says in its
 * caption how many bars rest on few cases; the region page's sub-regions and the agency page's year table do the
 * same. The sample reports are small (嘉兴 handled 3 requests), so the mark is there to see.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { closeBrowser, openPage, screenshot } from './browser';
import { expectChartsDrawn } from './page-ready';
import { column, compareTable, readTable, shownRate } from './table-reader';

const JIAXING = '嘉兴市科学技术局';

describe('rates with their bases', () => {
  afterAll(closeBrowser);

  it('/compare?metric=disclosureRate shows n beside each rate, the mark on small ones, and a legend', async () => {
    const { page, problems } = await openPage('/compare?metric=disclosureRate');
    await expectChartsDrawn(page, 1);
    // The rate columns are the table's last: scrolled into view for the screenshot.
    await page
      .locator('.table-wrap')
      .first()
      .evaluate((el) => el.scrollTo({ left: el.scrollWidth }));
    await screenshot(page, 'rate-bases-compare');
    const table = await readTable(compareTable(page));
    const rates = column(table, '公开率');
    // Every rate shown has its n; a dash (no requests to decide) has none.
    expect(rates.filter((r) => r !== '—').length).toBeGreaterThan(0);
    for (const r of rates) if (r !== '—') expect(shownRate(r), r).not.toBeNull();
    const jiaxing = shownRate(rates[column(table, '机构').indexOf(JIAXING)]);
    expect(jiaxing).toEqual({ rate: 100, n: 3, marked: true });
    for (const r of rates.map(shownRate)) if (r) expect(r.marked).toBe(r.n < 30);

    // The mark explains itself on hover, and the legend under the table says what n and † are.
    const marked = compareTable(page).locator('.rate[data-small-base]').first();
    await expect(marked.getAttribute('title')).resolves.toBe('基于 3 件，少于 30 件，比率仅供参考');
    const legend = page.locator('p.table-legend').first();
    await expect(legend.innerText()).resolves.toContain('n 为比率所基于的件数');
    await expect(legend.innerText()).resolves.toContain('† 表示少于 30 件');

    // The chart ranks the rate, marks the bar on few cases and says so in its caption.
    const chartTexts = await page
      .locator('section.panel[data-chart="top"] svg text')
      .evaluateAll((els) => els.map((el) => (el.textContent ?? '').trim()));
    expect(chartTexts).toContain('100.0% †');
    expect(chartTexts).toContain('† 1 个机构-年度的比率基于少于 30 件，仅供参考。');
    expect(problems).toEqual([]);
  });

  it('sorting by a rate still sorts by the rate, not by its n', async () => {
    const { page, problems } = await openPage('/compare?metric=disclosureRate&sort=disclosureRate.asc');
    const rates = column(await readTable(compareTable(page)), '公开率')
      .map(shownRate)
      .filter((r) => r !== null)
      .map((r) => r.rate);
    expect(rates).toEqual([...rates].sort((a, b) => a - b));
    expect(problems).toEqual([]);
  });

  it('in English, the same n and a legend in English', async () => {
    const { page, problems } = await openPage('/compare?metric=disclosureRate&lang=en');
    await expectChartsDrawn(page, 1);
    const table = await readTable(compareTable(page));
    const jiaxing = table.rows.find((r) => r.some((c) => shownRate(c)?.n === 3))!;
    expect(jiaxing.map(shownRate).find((r) => r)).toEqual({ rate: 100, n: 3, marked: true });
    const legend = await page.locator('p.table-legend').first().innerText();
    expect(legend).toContain('n is the count a rate rests on');
    expect(legend).not.toMatch(/[\u3400-\u9fff]/);
    expect(problems).toEqual([]);
  });

  it("/region's sub-regions show the disclosure rate with its n", async () => {
    const { page, problems } = await openPage('/region');
    const panel = page.locator('section.panel', { has: page.locator('h2', { hasText: '下级地区' }) });
    await screenshot(page, 'rate-bases-region');
    const table = await readTable(panel.locator('table'));
    const rates = column(table, '公开率').map(shownRate);
    expect(rates).toContainEqual({ rate: 100, n: 3, marked: true });
    await expect(panel.locator('p.table-legend').innerText()).resolves.toContain('† 表示少于 30 件');
    expect(problems).toEqual([]);
  });
});
