/**
 * The pages at a phone's, a tablet's and a desktop's width (issue 18): the page never scrolls sideways, no
 * chart is wider than the screen nor cuts off its own title, caption or labels, and each nav link stays on
 * one line (the header once wrapped one character per line at 390 px). Full-page screenshots width-<page>-<px>.png are for a person to look at.
 */
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { closeBrowser, openPage, screenshot } from './browser';
import { expectChartsDrawn } from './page-ready';

const WIDTHS = [390, 800, 1440] as const;
/** 浙江省: a province of the samples (db/samples/README.md). */
const PROVINCE = '330000';

interface Measured {
  innerWidth: number;
  scrollWidth: number;
  /** Charts (their svg or canvas) whose box reaches past the viewport's right edge, or is wider than it. */
  wideCharts: string[];
  /** Texts drawn in a chart (title, caption, labels) that reach past the chart's edges, and so are cut off. */
  cutTexts: string[];
  /** Nav links whose text takes two lines or more. */
  brokenLinks: string[];
  /** The brand's name when it takes more than one line. */
  brokenBrand: string | null;
}

/** What the widths test asserts, read in the page at once. */
function measure(page: Page): Promise<Measured> {
  return page.evaluate(() => {
    const oneLine = (el: Element) => {
      const style = getComputedStyle(el);
      const box = el.getBoundingClientRect();
      const content = box.height - parseFloat(style.paddingTop) - parseFloat(style.paddingBottom);
      return content < 2 * parseFloat(style.fontSize);
    };
    const wideCharts = [...document.querySelectorAll('figure svg, figure canvas')]
      .filter((el) => {
        const box = el.getBoundingClientRect();
        return box.width > window.innerWidth || box.right > window.innerWidth + 1 || box.left < -1;
      })
      .map((el) => `${el.closest('[role=img]')?.getAttribute('aria-label')}: ${el.getBoundingClientRect().width}px`);
    const cutTexts = [...document.querySelectorAll('figure svg')].flatMap((svg) => {
      const edge = svg.getBoundingClientRect();
      return [...svg.querySelectorAll('text')]
        .filter((t) => (t.textContent ?? '').trim() !== '')
        .filter((t) => {
          const box = t.getBoundingClientRect();
          return box.left < edge.left - 1 || box.right > edge.right + 1;
        })
        .map((t) => t.textContent ?? '');
    });
    const brokenLinks = [...document.querySelectorAll('header nav a')]
      .filter((a) => !oneLine(a))
      .map((a) => `${a.textContent} (${a.getBoundingClientRect().height}px)`);
    const brand = document.querySelector('header .brand strong');
    return {
      innerWidth: window.innerWidth,
      scrollWidth: document.documentElement.scrollWidth,
      wideCharts,
      cutTexts,
      brokenLinks,
      brokenBrand: brand && !oneLine(brand) ? brand.textContent : null,
    };
  });
}

/** An agency with reports in the province: the first agency link of its region page. */
async function agencyPath(): Promise<string> {
  const { page } = await openPage(`/region?region=${PROVINCE}`);
  const href = await page.locator('table.data a[href^="/agency/"]').first().getAttribute('href');
  expect(href).toMatch(/^\/agency\/\d+/);
  await page.context().close();
  return new URL(href!, 'http://x').pathname;
}

async function checkAt(name: string, path: string, width: number, minCharts: number): Promise<void> {
  const { page, context, response, problems } = await openPage(path);
  await page.setViewportSize({ width, height: 900 });
  // Loaded again at that width, so the first layout is the phone's, not a resize of the desktop's.
  await page.reload({ waitUntil: 'load' });
  expect(response?.status(), path).toBe(200);
  await expectChartsDrawn(page, minCharts);
  const m = await measure(page);
  await screenshot(page, `width-${name}-${width}`);
  const where = `${path} at ${width}px`;
  expect(m.innerWidth, where).toBe(width);
  expect(m.scrollWidth, `${where}: the page scrolls sideways`).toBeLessThanOrEqual(m.innerWidth + 1);
  expect(m.wideCharts, where).toEqual([]);
  expect(m.cutTexts, where).toEqual([]);
  expect(m.brokenLinks, where).toEqual([]);
  expect(m.brokenBrand, where).toBeNull();
  expect(problems, where).toEqual([]);
  await context.close();
}

describe('pages at 390, 800 and 1440 px', () => {
  afterAll(closeBrowser);

  for (const width of WIDTHS) {
    it(`overview, compare, region and agency at ${width} px`, async () => {
      await checkAt('overview', '/', width, 4);
      await checkAt('compare', '/compare', width, 1);
      await checkAt('region', `/region?region=${PROVINCE}`, width, 2);
      await checkAt('agency', await agencyPath(), width, 2);
    });

    it(`the score rankings at ${width} px`, async () => {
      await checkAt('score', '/quality/score', width, 0);
    });
  }

  it('the English overview at 390 px', async () => {
    await checkAt('overview-en', '/?lang=en', 390, 4);
  });

  it('a chart follows its box when the window narrows', async () => {
    const { page, context } = await openPage('/');
    await expectChartsDrawn(page, 4);
    await page.setViewportSize({ width: 390, height: 900 });
    await expectChartsDrawn(page, 4);
    const m = await measure(page);
    expect(m.scrollWidth).toBeLessThanOrEqual(391);
    expect(m.wideCharts).toEqual([]);
    expect(m.cutTexts).toEqual([]);
    await context.close();
  });

  it('a wide table scrolls inside its own box at 390 px', async () => {
    const { page, context } = await openPage('/compare');
    await page.setViewportSize({ width: 390, height: 900 });
    await page.reload({ waitUntil: 'load' });
    const box = page.locator('.table-wrap').first();
    const [client, scroll] = await box.evaluate((el) => [el.clientWidth, el.scrollWidth]);
    // The table is wider than the phone, and its box holds it: the box scrolls, the page does not.
    expect(scroll).toBeGreaterThan(client);
    expect(client).toBeLessThanOrEqual(390);
    await context.close();
  });
});
