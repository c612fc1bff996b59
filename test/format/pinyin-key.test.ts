import { describe, expect, test } from 'vitest';
import { pinyinSortKey } from '../../lib/format/pinyin-key';

const byKey = (names: string[]) =>
  [...names].sort((a, b) => (pinyinSortKey(a) < pinyinSortKey(b) ? -1 : pinyinSortKey(a) > pinyinSortKey(b) ? 1 : 0));

describe('pinyinSortKey', () => {
  test('syllables in lower case, toneless, joined by spaces', () => {
    expect(pinyinSortKey('嘉兴市科学技术局')).toBe('jia xing shi ke xue ji shu ju');
  });

  test('polyphones are read as words: 重庆 chong, 长沙 chang, 银行 hang', () => {
    expect(pinyinSortKey('重庆市')).toBe('chong qing shi');
    expect(pinyinSortKey('长沙县')).toBe('chang sha xian');
    expect(pinyinSortKey('中国银行')).toBe('zhong guo yin hang');
  });

  test('dictionary order: 北京 < 长沙 < 重庆 < 上海, not code-point order', () => {
    const names = ['上海市', '重庆市', '北京市', '长沙市'];
    expect(byKey(names)).toEqual(['北京市', '长沙市', '重庆市', '上海市']);
    // Code-point order would put 上 (U+4E0A) first: the key is what makes the difference.
    expect([...names].sort()[0]).toBe('上海市');
  });

  test('syllable by syllable: 西安 (xi an) before 县 (xian), 吕 (lv) after 罗 (luo)', () => {
    expect(byKey(['县政府', '西安市'])).toEqual(['西安市', '县政府']);
    expect(pinyinSortKey('吕梁市')).toBe('lv liang shi');
    expect(byKey(['吕梁市', '洛阳市', '鲁山县'])).toEqual(['鲁山县', '洛阳市', '吕梁市']);
  });

  test('non-Han characters are kept, lower-cased, runs as one token; spaces dropped', () => {
    expect(pinyinSortKey('ABC公司（北京）')).toBe('abc gong si （ bei jing ）');
    expect(pinyinSortKey(' 2021年 报告 ')).toBe('2021 nian bao gao');
    expect(pinyinSortKey('')).toBe('');
  });
});
