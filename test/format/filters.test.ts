import { describe, expect, test } from 'vitest';
import { describeFilters, type FilterWords, regionPhrase } from '../../lib/format/filters';
import type { Locale } from '../../lib/format/locale';

const JIAXING: FilterWords = {
  regions: [
    { zh: '浙江省', en: 'Zhejiang' },
    { zh: '嘉兴市', en: 'Jiaxing' },
  ],
  yearFrom: 2019,
  yearTo: 2021,
  types: [{ zh: '科技局', en: 'Science & Technology' }],
};

describe('describeFilters: the words a caption prints', () => {
  test.each<[string, FilterWords, Locale, string]>([
    ['region, years, type (zh)', JIAXING, 'zh', '浙江省 嘉兴市 · 2019–2021年 · 科技局'],
    [
      'region, years, type (en): the place first, as English says it',
      JIAXING,
      'en',
      'Jiaxing, Zhejiang · 2019–2021 · Science & Technology',
    ],
    ['nothing chosen (zh)', {}, 'zh', '全国 · 全部年份'],
    ['nothing chosen (en)', {}, 'en', 'All of China · all years'],
    [
      'plain strings, several types',
      { regions: ['宜春市'], yearFrom: 2022, yearTo: 2022, types: ['教育局', '科技局'] },
      'zh',
      '宜春市 · 2022年 · 教育局、科技局',
    ],
    [
      'English missing falls back to Chinese',
      { regions: [{ zh: '上高县' }], yearFrom: 2020, yearTo: 2020 },
      'en',
      '上高县 · 2020',
    ],
    ['from a year on', { yearFrom: 2020 }, 'zh', '全国 · 2020年起'],
    ['from a year on (en)', { yearFrom: 2020 }, 'en', 'All of China · 2020 onwards'],
    ['up to a year', { yearTo: 2020 }, 'zh', '全国 · 截至2020年'],
    ['up to a year (en)', { yearTo: 2020 }, 'en', 'All of China · up to 2020'],
    ['with the form', { yearFrom: 2019, yearTo: 2019, template: '2019' }, 'zh', '全国 · 2019年 · 2019 版表格'],
    [
      'with the form (en)',
      { yearFrom: 2021, yearTo: 2022, types: ['A', 'B'], template: '2021' },
      'en',
      'All of China · 2021–2022 · A, B · 2021 form',
    ],
  ])('%s', (_, filters, locale, expected) => {
    expect(describeFilters(filters, locale)).toBe(expected);
  });
});

test('regionPhrase: top down in Chinese, from the place up in English', () => {
  const trail = [
    { zh: '江西省', en: 'Jiangxi' },
    { zh: '宜春市', en: 'Yichun' },
    { zh: '上高县', en: 'Shanggao County' },
  ];
  expect(regionPhrase(trail, 'zh')).toBe('江西省 宜春市 上高县');
  expect(regionPhrase(trail, 'en')).toBe('Shanggao County, Yichun, Jiangxi');
  expect(regionPhrase([], 'en')).toBe('');
});
