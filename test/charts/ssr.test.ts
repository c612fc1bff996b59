/**
 * Renders every builder's option to SVG on the server, as the export route will, through the shared
 * registry: proves the options are valid for the registered charts and that title and caption are in the image.
 */
import { describe, expect, test } from 'vitest';
import type { EChartsOption } from 'echarts';
import { echarts } from '../../lib/charts/echarts-registry';
import type { Locale } from '../../lib/format/locale';
import { allOptions } from './samples';

function renderSvg(option: EChartsOption): string {
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width: 800, height: 500 });
  try {
    chart.setOption(option);
    return chart.renderToSVGString();
  } finally {
    chart.dispose();
  }
}

const decode = (s: string) =>
  s
    .replace(/&#x([0-9a-f]+);/gi, (_, h) => String.fromCodePoint(parseInt(h, 16)))
    .replace(/&#(\d+);/g, (_, d) => String.fromCodePoint(Number(d)))
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');

/** The text the SVG shows, one <text> element per line. */
const svgTexts = (svg: string) => [...svg.matchAll(/<text\b[^>]*>([^<]*)<\/text>/g)].map((m) => decode(m[1]));

/**
 * Every tag is well formed: attributes are name="value" with no stray quote. ECharts does not escape
 * a double quote inside a style attribute, so a font family written with double quotes breaks the SVG.
 */
const malformedTags = (svg: string) =>
  [...svg.matchAll(/<[^!?/][^>]*>/g)]
    .map((m) => m[0])
    .filter((tag) => !/^<[\w:-]+(\s+[\w:-]+="[^"<]*")*\s*\/?>$/.test(tag));

const cases = (['zh', 'en'] as Locale[]).flatMap((locale) =>
  allOptions(locale).map(([name, option, cap]) => ({ name, locale, option, cap })),
);

describe.each(cases)('SSR SVG: $name ($locale)', ({ locale, option, cap }) => {
  const svg = renderSvg(option);
  const texts = svgTexts(svg);

  test('is a well-formed SVG with no NaN coordinates', () => {
    expect(svg.startsWith('<svg')).toBe(true);
    expect(malformedTags(svg)).toEqual([]);
    expect(svg).not.toContain('NaN');
  });

  test('shows the title and every caption line', () => {
    expect(texts).toContain(cap.title);
    expect(texts).toContain(`${locale === 'zh' ? '筛选条件：' : 'Filters: '}${cap.filters}`);
    expect(texts.some((t) => t.includes(cap.dataDate))).toBe(true);
    expect(texts).toContain(
      locale === 'zh'
        ? '数据来源：各机构政府信息公开工作年度报告；年报透镜整理'
        : "Source: agencies' annual OGI reports; compiled by Nianbao Lens",
    );
  });

  test('draws the data', () => {
    expect(svg).toMatch(/<path\b/);
  });
});

test('SSR SVG: the selected peer is labelled in the image', () => {
  const [, option] = allOptions('zh').find(([name]) => name === 'peerSpread')!;
  expect(svgTexts(renderSvg(option))).toContain('嘉兴市科技局：85.0%');
});

test('SSR SVG: a 100 % bar row without data says so in the image', () => {
  const [, option] = allOptions('en').find(([name]) => name === 'outcomeMix')!;
  const texts = svgTexts(renderSvg(option));
  expect(texts).toContain('no data');
  expect(texts).toContain('none handled');
});
