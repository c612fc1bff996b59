/**
 * Server-side chart images: every builder renders to a standalone SVG and a 2× PNG, and Chinese text
 * is drawn with real glyphs. Needs fonts-noto-cjk (test/support/install-system-packages.sh fonts).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import type { EChartsOption } from 'echarts';
// saxes is a strict, conforming XML parser; it comes with exceljs (a direct dependency).
import { SaxesParser } from 'saxes';
import sharp from 'sharp';
import { describe, expect, test, vi } from 'vitest';
import { rankedBarOption } from '../../lib/charts/ranked-bar';
import { renderChartPng, renderChartSvg } from '../../lib/charts/render-image';
import type { Locale } from '../../lib/format/locale';
import { metricById } from '../../lib/metrics/dictionary';
import { allOptions, caption, RANKED } from './samples';

const SIZE = { width: 960, height: 540 };

interface XmlElement {
  name: string;
  attributes: Record<string, string>;
}

/** Parses strictly (throws on any well-formedness error); returns the elements in document order and the text. */
function parseXml(xml: string): { elements: XmlElement[]; texts: string[] } {
  const parser = new SaxesParser({ xmlns: false });
  const elements: XmlElement[] = [];
  const texts: string[] = [];
  parser.on('error', (e) => {
    throw e;
  });
  parser.on('opentag', (tag) =>
    elements.push({ name: tag.name, attributes: tag.attributes as Record<string, string> }),
  );
  parser.on('text', (t) => {
    if (t.trim()) texts.push(t);
  });
  parser.write(xml).close();
  return { elements, texts };
}

const cases = (['zh', 'en'] as Locale[]).flatMap((locale) =>
  allOptions(locale).map(([name, option, cap]) => ({ name, locale, option, cap })),
);

describe.each(cases)('$name ($locale)', ({ option, cap }) => {
  test('SVG: drawn in its final state, with no grow-in animation (issue 18: a thumbnail showed empty bars)', () => {
    const svg = renderChartSvg(option, SIZE);
    expect(svg).not.toMatch(/animation:|@keyframes/);
  });

  test('SVG: a standalone, well-formed file on a white background, with title and caption', () => {
    const svg = renderChartSvg(option, SIZE);
    expect(svg.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<svg')).toBe(true);
    const { elements, texts } = parseXml(svg);
    const [root, background] = elements;
    expect(root.name).toBe('svg');
    expect(root.attributes).toMatchObject({ xmlns: 'http://www.w3.org/2000/svg', width: '960', height: '540' });
    expect(background).toEqual({
      name: 'rect',
      attributes: expect.objectContaining({ width: '960', height: '540', fill: '#ffffff' }),
    });
    expect(texts).toContain(cap.title);
    expect(texts.some((t) => t.includes(cap.filters))).toBe(true);
    expect(texts.some((t) => t.includes(cap.dataDate))).toBe(true);
  });

  test('PNG: twice the CSS size', async () => {
    const png = await renderChartPng(option, SIZE);
    const meta = await sharp(png).metadata();
    expect([meta.format, meta.width, meta.height]).toEqual(['png', 1920, 1080]);
  });
});

test('PNG: scale is configurable', async () => {
  const meta = await sharp(await renderChartPng(cases[0].option, { width: 400, height: 300, scale: 1 })).metadata();
  expect([meta.width, meta.height]).toEqual([400, 300]);
});

test('SVG: the chart is disposed even when rendering fails', async () => {
  vi.resetModules();
  const dispose = vi.fn();
  vi.doMock('../../lib/charts/echarts-registry', () => ({
    echarts: {
      init: () => ({
        setOption: () => {
          throw new Error('bad option');
        },
        renderToSVGString: () => '',
        dispose,
      }),
    },
  }));
  try {
    const { renderChartSvg: render } = await import('../../lib/charts/render-image');
    expect(() => render({}, SIZE)).toThrow('bad option');
    expect(dispose).toHaveBeenCalledOnce();
  } finally {
    vi.doUnmock('../../lib/charts/echarts-registry');
    vi.resetModules();
  }
});

describe('Chinese glyphs, not tofu', () => {
  // rankedBar has no legend, so the top of the image holds only the title (left 16, top 12, 16 px bold).
  const titled = (title: string): EChartsOption =>
    rankedBarOption(RANKED, metricById('appsNew'), 'zh', caption('zh', title));
  /** The title area of the 2× PNG: CSS 0–120 × 0–44, above the plot. */
  const TITLE_AREA = { left: 0, top: 0, width: 240, height: 88 };
  const titlePixels = async (title: string) =>
    sharp(await renderChartPng(titled(title), SIZE))
      .extract(TITLE_AREA)
      .removeAlpha()
      .greyscale()
      .raw()
      .toBuffer(); // one byte per pixel
  /** The bounding box of the dark pixels (grey < 128) in the title area. */
  const inkBox = async (title: string) => {
    const pixels = await titlePixels(title);
    let [left, right, top, bottom] = [Infinity, -1, Infinity, -1];
    pixels.forEach((v, i) => {
      if (v >= 128) return;
      const [x, y] = [i % TITLE_AREA.width, Math.floor(i / TITLE_AREA.width)];
      [left, right, top, bottom] = [Math.min(left, x), Math.max(right, x), Math.min(top, y), Math.max(bottom, y)];
    });
    return { width: right - left + 1, height: bottom - top + 1 };
  };

  test('titles differing in one character (汉/字) differ in the image', async () => {
    const [a, b] = await Promise.all([titlePixels('汉'), titlePixels('字')]);
    const differing = a.reduce((n, v, i) => n + (Math.abs(v - b[i]) > 64 ? 1 : 0), 0);
    expect(differing).toBeGreaterThan(100);
  });

  /**
   * The test above alone is not enough: without a CJK font, pango draws a "hex box" per character,
   * a frame with the code point's hex digits inside (6C49 vs 5B57), and those differ too. 一 (U+4E00) is
   * a single horizontal stroke, far wider than tall; its hex box is a frame taller than wide.
   */
  test('一 is drawn as a flat horizontal stroke, not as a hex box', async () => {
    const box = await inkBox('一');
    expect(box.width).toBeGreaterThan(20); // ~1 em at 32 px
    expect(box.width).toBeGreaterThan(3 * box.height);
  });
});

test('sample PNG for looking at (test/output/, gitignored)', async () => {
  const [, option] = allOptions('zh').find(([name]) => name === 'outcomeMix')!;
  const dir = new URL('../output/', import.meta.url);
  mkdirSync(dir, { recursive: true });
  writeFileSync(new URL('render-image-outcome-mix.png', dir), await renderChartPng(option, SIZE));
  writeFileSync(new URL('render-image-outcome-mix.svg', dir), renderChartSvg(option, SIZE));
});
