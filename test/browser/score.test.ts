/**
 * The report score that explains itself (issue 16), read as a policy analyst reads it: /metrics#score defines the
 * four components with their weights and rules; the agency page shows each year's score with its components and the
 * evidence in words (忻州 2020, published five days late: timeliness 95); /quality/score ranks sub-regions and
 * agencies with the small-group guard and Wilson intervals. The rankings need more than five reports, so they are read
 * on a server of its own holding the samples and 400 synthetic reports with publication dates (as
 * test/dashboard/score-rankings.test.ts makes them); the rest on the shared five-sample server.
 */
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../db/client';
import { importSyntheticReports } from '../db-queries/synthetic-reports';
import { type AppServer, OUTPUT_DIR, startServer } from './app-server';
import { closeBrowser, openPage, SCREENSHOT_DIR } from './browser';
import { column, compareTable, readTable } from './table-reader';

const XINZHOU = '忻州市科学技术局';
/** "82%（76%–87%，n=120）" and "82% (76%–87%, n=120)". */
const INTERVAL_ZH = /^(\d+)%（(\d+)%–(\d+)%，n=(\d+)）$/;
const INTERVAL_EN = /^(\d+)% \((\d+)%–(\d+)%, n=(\d+)\)$/;

async function shot(page: Page, name: string, selector?: string) {
  const file = path.join(SCREENSHOT_DIR, `${name}.png`);
  if (selector) await page.locator(selector).first().screenshot({ path: file });
  else await page.screenshot({ path: file, fullPage: true });
}

/** The agency page of 忻州, reached as a user would: its link in the compare table. */
async function xinzhouPath(): Promise<string> {
  const { page, context } = await openPage('/compare');
  const href = await compareTable(page).locator('a', { hasText: XINZHOU }).first().getAttribute('href');
  await context.close();
  expect(href).toMatch(/^\/agency\/\d+/);
  return new URL(href!, 'http://x').pathname;
}

describe('the report score on the shared server', () => {
  afterAll(closeBrowser);

  it('/metrics#score defines the four components, their weights, the known-only total, ranks and intervals', async () => {
    const { page, problems } = await openPage('/metrics#score');
    const section = page.locator('[data-score-definition]');
    await expect(section.locator('h2').innerText()).resolves.toBe('报告评分');
    const components = section.locator('[data-score-component]');
    await expect(components.evaluateAll((els) => els.map((e) => e.id))).resolves.toEqual([
      'score-completeness',
      'score-consistency',
      'score-timeliness',
      'score-originality',
    ]);
    await expect(components.locator('h3').allInnerTexts()).resolves.toEqual([
      '完整性 权重 30%',
      '一致性 权重 30%',
      '及时性 权重 20%',
      '原创性 权重 20%',
    ]);
    const text = await section.innerText();
    expect(text).toContain('每发现一处错误扣 25 分');
    expect(text).toContain('逾期每天扣 1 分');
    expect(text).toContain('总分只在已知的部分上计算');
    expect(text).toContain('少于 5 份报告的地区');
    expect(text).toContain('95% 区间 21%–94%');
    await page.locator('#score-timeliness').scrollIntoViewIfNeeded();
    await shot(page, 'score-metrics', '[data-score-definition]');
    expect(problems).toEqual([]);
  });

  it('the agency page: years × components, the total in bold, the evidence in words under each figure', async () => {
    const { page, problems } = await openPage(await xinzhouPath());
    const section = page.locator('[data-score-section]');
    await expect(section.locator('h2').innerText()).resolves.toBe('报告评分');
    const table = await readTable(section.locator('table'));
    expect(table.headers).toEqual(['年度', '总分', '完整性（30%）', '一致性（30%）', '及时性（20%）', '原创性（20%）']);
    const row = section.locator('tr[data-score-year="2020"]');
    await expect(row.locator('[data-score-total] strong').innerText()).resolves.toBe('98.8');
    await expect(row.locator('[data-score-total] [data-evidence]').innerText()).resolves.toBe(
      '得分基于 80/100 权重（原创性未知）',
    );
    const cell = (id: string) => row.locator(`[data-score-component="${id}"]`);
    await expect(cell('completeness').innerText()).resolves.toBe(
      '100.0\n表二有数；表三 10 项全部读到；表四 3 项全部读到',
    );
    await expect(cell('consistency').innerText()).resolves.toBe('100.0\n未发现错误');
    await expect(cell('timeliness').innerText()).resolves.toBe('95.0\n逾期 5 天');
    await expect(cell('originality').innerText()).resolves.toBe('—\n无可比对的报告，不计入');
    // Each header and the rules link lead to the definitions.
    await expect(section.locator('th a').evaluateAll((as) => as.map((a) => a.getAttribute('href')))).resolves.toEqual([
      '/metrics#score',
      '/metrics#score-completeness',
      '/metrics#score-consistency',
      '/metrics#score-timeliness',
      '/metrics#score-originality',
    ]);
    await shot(page, 'score-agency', '[data-score-section]');
    expect(problems).toEqual([]);
  });

  it('the agency page in English', async () => {
    const { page, problems } = await openPage(`${await xinzhouPath()}?lang=en`);
    const section = page.locator('[data-score-section]');
    await expect(section.locator('h2').innerText()).resolves.toBe('Report score');
    const row = section.locator('tr[data-score-year="2020"]');
    await expect(row.locator('[data-score-component="timeliness"]').innerText()).resolves.toBe('95.0\n5 days late');
    await expect(row.locator('[data-score-total] [data-evidence]').innerText()).resolves.toBe(
      'score over 80/100 of the weight (originality unknown)',
    );
    expect(await section.innerText()).not.toMatch(/[\u3400-\u9fff]/);
    await shot(page, 'score-agency-en', '[data-score-section]');
    expect(problems).toEqual([]);
  });

  it('/compare shows the score with one decimal and sorts by it', async () => {
    const { page, problems } = await openPage('/compare?sort=score.asc');
    const scores = column(await readTable(compareTable(page)), '报告评分');
    expect(scores.length).toBe(5);
    for (const s of scores) expect(s).toMatch(/^\d+\.\d$/);
    const values = scores.map(Number);
    expect(values).toEqual([...values].sort((a, b) => a - b));
    expect(values[0]).toBe(98.8);
    expect(problems).toEqual([]);
  });

  it('/quality/score on the samples: one report in the last year, listed without ranks', async () => {
    const { page, problems } = await openPage('/quality/score');
    await expect(page.locator('[data-score-year]').innerText()).resolves.toBe(
      '按 2021 年（有报告的最近一年）排名；选择年份可查看其他年度。',
    );
    await expect(page.locator('[data-agencies-note]').innerText()).resolves.toBe(
      '当前范围只有 1 家机构，不足 5 家，不排名，只按评分列出。',
    );
    const regions = await readTable(page.locator('[data-score-regions] table'));
    expect(regions.rows).toEqual([['—', '宁夏回族自治区', '1', '100.0', '无发布日期']]);
    await expect(page.locator('[data-rank-guard]').innerText()).resolves.toContain('不足 5 份报告，不排名');
    expect(problems).toEqual([]);
  });
});

