/**
 * Every page of the dashboard loads on the five sample reports and shows what a user came for: the
 * headline numbers, the compare rows, the sub-regions, the rule counts, the metric definitions, an agency's
 * rebuilt tables traced to the source, and the import form. Every chart draws an SVG with text.
 */
import path from 'node:path';
import { createClient } from '@libsql/client';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { PARSER_VERSION } from '../../lib/report/version';
import { seedExpectations } from '../support/expectations';
import { closeBrowser, openPage, SCREENSHOT_DIR, screenshot } from './browser';
import { expectChartsDrawn } from './page-ready';
import { compareTable, readTable, shownNumber } from './table-reader';

const SAMPLES = seedExpectations();
/** The provinces of the samples (db/samples/README.md), as the region page names them. */
const SAMPLE_PROVINCES = ['山西省', '江西省', '宁夏回族自治区', '浙江省', '湖北省'];
const JIAXING = '嘉兴市科学技术局';

describe('pages', () => {
  afterAll(closeBrowser);

  it('/ shows the headline cards for the five reports, and its charts', async () => {
    const { page, response, problems } = await openPage('/');
    await expectChartsDrawn(page, 4);
    await screenshot(page, 'pages-overview');
    expect(response?.status()).toBe(200);
    await expect(page.locator('h1').innerText()).resolves.toBe('总览');
    const card = (label: string) =>
      page.locator('.card', { has: page.locator('.label', { hasText: label }) }).locator('.value');
    await expect(card('年报数').innerText()).resolves.toBe('5');
    await expect(card('机构数').innerText()).resolves.toBe('5');
    // A rate with the count it rests on, and a mark when that count is small (issue 18).
    const rateCard = page.locator('.card', { has: page.locator('.label', { hasText: '公开率' }) });
    const handled = await rateCard.innerText();
    expect(handled).toMatch(/基于 [\d,]+ 件已办结申请/);
    const n = Number(/基于 ([\d,]+) 件/.exec(handled)![1].replace(/,/g, ''));
    expect(handled.includes('件数少，比率仅供参考')).toBe(n < 30);
    expect(problems).toEqual([]);
  });

  it('/compare lists one row per sample report', async () => {
    const { page, response, problems } = await openPage('/compare');
    await expectChartsDrawn(page, 1);
    await screenshot(page, 'pages-compare');
    expect(response?.status()).toBe(200);
    const table = await readTable(compareTable(page));
    expect(table.rows).toHaveLength(5);
    expect(table.rows.map((r) => r[0]).sort()).toEqual(SAMPLES.map((s) => s.agency!).sort());
    expect(problems).toEqual([]);
  });

  it('/region lists the provinces of the samples as sub-regions', async () => {
    const { page, response, problems } = await openPage('/region');
    await expectChartsDrawn(page, 2);
    await screenshot(page, 'pages-region');
    expect(response?.status()).toBe(200);
    const panel = page.locator('section.panel', { has: page.locator('h2', { hasText: '下级地区' }) });
    const table = await readTable(panel.locator('table'));
    expect(table.headers[0]).toBe('地区');
    expect(table.rows.map((r) => r[0]).sort()).toEqual([...SAMPLE_PROVINCES].sort());
    // One report per province: the 年报 column adds up to the five samples.
    expect(table.rows.reduce((n, r) => n + (shownNumber(r[1]) ?? 0), 0)).toBe(5);
    expect(problems).toEqual([]);
  });

  it('/quality says when reports were read by an older parser, and how to read them again', async () => {
    const db = createClient({ url: inject('databaseUrl') });
    const oldest = `(SELECT min(id) FROM reports WHERE status = 'current')`;
    try {
      await expect(
        (await openPage('/quality')).page.locator('.banner', { hasText: 'npm run reparse' }).count(),
      ).resolves.toBe(0);
      await db.execute(`UPDATE reports SET parser_version = '0.0.1' WHERE id = ${oldest}`);
      const { page, problems } = await openPage('/quality');
      const banner = page.locator('.banner', { hasText: 'npm run reparse' });
      await expect(banner.innerText()).resolves.toContain(
        `库中有 1 份报告由旧版解析器（0.0.1）读取，其数字可能与当前解析器（${PARSER_VERSION}）的读法不同`,
      );
      await screenshot(page, 'pages-quality-older-parser');
      expect(problems).toEqual([]);
    } finally {
      await db.execute(`UPDATE reports SET parser_version = '${PARSER_VERSION}' WHERE parser_version = '0.0.1'`);
      db.close();
    }
  });

  it('/quality counts findings by rule', async () => {
    const { page, response, problems } = await openPage('/quality');
    await screenshot(page, 'pages-quality');
    expect(response?.status()).toBe(200);
    const panel = page.locator('section.panel', { has: page.locator('h2', { hasText: '各规则问题数' }) });
    const table = await readTable(panel.locator('table'));
    expect(table.headers).toEqual(['规则', '严重程度', '数量']);
    expect(table.rows.length).toBeGreaterThan(0);
    for (const row of table.rows) {
      expect(row[0]).toMatch(/\S/);
      expect(shownNumber(row[2])).toBeGreaterThan(0);
    }
    // Each rule is linked by what it means, in Chinese; its id follows, small, for reporting a problem (issue 18).
    const links = await panel.locator('tbody td:first-child a').allInnerTexts();
    const ids = await panel.locator('tbody td:first-child code').allInnerTexts();
    expect(links).toHaveLength(table.rows.length);
    expect(ids).toHaveLength(table.rows.length);
    for (const [i, link] of links.entries()) {
      expect(link, ids[i]).toMatch(/[\u3400-\u9fff]/);
      expect(link).not.toContain(ids[i]);
      expect(ids[i]).toMatch(/^[a-zA-Z0-9]+\.[a-zA-Z0-9.]+$/);
    }
    const en = await openPage('/quality?lang=en');
    const enPanel = en.page.locator('section.panel', { has: en.page.locator('h2', { hasText: 'Findings by rule' }) });
    const enLinks = await enPanel.locator('tbody td:first-child a').allInnerTexts();
    const enIds = await enPanel.locator('tbody td:first-child code').allInnerTexts();
    expect(enLinks.length).toBeGreaterThan(0);
    for (const [i, link] of enLinks.entries()) {
      expect(link).toMatch(/^[A-Z0-9][a-z ]/);
      expect(link).not.toBe(enIds[i]);
    }
    expect(en.problems).toEqual([]);
    // Each finding's place is named in the form's words (表三 · （七）总计 …), the path kept as its tooltip.
    const list = page.locator('section.panel', { has: page.locator('h2', { hasText: '问题明细' }) });
    const findings = await readTable(list.locator('table'));
    const places = findings.rows.map((r) => r[findings.headers.indexOf('位置')]);
    expect(places.length).toBeGreaterThan(0);
    expect(places.filter((p) => /^表[二三四] · /.test(p)).length).toBeGreaterThan(places.length / 2);
    expect(places.some((p) => /table\d\./.test(p))).toBe(false);
    expect(problems).toEqual([]);
  });

  it("/metrics defines appsNew, and a chart's definition link lands on it", async () => {
    const { page, response, problems } = await openPage('/metrics');
    await screenshot(page, 'pages-metrics');
    expect(response?.status()).toBe(200);
    const definition = page.locator('section.definition#appsNew');
    await expect(definition.locator('code').first().innerText()).resolves.toBe('appsNew');
    await expect(definition.innerText()).resolves.toContain('计算');

    // The compare chart's 指标定义 link (the chart shows appsNew by default) jumps to that definition.
    const compare = await openPage('/compare');
    const link = compare.page.locator('section.panel[data-chart="top"] a', { hasText: '指标定义' });
    await expect(link.getAttribute('href')).resolves.toBe('/metrics#appsNew');
    await link.click();
    await compare.page.waitForURL((u) => u.pathname === '/metrics' && u.hash === '#appsNew');
    const top = await compare.page.locator('#appsNew').evaluate((el) => el.getBoundingClientRect().top);
    expect(top).toBeGreaterThanOrEqual(0);
    expect(top).toBeLessThan(900);
    // The viewport only: where the anchor landed (a full-page shot of this 12,000 px page is the one above).
    await compare.page.screenshot({ path: path.join(SCREENSHOT_DIR, 'pages-metrics-anchor.png') });
    expect(problems).toEqual([]);
    expect(compare.problems).toEqual([]);
  });

  it('/agency/<id> rebuilds the tables and marks the source of a clicked number', async () => {
    const { page, problems } = await openPage('/compare');
    await page.locator('table.data a', { hasText: JIAXING }).click();
    await page.waitForURL(/\/agency\/\d+/);
    await expect(page.locator('h1').innerText()).resolves.toContain(JIAXING);
    await expectChartsDrawn(page, 2);
    await screenshot(page, 'pages-agency');
    // Tables 2, 3 and 4 of the form, with numbers linked to their source.
    expect(await page.locator('table.template-table').count()).toBeGreaterThanOrEqual(3);
    const links = page.locator('table.template-table td a[href*="cell="]');
    expect(await links.count()).toBeGreaterThan(10);

    // The first non-zero number (嘉兴 received 3 requests), so the mark cannot match by accident.
    const texts = await links.allInnerTexts();
    const index = texts.findIndex((t) => (shownNumber(t) ?? 0) > 0);
    expect(index).toBeGreaterThanOrEqual(0);
    const cell = links.nth(index);
    const number = texts[index];
    const path = await cell.evaluate((a) => a.closest('td')!.getAttribute('data-path'));
    await cell.click();
    await page.waitForURL((u) => u.searchParams.get('cell') === path);
    const mark = page.locator('#source mark');
    await mark.waitFor();
    expect(shownNumber(await mark.innerText())).toBe(shownNumber(number));
    await expect(page.locator(`td[data-path="${path}"]`).getAttribute('aria-current')).resolves.toBe('location');
    await screenshot(page, 'pages-agency-cell');
    expect(problems).toEqual([]);
  });

  it("/agency/<id> says what each finding means in Chinese, with the parser's detail folded below", async () => {
    const { page, problems } = await openPage('/compare');
    await page.locator('table.data a', { hasText: '上高县科技局' }).click();
    await page.waitForURL(/\/agency\/\d+/);
    const findings = page.locator('h2', { hasText: '数据问题' }).locator('xpath=following-sibling::ul[1]');
    await findings.waitFor();
    await findings.scrollIntoViewIfNeeded();
    await page.screenshot({ path: path.join(SCREENSHOT_DIR, 'pages-agency-findings.png') });
    const items = await findings.locator('li').allInnerTexts();
    expect(items.length).toBeGreaterThan(0);
    // 上高's blank cells: the rule's meaning in the page's language, not its code.
    expect(items.some((t) => t.includes('单元格为空，表中保留为空值而非 0'))).toBe(true);
    expect(items.some((t) => /— cell\.blank/.test(t))).toBe(false);
    // The parser's English line sits under 技术细节, closed (issue 18).
    expect(items.every((t) => t.includes('技术细节'))).toBe(true);
    expect(items.some((t) => /kept as null/.test(t))).toBe(false);
    expect(problems).toEqual([]);
  });

  it('/import shows the token field and the file picker', async () => {
    const { page, response, problems } = await openPage('/import');
    await screenshot(page, 'pages-import');
    expect(response?.status()).toBe(200);
    await expect(page.locator('h1').innerText()).resolves.toBe('导入年报');
    expect(await page.locator('input[type="password"]').count()).toBe(1);
    expect(await page.locator('input[type="file"]').count()).toBe(1);
    await expect(page.getByRole('button', { name: '检查' }).isDisabled()).resolves.toBe(true);
    expect(problems).toEqual([]);
  });
});
