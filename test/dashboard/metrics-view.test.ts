/**
 * The definitions page in one language (issue 18): the dictionary writes each formula and caveat in both,
 * Chinese first; every one of them splits into a Chinese half with no English sentence and an English half
 * with no Chinese, and the page's view shows only the page's half.
 */
import { describe, expect, test } from 'vitest';
import { metricDefinitions, splitBilingual } from '../../lib/dashboard/metrics-view';
import { METRICS } from '../../lib/metrics/dictionary';
import { wrongLanguage } from '../browser/language-rules';

describe('splitBilingual', () => {
  test.each([
    [
      '一、本年新收政府信息公开申请数量（总计列） — requests received this year (total column)',
      '一、本年新收政府信息公开申请数量（总计列）',
      'requests received this year (total column)',
    ],
    [
      '复议结果纠正 ÷（复议总计 − 尚未审结） — review corrected ÷ (review total − pending)',
      '复议结果纠正 ÷（复议总计 − 尚未审结）',
      'review corrected ÷ (review total − pending)',
    ],
    [
      '两项中任一项为空时为空值。 Null when either total is unknown.',
      '两项中任一项为空时为空值。',
      'Null when either total is unknown.',
    ],
    ['只有中文。', '只有中文。', ''],
  ])('%s', (text, zh, en) => {
    expect(splitBilingual(text)).toEqual({ zh, en });
  });

  const texts = METRICS.flatMap((m) => [m.formula, ...m.caveats].map((text) => ({ id: m.id, text })));
  test.each(texts)('$id: $text', ({ text }) => {
    const { zh, en } = splitBilingual(text);
    expect(zh).not.toBe('');
    expect(en).not.toBe('');
    expect(wrongLanguage(zh, 'zh')).toEqual([]);
    expect(wrongLanguage(en, 'en')).toEqual([]);
  });
});

test('the definitions page in each language shows that language only, with the form words quoted in English', () => {
  for (const locale of ['zh', 'en'] as const) {
    const views = metricDefinitions(locale).flatMap((g) => g.metrics);
    expect(views).toHaveLength(METRICS.length);
    for (const v of views) {
      for (const text of [v.name, v.formula, v.unit, ...v.caveats])
        expect(wrongLanguage(text, locale), text).toEqual([]);
      expect(v.formWords === null).toBe(locale === 'zh');
    }
  }
  const appsNew = metricDefinitions('en')
    .flatMap((g) => g.metrics)
    .find((m) => m.id === 'appsNew')!;
  expect(appsNew.formula).toBe('requests received this year (total column)');
  expect(appsNew.formWords).toBe('一、本年新收政府信息公开申请数量（总计列）');
});
