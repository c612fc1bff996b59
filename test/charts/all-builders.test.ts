/** What every chart option must carry, whichever builder made it. */
import { describe, expect, test } from 'vitest';
import { FONT_FAMILY } from '../../lib/charts/caption';
import type { Locale } from '../../lib/format/locale';
import { allOptions, graphicTexts, titleText } from './samples';

const cases = (['zh', 'en'] as Locale[]).flatMap((locale) =>
  allOptions(locale).map(([name, option, cap]) => ({ name, locale, option, cap })),
);

describe.each(cases)('$name ($locale)', ({ locale, option, cap }) => {
  test('font family, title', () => {
    expect((option.textStyle as { fontFamily: string }).fontFamily).toBe(FONT_FAMILY);
    expect(titleText(option)).toBe(cap.title);
  });

  test('caption baked in: filters, date and source', () => {
    const texts = graphicTexts(option).join('\n');
    expect(texts).toContain(cap.filters);
    expect(texts).toContain(cap.dataDate);
    expect(texts).toContain(
      locale === 'zh'
        ? '数据来源：各机构政府信息公开工作年度报告；年报透镜整理'
        : "Source: agencies' annual OGI reports; compiled by Nianbao Lens",
    );
  });

  test('plain data: survives JSON and structured cloning (no functions), so it can cross to a client component', () => {
    expect(() => structuredClone(option)).not.toThrow();
    expect(JSON.parse(JSON.stringify(option))).toEqual(option);
  });

  test('the grid leaves room for the caption', () => {
    const grid = option.grid as { bottom: number };
    expect(grid.bottom).toBeGreaterThanOrEqual(graphicTexts(option).length * 16);
  });
});
