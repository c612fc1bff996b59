/**
 * A database the app made itself (`next start` on a new file, no `npm run seed`): the app only opens and
 * migrates it (db/app-database.ts), so it holds no region and no report. Every page answers and shows empty,
 * never an error; an upload files a PDF with its region's name (the upload route seeds regions), and its
 * agency page shows the text kept at import with the clicked number marked (and, without it, a note saying
 * how to get it back). A second server on the same
 * build, with data of its own, so the other test files' server is untouched.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { createClient } from '@libsql/client';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { type AppServer, OUTPUT_DIR, ROOT, startServer } from './app-server';
import { closeBrowser, openPage, screenshot } from './browser';

const PDF = path.join(ROOT, 'test/fixtures/pdf/003-jiaxing.pdf');
const PAGES = [
  '/',
  '/compare',
  '/compare?by=agency',
  '/region',
  '/region?region=330000',
  '/quality',
  '/metrics',
  '/import',
  '/?lang=en',
];

let server: AppServer;
const at = (p: string) => new URL(p, server.baseURL).toString();

describe('a database the app made itself', () => {
  beforeAll(async () => {
    server = await startServer({ seed: false, log: path.join(OUTPUT_DIR, 'e2e-unseeded-server.log') });
  }, 120_000);
  afterAll(async () => {
    await closeBrowser();
    await server?.stop();
  });

  it('every page answers 200 and shows empty, without browser errors', async () => {
    for (const p of PAGES) {
      const { page, response, problems } = await openPage(at(p));
      expect(response?.status(), p).toBe(200);
      expect(problems, p).toEqual([]);
      if (p === '/') await screenshot(page, 'unseeded-home');
      await page.close();
    }
    // No agency yet: a page for one is "not found", not a server error.
    expect((await fetch(at('/agency/1'))).status).toBe(404);
    const chart = await fetch(at('/api/chart?chart=trend&format=svg'));
    expect(chart.status).toBe(200);
  });

  it('an uploaded PDF is filed with its region, and its agency page marks a number in the kept text', async () => {
    const form = new FormData();
    form.append('files', new Blob([readFileSync(PDF)]), path.basename(PDF));
    const saved = await fetch(at('/api/import'), {
      method: 'POST',
      body: form,
      headers: { Authorization: `Bearer ${inject('adminToken')}` },
    });
    expect(saved.status).toBe(200);
    expect(await saved.json()).toMatchObject({ imported: 1, failed: [] });

    const { page, problems } = await openPage(at('/compare'));
    await page.locator('table.data a', { hasText: '嘉兴市科学技术局' }).click();
    await page.waitForURL(/\/agency\/\d+/);
    await expect(page.locator('.page-head p').first().innerText()).resolves.toContain('嘉兴市');
    const link = page.locator('table.template-table td a[href*="cell="]').first();
    const cellPath = await link.evaluate((a) => a.closest('td')!.getAttribute('data-path'));
    await link.click();
    await page.waitForURL((u) => u.searchParams.get('cell') === cellPath);
    await page.locator('#source mark').waitFor();
    await expect(page.locator('#source').innerText()).resolves.toContain('嘉兴市科学技术局');
    await screenshot(page, 'unseeded-agency-pdf');
    expect(problems).toEqual([]);

    // Imported before the text was kept (no row in report_texts): the source is unavailable, with a note.
    const db = createClient({ url: server.databaseUrl });
    await db.execute('DELETE FROM report_texts');
    db.close();
    await page.reload();
    await expect(page.locator('#source').count()).resolves.toBe(0);
    await expect(page.getByText('npm run reparse -- --all').count()).resolves.toBe(1);
    await expect(page.locator('table.template-table').count()).resolves.toBeGreaterThanOrEqual(3);
    expect(problems).toEqual([]);
  });
});
