/**
 * The province tile map (issue 17): on the overview and the region page it shows the five sample provinces
 * (山西, 江西, 宁夏, 浙江, 湖北; db/samples/README.md) shaded and the rest grey, with the provinces ranked in an
 * ordered list beside it; a click on a tile opens that province's region view with the same filters; under a
 * province the cities are ranked with no map; the map exports as PNG and SVG with its caption; and it fits a
 * phone. Screenshots tile-map-*.png are for a person to look at.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from 'playwright-core';
import sharp from 'sharp';
import { afterAll, describe, expect, it } from 'vitest';
import { closeBrowser, openPage, SCREENSHOT_DIR } from './browser';
import { expectChartsDrawn } from './page-ready';

const MAP = 'section.panel[data-chart="tile-map"]';
const LIST = 'section.panel[data-ranked-list]';
const SAMPLE_PROVINCES = ['山西', '江西', '宁夏', '浙江', '湖北'];

/** The row of the map and its list, as a picture. */
async function shoot(page: Page, name: string): Promise<void> {
  await page.locator('[data-region-map]').screenshot({ path: path.join(SCREENSHOT_DIR, `${name}.png`) });
}

/** The texts drawn in the map's SVG. */
function mapTexts(page: Page): Promise<string[]> {
  return page
    .locator(`${MAP} svg text`)
    .evaluateAll((els) => els.map((e) => e.textContent ?? '').filter((t) => t.trim() !== ''));
}

/** The middle of the tile whose name is `name` (its label's first line), scrolled into view. */
async function tileCentre(page: Page, name: string): Promise<{ x: number; y: number }> {
  const label = page.locator(`${MAP} svg text`, { hasText: new RegExp(`^${name}$`) }).first();
  await label.scrollIntoViewIfNeeded();
  const box = (await label.boundingBox())!;
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

async function clickTile(page: Page, name: string): Promise<void> {
  const { x, y } = await tileCentre(page, name);
  await page.mouse.click(x, y);
}

async function hoverTile(page: Page, name: string): Promise<void> {
  const { x, y } = await tileCentre(page, name);
  await page.mouse.move(x, y);
}

async function download(page: Page, selector: string): Promise<{ bytes: Buffer; name: string }> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.locator(selector).first().click()]);
  expect(await file.failure()).toBeNull();
  return { bytes: await readFile((await file.path())!), name: file.suggestedFilename() };
}

