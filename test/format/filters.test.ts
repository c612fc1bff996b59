import { describe, expect, test } from 'vitest';
import { describeFilters, type FilterWords } from '../../lib/format/filters';
import type { Locale } from '../../lib/format/locale';

const JIAXING: FilterWords = {
  regions: [
    { zh: '浙江省', en: 'Zhejiang' },
    { zh: '嘉兴市', en: 'Jiaxing' },
  ],
  years: [2019, 2020, 2021],
  types: [{ zh: '科技局', en: 'Science & Technology' }],
};

describe('describeFilters: the words a caption prints', () => {
  test.each<[string, FilterWords, Locale, string]>([
    ['region, years, type (zh)', JIAXING, 'zh', '浙江省 嘉兴市 · 2019–2021年 · 科技局'],
    ['region, years, type (en)', JIAXING, 'en', 'Zhejiang Jiaxing · 2019–2021 · Science & Technology'],
    ['nothing chosen (zh)', {}, 'zh', '全部地区 · 全部年份'],
    ['nothing chosen (en)', {}, 'en', 'All regions · all years'],
    [
      'plain strings, several types',
      { regions: ['宜春市'], years: [2022], types: ['教育局', '科技局'] },
      'zh',
      '宜春市 · 2022年 · 教育局、科技局',
    ],
    ['English missing falls back to Chinese', { regions: [{ zh: '上高县' }], years: [2020] }, 'en', '上高县 · 2020'],
    ['with the form', { years: [2019], template: '2019' }, 'zh', '全部地区 · 2019年 · 2019 版表格'],
    [
      'with the form (en)',
      { years: [2021, 2022], types: ['A', 'B'], template: '2021' },
      'en',
      'All regions · 2021–2022 · A, B · 2021 form',
    ],
  ])('%s', (_, filters, locale, expected) => {
    expect(describeFilters(filters, locale)).toBe(expected);
  });
});
