/**
 * The built app starts on a fresh database that imported db/samples: the overview and the compare table
 * render, the table lists every sample agency, and the browser reports no errors on either page.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { seedExpectations } from '../support/expectations';
import { closeBrowser, openPage, screenshot } from './browser';

// The agencies of db/samples, from their hand-checked goldens; a fresh database imports exactly these.
const SAMPLE_AGENCIES = seedExpectations().map((e) => e.agency!);

describe('smoke', () => {
  afterAll(closeBrowser);

  it('the overview loads without browser errors', async () => {
    const { page, response, problems } = await openPage('/');
    // Before the assertions, so a failing page still leaves a picture to look at.
    await screenshot(page, 'home');
    expect(response?.status()).toBe(200);
    await expect(page.title()).resolves.toContain('年报透镜');
    expect(problems).toEqual([]);
  });

  it('the compare table lists the five sample agencies', async () => {
    const { page, response, problems } = await openPage('/compare');
    await screenshot(page, 'compare');
    expect(response?.status()).toBe(200);
    expect(SAMPLE_AGENCIES).toHaveLength(5);
    const text = await page.locator('body').innerText();
    for (const agency of SAMPLE_AGENCIES) expect(text).toContain(agency);
    expect(problems).toEqual([]);
  });

  it('a page number no table has is dropped, not an error (issue 19, item 7)', async () => {
    for (const path of ['/compare?page=99999999999999999999', '/compare?page=1e308', '/quality?page=1e30']) {
      const { response, problems } = await openPage(path);
      expect(response?.status(), path).toBe(200);
      expect(problems, path).toEqual([]);
    }
  });

  it('the quality page past its last page goes to the last page, not an empty table under "第 1 / 1 页" (issue 18)', async () => {
    const { page, response, problems } = await openPage('/quality?page=999&sev=info');
    expect(response?.status()).toBe(200);
    expect(page.url()).toMatch(/[?&]page=1(&|$)/);
    expect(page.url()).toContain('sev=info');
    expect(await page.locator('table.data tbody tr').count()).toBeGreaterThan(0);
    expect(problems).toEqual([]);
  });

  it("a finding reads in the page's language; the parser's English line, rule and path sit folded under 技术细节 (issue 18)", async () => {
    const { page, problems } = await openPage('/quality');
    const row = page.locator('table.data').last().locator('tbody tr').first();
    const details = row.locator('details.finding-details');
    expect(await details.count()).toBe(1);
    expect(await details.getAttribute('open')).toBeNull();
    expect(await details.locator('summary').innerText()).toBe('技术细节');
    expect(await details.locator('[lang="en"]').isVisible()).toBe(false);
    await details.locator('summary').click();
    expect(await details.locator('[lang="en"]').isVisible()).toBe(true);
    await screenshot(page, 'quality-finding-details');
    expect(problems).toEqual([]);
  });
});
