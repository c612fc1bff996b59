/**
 * Headless Debian Chromium driven by playwright-core, for the browser tests. One browser per test file
 * (call `afterAll(closeBrowser)`), a fresh context per page so locale and cookies do not leak between tests.
 * Never `npx playwright install`: its browser download cannot work on this closed network.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { type Browser, type BrowserContext, chromium, type Page, type Response } from 'playwright-core';
import { inject } from 'vitest';
import { OUTPUT_DIR } from './app-server';

export const SCREENSHOT_DIR = path.join(OUTPUT_DIR, 'screenshots');

// Without the background-networking flags Chromium keeps calling Google's hosts, which this network refuses.
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

let browser: Promise<Browser> | null = null;
const contexts = new Set<BrowserContext>();

function launch(): Promise<Browser> {
  browser ??= chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
  return browser;
}

/** The absolute URL of an app path such as `/` or `/agencies?year=2020`. */
export const appURL = (p: string) => new URL(p, inject('baseURL')).toString();

export interface OpenedPage {
  page: Page;
  context: BrowserContext;
  /** The navigation's response (null for same-document navigations). */
  response: Response | null;
  /**
   * Console errors, uncaught page errors, failed requests and HTTP ≥ 400 answers, as they happen,
   * so a test can end with `expect(problems).toEqual([])`.
   */
  problems: string[];
}

export interface OpenOptions {
  /** Browser locale, also sent as Accept-Language. Default zh-CN, the app's first language. */
  locale?: string;
}

/** Opens `p` in a new 1440×900 page, waits for the load event, and records problems from then on. */
export async function openPage(p: string, options: OpenOptions = {}): Promise<OpenedPage> {
  const context = await (await launch()).newContext({
    viewport: { width: 1440, height: 900 },
    locale: options.locale ?? 'zh-CN',
    // Fixed so dates on screen do not depend on the machine's zone.
    timezoneId: 'Asia/Shanghai',
    acceptDownloads: true,
  });
  contexts.add(context);
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('console', (m) => {
    // Chromium asks for /favicon.ico on its own; the app not having one is not a page fault.
    if (m.type() === 'error' && !m.location().url.endsWith('/favicon.ico')) {
      problems.push(`console: ${m.text()} (${m.location().url})`);
    }
  });
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('requestfailed', (r) => {
    const reason = r.failure()?.errorText ?? '';
    // Next aborts prefetches and RSC fetches when a navigation supersedes them; that is not a fault.
    if (reason !== 'net::ERR_ABORTED') problems.push(`request failed: ${r.method()} ${r.url()} ${reason}`);
  });
  page.on('response', (r) => {
    if (r.status() >= 400) problems.push(`HTTP ${r.status()}: ${r.request().method()} ${r.url()}`);
  });
  const response = await page.goto(appURL(p), { waitUntil: 'load' });
  return { page, context, response, problems };
}

/** Saves a full-page PNG to test/output/screenshots/<name>.png and returns its path. */
export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const file = path.join(SCREENSHOT_DIR, `${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}

/** Closes every context and the browser; safe to call when nothing was opened. */
export async function closeBrowser(): Promise<void> {
  await Promise.all([...contexts].map((c) => c.close().catch(() => {})));
  contexts.clear();
  const b = browser;
  browser = null;
  if (b) await (await b).close();
}
