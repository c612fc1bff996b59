import { describe, expect, test } from 'vitest';
import type { EChartsOption } from 'echarts';
import { captionHeight, captionLines, FONT_FAMILY, sentences, withCaption } from '../../lib/charts/caption';
import { caption, graphicTexts, titleText } from './samples';

describe('captionLines', () => {
  test('zh: filters, date, default source', () => {
    expect(captionLines(caption('zh'), 'zh').map((l) => l.text)).toEqual([
      '筛选条件：浙江省 嘉兴市 · 2019–2021年 · 科技局',
      '数据更新于：2024年5月1日',
      '数据来源：各机构政府信息公开工作年度报告；年报透镜整理',
    ]);
  });

  test('en: the English source line', () => {
    expect(
      captionLines(caption('en'), 'en')
        .map((l) => l.text)
        .at(-1),
    ).toBe("Source: agencies' annual OGI reports; compiled by Nianbao Lens");
  });

  test('notes go between filters and date; a source can be given', () => {
    const lines = captionLines({ ...caption('zh'), notes: ['n = 3'], source: '某市统计' }, 'zh');
    expect(lines.map((l) => l.id)).toEqual(['caption-filters', 'caption-note-0', 'caption-date', 'caption-source']);
    expect(lines[3].text).toBe('数据来源：某市统计');
  });

  test('height grows with the lines', () => {
    expect(captionHeight({ ...caption('zh'), notes: ['a', 'b'] }, 'zh')).toBe(captionHeight(caption('zh'), 'zh') + 32);
  });
});

describe('withCaption', () => {
  const base: EChartsOption = {
    grid: { top: 70, bottom: 30 },
    graphic: [{ type: 'text', id: 'own', style: { text: 'x' } }],
  };
  const out = withCaption(base, caption('zh'), 'zh');

  test('sets the font family, title and aria description', () => {
    expect((out.textStyle as { fontFamily: string }).fontFamily).toBe(FONT_FAMILY);
    expect(FONT_FAMILY).toBe("Noto Sans CJK SC, 'Noto Sans SC', 'Microsoft YaHei', sans-serif");
    expect(titleText(out)).toBe('公开率');
    expect((out.aria as { label: { description: string } }).label.description).toContain('数据来源');
  });

  test('raises the grid bottom by the caption height and keeps other grid settings', () => {
    expect(out.grid).toEqual({ top: 70, bottom: 30 + captionHeight(caption('zh'), 'zh') });
  });

  test('raises every grid of an array and creates one when missing', () => {
    const two = withCaption({ grid: [{ bottom: 10 }, {}] }, caption('zh'), 'zh');
    const h = captionHeight(caption('zh'), 'zh');
    expect(two.grid).toEqual([{ bottom: 10 + h }, { bottom: 40 + h }]);
    expect(withCaption({}, caption('zh'), 'zh').grid).toEqual({ bottom: 40 + h });
  });

  test("keeps the option's own graphic and stacks the caption lines upwards from the bottom", () => {
    expect(graphicTexts(out)[0]).toBe('x');
    const caps = (out.graphic as { id: string; bottom: number }[]).slice(1);
    expect(caps.map((g) => g.id)).toEqual(['caption-filters', 'caption-date', 'caption-source']);
    expect(caps[0].bottom).toBeGreaterThan(caps[1].bottom);
    expect(caps[1].bottom).toBeGreaterThan(caps[2].bottom);
  });

  test('does not change its input', () => {
    expect(base.grid).toEqual({ top: 70, bottom: 30 });
    expect((base.graphic as unknown[]).length).toBe(1);
  });
});

describe('the screen-reader text', () => {
  test('each line ends with one full stop, never two (issue 18: "。。")', () => {
    expect(sentences(['标题', '1 个机构-年度无数据，列于末尾。', '数据更新于：2026-12-06'], 'zh')).toBe(
      '标题。1 个机构-年度无数据，列于末尾。数据更新于：2026-12-06。',
    );
    expect(sentences(['Title', '1 agency with no data, listed last.', 'Data updated: 2026-12-06'], 'en')).toBe(
      'Title. 1 agency with no data, listed last. Data updated: 2026-12-06.',
    );
  });
});
