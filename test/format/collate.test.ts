import { expect, test } from 'vitest';
import { pinyinCompare } from '../../lib/format/collate';

test('place names sort by pinyin: jia < shang < wu < xin', () => {
  expect(['忻州', '吴忠', '上高', '嘉兴'].sort(pinyinCompare)).toEqual(['嘉兴', '上高', '吴忠', '忻州']);
});

test('not by code point, which would put 上 (U+4E0A) first', () => {
  expect(['嘉兴', '上高'].sort()).toEqual(['上高', '嘉兴']);
  expect(['上高', '嘉兴'].sort(pinyinCompare)).toEqual(['嘉兴', '上高']);
});

test.each<[string, string]>([
  ['北京市', '天津市'],
  ['安徽省', '浙江省'],
  ['广州市', '广州市天河区'],
])('%s before %s', (a, b) => {
  expect(pinyinCompare(a, b)).toBeLessThan(0);
  expect(pinyinCompare(b, a)).toBeGreaterThan(0);
});
