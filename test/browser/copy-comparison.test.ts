/**
 * The agency page's copy-paste comparison (issue 16), on a server of its own: 嘉兴 2021 made from two thirds of
 * 嘉兴 2020's sentences, and 海宁 2020 from a quarter of them, imported beside the samples. The page states the
 * share the import stored, marks the repeated sentences on both sides, and names the peer.
 */
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../db/client';
import { importPaths } from '../../lib/ingest/import-files';
import { seedPassages, writeCopiedReport } from '../support/copied-reports';
import { tempDir } from '../support/temp-db';
import { type AppServer, OUTPUT_DIR, startServer } from './app-server';
import { closeBrowser, openPage, screenshot } from './browser';

let server: AppServer;
const ids = new Map<string, number>();

describe('repeated text on the agency page', () => {
  beforeAll(async () => {
    server = await startServer({ log: path.join(OUTPUT_DIR, 'e2e-copy-server.log') });
    const dir = tempDir();
    const passages = await seedPassages();
    const next = writeCopiedReport(
      dir,
      'jiaxing-2021.txt',
      ['嘉兴市科学技术局2020年度', '嘉兴市科学技术局2021年度'],
      passages,
      (i) => i % 3 !== 2,
    );
    const other = writeCopiedReport(
      dir,
      'haining-2020.txt',
      ['嘉兴市科学技术局2020年度', '海宁市科学技术局2020年度'],
      passages,
      (i) => i % 4 === 1,
    );
    const db = await openDatabase({ url: server.databaseUrl });
    await importPaths(db, [next.file, other.file], { workers: 0 });
    const rows = await db.$client.execute(
      'SELECT a.name, m.year, m.report_id, m.agency_id FROM report_metrics m JOIN agencies a ON a.id = m.agency_id',
    );
    for (const r of rows.rows) ids.set(`${r.name}:${r.year}`, Number(r.agency_id));
    db.$client.close();
  }, 180_000);
  afterAll(async () => {
    await closeBrowser();
    await server?.stop();
  });

  async function stored(name: string, year: number) {
    const db = await openDatabase({ url: server.databaseUrl });
    const row = (
      await db.$client.execute({
        sql: `SELECT m.copied_prev, m.copied_peer FROM report_metrics m JOIN agencies a ON a.id = m.agency_id
              WHERE a.name = ? AND m.year = ?`,
        args: [name, year],
      })
    ).rows[0];
    db.$client.close();
    return row;
  }
  const percent = (v: unknown) => `${(Number(v) * 100).toFixed(1)}%`;

  it('嘉兴 2021 beside its own 2020 report: the share stored, the repeated sentences marked, the new ones not', async () => {
    const agency = ids.get('嘉兴市科学技术局:2021');
    const { page, problems } = await openPage(new URL(`/agency/${agency}?year=2021`, server.baseURL).toString());
    const pairs = page.locator('[data-copy-comparison] [data-pair]');
    await pairs.first().waitFor();
    // No other agency's 2021 report shares its sentences: one comparison, with the year before.
    await expect(pairs.count()).resolves.toBe(1);
    const { copied_prev } = await stored('嘉兴市科学技术局', 2021);
    await expect(pairs.nth(0).locator('h3').innerText()).resolves.toBe(
      `与本机构 2020 年报告相比：本报告 ${percent(copied_prev)} 的文字与之相同`,
    );
    expect(await pairs.nth(0).locator('mark').count()).toBeGreaterThan(10);
    const marked = await pairs.nth(0).locator('mark').allInnerTexts();
    expect(marked.join('')).not.toContain('科技创新平台建设');
    await page.locator('[data-copy-comparison]').scrollIntoViewIfNeeded();
    await screenshot(page, 'copy-comparison-previous');
    expect(problems).toEqual([]);
  });

  it("海宁 2020 beside 嘉兴 2020, the same year's report it repeats", async () => {
    const agency = ids.get('海宁市科学技术局:2020');
    const { page, problems } = await openPage(new URL(`/agency/${agency}?year=2020`, server.baseURL).toString());
    const pairs = page.locator('[data-copy-comparison] [data-pair]');
    await pairs.first().waitFor();
    await expect(pairs.count()).resolves.toBe(1);
    const { copied_peer } = await stored('海宁市科学技术局', 2020);
    await expect(pairs.nth(0).locator('h3').innerText()).resolves.toBe(
      `与同年文字最相近的其他机构报告相比：本报告 ${percent(copied_peer)} 的文字与之相同`,
    );
    await expect(pairs.nth(0).locator('h4 a').innerText()).resolves.toBe('嘉兴市科学技术局 2020');
    expect(await pairs.nth(0).locator('mark').count()).toBeGreaterThan(2);
    await page.locator('[data-copy-comparison]').scrollIntoViewIfNeeded();
    await screenshot(page, 'copy-comparison-peer');
    expect(problems).toEqual([]);
  });
});
