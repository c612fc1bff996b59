/**
 * A first view worth looking at (issue 17): a database seeded as `npm run demo` seeds it (`seed --demo`: the five
 * real samples and the generated demo corpus), where one click on the data-source switch leads from the samples to
 * the synthetic demo with every overview chart drawn, the tile map filled and the synthetic banner shown. The
 * screenshots of this test are the README's (docs/screenshots/, copied from test/output/screenshots/demo-*.png).
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_REPORTS } from '../../lib/ingest/demo-corpus';
import { type AppServer, OUTPUT_DIR, ROOT, startServer } from './app-server';
import { closeBrowser, openPage, screenshot } from './browser';
import { expectChartsDrawn } from './page-ready';

let server: AppServer;
const at = (p: string) => new URL(p, server.baseURL).toString();

/** `tsx lib/cli/seed.ts --demo` against the server's database, as predemo runs it. */
async function seedDemo(databaseUrl: string): Promise<string> {
  const child = spawn(path.join(ROOT, 'node_modules/.bin/tsx'), ['lib/cli/seed.ts', '--demo'], {
    cwd: ROOT,
    env: { ...process.env, DATABASE_URL: databaseUrl },
  });
  let output = '';
  child.stderr.on('data', (d) => (output += d));
  child.stdout.on('data', (d) => (output += d));
  const code = await new Promise<number | null>((resolve) => child.once('close', resolve));
  if (code !== 0) throw new Error(`seed --demo failed (${code}): ${output.slice(-2000)}`);
  return output;
}

describe('the demo: real samples, and the synthetic demo one click away', () => {
  beforeAll(async () => {
    server = await startServer({ log: path.join(OUTPUT_DIR, 'e2e-demo-server.log') });
    const said = await seedDemo(server.databaseUrl);
    expect(said).toContain(`demo corpus: ${DEMO_REPORTS} synthetic reports`);
  }, 600_000);
  afterAll(async () => {
    await closeBrowser();
    await server?.stop();
  });

  it('the first view is the real samples, with a switch naming both sides and their counts', async () => {
    const { page, problems } = await openPage(at('/'));
    const sides = page.locator('[data-source-switch] a');
    await expect(sides.allInnerTexts()).resolves.toEqual(['真实报告（5 份）', `合成演示数据（3,000 份）`]);
    await expect(sides.first().getAttribute('aria-current')).resolves.toBe('page');
    await expect(page.getByText('当前显示的是合成（模拟）数据').count()).resolves.toBe(0);
    expect(problems).toEqual([]);
  });

  it('one click: the synthetic demo, banner on, every chart drawn, the map filled across the provinces', async () => {
    const { page, problems } = await openPage(at('/'));
    await page.locator('[data-source-switch] a[data-synthetic="1"]').click();
    await page.waitForURL(/synthetic=1/);
    await expect(page.getByText('当前显示的是合成（模拟）数据').count()).resolves.toBe(1);
    await expect(page.locator('[data-source-switch] a[data-synthetic="1"]').getAttribute('aria-current')).resolves.toBe(
      'page',
    );
    const charts = await expectChartsDrawn(page, 5);
    expect(charts.length).toBeGreaterThanOrEqual(5);
    // The demo spans the country: the ranked list beside the tile map names most provinces with a value.
    const ranked = page.locator('[data-ranked-list="province"] ol li');
    await expect.poll(() => ranked.count()).toBeGreaterThanOrEqual(25);
    // No chart says it has nothing to show.
    await expect(page.locator('[data-view-notice]').count()).resolves.toBe(0);
    await screenshot(page, 'demo-overview');
    expect(problems).toEqual([]);
  });

  it('the region view of a province in the demo: sub-regions, map and agencies', async () => {
    const { page, problems } = await openPage(at('/region?synthetic=1&region=330000'));
    await expectChartsDrawn(page, 2);
    await expect(page.locator('table').count()).resolves.toBeGreaterThan(0);
    await screenshot(page, 'demo-region');
    expect(problems).toEqual([]);
  });
});