describe('the province tile map', () => {
  afterAll(closeBrowser);

  it('the overview shows the map with the sample provinces and ranks them in a list', async () => {
    const { page, problems } = await openPage('/');
    await expectChartsDrawn(page, 5);
    const texts = await mapTexts(page);
    for (const name of [...SAMPLE_PROVINCES, '黑龙江', '台湾', '香港', '澳门', '海南']) expect(texts).toContain(name);
    expect(texts).toContain('各省份本年新收政府信息公开申请数（方块示意图）');
    expect(texts.some((t) => t.startsWith('每个方块代表一个省级行政区'))).toBe(true);
    expect(texts).toContain('灰色方块：无数据（29 个）。');

    const items = page.locator(`${LIST} ol.ranked-list > li`);
    await expect.poll(() => items.count()).toBe(5);
    const names = await items.locator('a').allInnerTexts();
    expect([...names].sort()).toEqual([...SAMPLE_PROVINCES].sort());
    await expect(page.locator(LIST).innerText()).resolves.toContain('无数据：');
    await shoot(page, 'tile-map-overview');

    // A grey tile says why it is grey, and a shaded one its rank and value.
    const tooltip = page.locator(`${MAP} [role="img"] > div`).last();
    await hoverTile(page, '香港');
    await expect.poll(() => tooltip.innerText()).toContain('无数据');
    await hoverTile(page, '浙江');
    await expect.poll(() => tooltip.innerText()).toMatch(/^1\. 浙江\n本年新收政府信息公开申请数：\d/);
    expect(problems).toEqual([]);
  });

  it('a click on a tile opens that province on the region page, with the view kept; there its cities are ranked, no map', async () => {
    const { page, problems } = await openPage('/?metric=disclosureRate&from=2019');
    await expectChartsDrawn(page, 5);
    await clickTile(page, '浙江');
    await page.waitForURL(/\/region\?/);
    const url = new URL(page.url());
    expect(url.searchParams.get('region')).toBe('330000');
    expect(url.searchParams.get('metric')).toBe('disclosureRate');
    expect(url.searchParams.get('from')).toBe('2019');
    await expect(page.locator('h1').innerText()).resolves.toContain('浙江省');

    await expect.poll(() => page.locator(`${LIST} li`).count()).toBeGreaterThan(0);
    await expect(page.locator(MAP).count()).resolves.toBe(0);
    const list = await page.locator(LIST).innerText();
    expect(list).toContain('各市排名');
    expect(list).toContain('嘉兴市');
    expect(list).toContain('市、区县没有公认的方块排布');
    // A rate in the list stands with its n, as in every table.
    expect(list).toMatch(/\d+\.\d% n=\d/);
    expect(problems).toEqual([]);
  });

  it('the region page shows the map; a tile there opens the province', async () => {
    const { page, problems } = await openPage('/region?metric=appsNew');
    await expectChartsDrawn(page, 3);
    await expect(page.locator(MAP).count()).resolves.toBe(1);
    await expect(page.locator(LIST).innerText()).resolves.toContain('点击方块进入该省份的地区页');
    await shoot(page, 'tile-map-region');
    await clickTile(page, '山西');
    await page.waitForURL(/region=140000/);
    await expect(page.locator('h1').innerText()).resolves.toContain('山西省');
    expect(problems).toEqual([]);
  });

  it('the map exports as a 1920 px PNG and an SVG with its title and caption', async () => {
    const { page, problems } = await openPage('/region?metric=disclosureRate');
    await expectChartsDrawn(page, 3);
    const png = await download(page, `${MAP} a[data-export="png"]`);
    expect(png.name).toMatch(/\.png$/);
    const image = sharp(png.bytes);
    expect((await image.metadata()).width).toBe(1920);
    // Not blank: dark tiles and text next to the white ground.
    const { channels } = await image.stats();
    expect(channels[0].min).toBeLessThan(80);
    expect(channels[0].max).toBe(255);
    await sharp(png.bytes).toFile(path.join(SCREENSHOT_DIR, 'tile-map-export.png'));

    const svg = await download(page, `${MAP} a[data-export="svg"]`);
    expect(svg.name).toMatch(/\.svg$/);
    const text = svg.bytes.toString('utf8');
    expect(text).toMatch(/<svg[\s>]/);
    expect(text).toContain('各省份公开率（方块示意图）');
    expect(text).toContain('每个方块代表一个省级行政区');
    expect(text).toContain('数据来源：');
    for (const name of SAMPLE_PROVINCES) expect(text).toContain(name);
    expect(problems).toEqual([]);
  });

  it('in English the tiles, the list and the export speak English', async () => {
    const { page, problems } = await openPage('/?lang=en');
    await expectChartsDrawn(page, 5);
    const texts = await mapTexts(page);
    expect(texts).toEqual(expect.arrayContaining(['Zhejiang', 'Inner Mongolia', 'Hong Kong']));
    expect(texts.join('\n')).not.toMatch(/[\u3400-\u9fff]/);
    await expect(page.locator(LIST).innerText()).resolves.toContain('Provinces ranked');
    expect(problems).toEqual([]);
  });

  for (const [lang, suffix] of [
    ['zh', ''],
    ['en', '-en'],
  ] as const) {
    it(`at 390 px (${lang}) the map fits the screen and its labels stay inside it`, async () => {
      const { page, problems } = await openPage(lang === 'en' ? '/region?lang=en' : '/region');
      await page.setViewportSize({ width: 390, height: 900 });
      await page.reload({ waitUntil: 'load' });
      await expectChartsDrawn(page, 3);
      const fit = await page.evaluate((selector) => {
        const svg = document.querySelector(`${selector} svg`)!;
        const edge = svg.getBoundingClientRect();
        const cut = [...svg.querySelectorAll('text')]
          .filter((t) => {
            const box = t.getBoundingClientRect();
            return box.width > 0 && (box.left < edge.left - 1 || box.right > edge.right + 1);
          })
          .map((t) => t.textContent);
        return { scroll: document.documentElement.scrollWidth, right: edge.right, cut };
      }, MAP);
      expect(fit.scroll).toBeLessThanOrEqual(391);
      expect(fit.right).toBeLessThanOrEqual(390);
      expect(fit.cut).toEqual([]);
      await shoot(page, `tile-map-390${suffix}`);
      expect(problems).toEqual([]);
    });
  }
});