describe('score rankings on a server with synthetic reports', () => {
  let server: AppServer;
  let smallCounty: string;
  const at = (p: string) => new URL(p, server.baseURL).toString();

  beforeAll(async () => {
    server = await startServer({ log: path.join(OUTPUT_DIR, 'e2e-score-server.log') });
    const db = await openDatabase({ url: server.databaseUrl });
    try {
      await importSyntheticReports(db, 400, 31);
      // Dates for two reports in three: late by up to 59 days or early; the rest undated.
      await db.$client.execute(
        'UPDATE report_metrics SET days_late = CASE WHEN report_id % 3 = 0 THEN NULL ELSE (report_id * 17) % 80 - 20 END WHERE synthetic = 1',
      );
      // Changed behind the import's back: the rollups are marked for the server's next read to rebuild.
      await db.$client.execute(
        "INSERT OR IGNORE INTO rollup_dirty (synthetic, year, province_code) SELECT DISTINCT synthetic, year, coalesce(province_code, '') FROM report_metrics",
      );
      const year = await db.$client.execute('SELECT max(year) AS y FROM report_metrics WHERE synthetic = 1');
      const county = await db.$client.execute({
        sql: `SELECT county_code FROM report_metrics WHERE synthetic = 1 AND year = ? AND county_code IS NOT NULL
              GROUP BY county_code HAVING count(*) < 5 LIMIT 1`,
        args: [year.rows[0].y],
      });
      smallCounty = String(county.rows[0].county_code);
    } finally {
      db.$client.close();
    }
  }, 240_000);
  afterAll(async () => {
    await closeBrowser();
    await server?.stop();
  });

  it('provinces by mean score with ranks or the guard, on-time rates with Wilson intervals; agencies ranked', async () => {
    const { page, problems } = await openPage(at('/quality/score?synthetic=1'));
    await expect(page.locator('[data-quality-tabs] a[aria-current="page"]').innerText()).resolves.toBe('评分排名');
    const year = Number(await page.locator('[data-score-year]').getAttribute('data-score-year'));
    await expect(page.locator('[data-score-year]').innerText()).resolves.toBe(
      `按 ${year} 年（有报告的最近一年）排名；选择年份可查看其他年度。`,
    );
    const regions = await readTable(page.locator('[data-score-regions] table'));
    expect(regions.headers).toEqual(['名次', '地区', '报告数', '平均评分', '按时率（95% 区间，n）']);
    const ranked = regions.rows.filter((r) => r[0] !== '—');
    const unranked = regions.rows.filter((r) => r[0] === '—');
    expect(ranked.length).toBeGreaterThan(0);
    expect(unranked.length).toBeGreaterThan(0);
    for (const r of ranked) expect(Number(r[2])).toBeGreaterThanOrEqual(5);
    for (const r of unranked) expect(Number(r[2])).toBeLessThan(5);
    const means = ranked.map((r) => Number(r[3]));
    expect(means).toEqual([...means].sort((a, b) => b - a));
    for (const r of regions.rows) {
      if (r[4] === '无发布日期') continue;
      const [, rate, low, high, n] = INTERVAL_ZH.exec(r[4])!.map(Number);
      expect(low).toBeLessThanOrEqual(rate);
      expect(high).toBeGreaterThanOrEqual(rate);
      expect(n).toBeLessThanOrEqual(Number(r[2]));
    }
    await expect(page.locator('[data-rank-guard]').innerText()).resolves.toBe(
      '“—”：不足 5 份报告，不排名。点击地区名查看其下级地区和机构。',
    );

    const agencies = await readTable(page.locator('[data-score-agencies] table'));
    expect(agencies.headers).toEqual([
      '名次',
      '机构',
      '地区',
      '评分',
      '完整性（30%）',
      '一致性（30%）',
      '及时性（20%）',
      '原创性（20%）',
      '逾期天数',
    ]);
    expect(agencies.rows[0][0]).toBe('1');
    const scores = agencies.rows.map((r) => Number(r[3]));
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    await expect(page.locator('[data-agencies-note]').innerText()).resolves.toMatch(
      /^列出评分最高的 50 家，共 \d+ 家。$/,
    );
    await shot(page, 'score-rankings');

    // All of the year's agencies in the compare table, best score first.
    await page.locator('[data-score-compare]').click();
    await page.waitForURL((u) => u.pathname === '/compare');
    const url = new URL(page.url());
    expect([url.searchParams.get('sort'), url.searchParams.get('year'), url.searchParams.get('synthetic')]).toEqual([
      'score.desc',
      String(year),
      '1',
    ]);
    const compared = column(await readTable(compareTable(page)), '报告评分').map(Number);
    expect(compared.slice(0, 10)).toEqual(scores.slice(0, 10));
    expect(problems).toEqual([]);
  });

  it('a province: its cities link to the same tab; a county of few agencies gets no ranks', async () => {
    const { page, problems } = await openPage(at('/quality/score?synthetic=1'));
    const first = page.locator('[data-score-regions] tbody tr').first();
    const code = await first.getAttribute('data-region');
    await first.locator('a').click();
    await page.waitForURL((u) => u.searchParams.get('region') === code);
    expect(new URL(page.url()).pathname).toBe('/quality/score');
    await expect(page.locator('[data-score-agencies] h2').innerText()).resolves.toBe('机构评分排名');

    await page.goto(at(`/quality/score?synthetic=1&region=${smallCounty}`));
    await expect(page.locator('[data-agencies-note]').innerText()).resolves.toMatch(
      /^当前范围只有 \d 家机构，不足 5 家，不排名，只按评分列出。$/,
    );
    const agencies = await readTable(page.locator('[data-score-agencies] table'));
    expect(agencies.headers[0]).toBe('机构');
    await expect(page.locator('[data-score-regions]').count()).resolves.toBe(0);
    expect(problems).toEqual([]);
  });

  it('in English, and at 390 px the tables scroll in their own box', async () => {
    const { page, problems } = await openPage(at('/quality/score?synthetic=1&lang=en'));
    await expect(page.locator('#score-regions').innerText()).resolves.toBe('Mean score by region');
    const regions = await readTable(page.locator('[data-score-regions] table'));
    expect(regions.headers).toEqual(['Rank', 'Region', 'Reports', 'Mean score', 'On time (95% interval, n)']);
    for (const r of regions.rows) expect(r[4] === 'no publication dates' || INTERVAL_EN.test(r[4]), r[4]).toBe(true);
    await expect(page.locator('[data-rank-guard]').innerText()).resolves.toContain('fewer than 5 reports, not ranked');
    const text = await page.locator('main').evaluate((el) => {
      const copy = el.cloneNode(true) as HTMLElement;
      copy.querySelectorAll('[translate="no"]').forEach((n) => n.remove());
      return copy.innerText;
    });
    expect(text).not.toMatch(/[\u3400-\u9fff]/);
    await shot(page, 'score-rankings-en');

    await page.setViewportSize({ width: 390, height: 900 });
    await page.reload({ waitUntil: 'load' });
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(391);
    const box = page.locator('[data-score-agencies] .table-wrap');
    const [client, scroll] = await box.evaluate((el) => [el.clientWidth, el.scrollWidth]);
    expect(scroll).toBeGreaterThan(client);
    await shot(page, 'score-rankings-390');
    expect(problems).toEqual([]);
  });
});
