/**
 * English region names (issue 18): the provinces by their standard names, cities and counties romanised with
 * their suffix translated, a 市 saying "City" only where the bare name would be another place's.
 */
import { describe, expect, test } from 'vitest';
import { BY_CODE, childrenOf, REGIONS } from '../../lib/regions/data';
import { englishName } from '../../lib/regions/english-names';
import { regionTrail } from '../../lib/regions';

const en = (code: string) => englishName(BY_CODE.get(code)!);

describe('englishName', () => {
  test.each([
    ['330400', '嘉兴市', 'Jiaxing'],
    ['360923', '上高县', 'Shanggao County'],
    ['610000', '陕西省', 'Shaanxi'],
    ['140000', '山西省', 'Shanxi'],
    ['150000', '内蒙古自治区', 'Inner Mongolia'],
    ['540000', '西藏自治区', 'Tibet'],
    ['640000', '宁夏回族自治区', 'Ningxia'],
    ['110000', '北京市', 'Beijing'],
    ['110105', '朝阳区 (北京)', 'Chaoyang District'],
    ['500000', '重庆市', 'Chongqing'],
    ['220200', '吉林市: a province is also Jilin', 'Jilin City'],
    ['420200', '黄石市', 'Huangshi'],
    ['420281', '大冶市', 'Daye'],
    ['610100', '西安市: the apostrophe before a vowel', "Xi'an"],
    ['141100', '吕梁市: ü kept', 'Lüliang'],
    ['422800', '恩施土家族苗族自治州', 'Enshi Tujia and Miao Autonomous Prefecture'],
    ['420528', '长阳土家族自治县', 'Changyang Tujia Autonomous County'],
    ['652900', '阿克苏地区', 'Akesu Prefecture'],
    ['152200', '兴安盟', "Xing'an League"],
    ['150521', '科尔沁左翼中旗', "Ke'erqin Left Wing Middle Banner"],
    ['429021', '神农架林区', 'Shennongjia Forestry District'],
    ['310115', '浦东新区', 'Pudong New Area'],
    ['441803', '清新区: 清新 + 区, no New Area', 'Qingxin District'],
    ['330382', '乐清市: pinyin-pro reads 乐 as le', 'Yueqing'],
    ['371722', '单县', 'Shan County'],
    ['230100', '哈尔滨市: its standard spelling', 'Harbin'],
    ['320576', '苏州工业园区', 'Suzhou Industrial Park'],
  ])('%s %s → %s', (code, _, english) => {
    expect(en(code)).toBe(english);
  });

  test('every region has an English name with no Chinese in it', () => {
    const han = REGIONS.filter((r) => /[\u3400-\u9fff]/.test(englishName(r)) || !englishName(r).trim());
    expect(han.map((r) => r.code)).toEqual([]);
  });

  test('no two regions under one parent share an English name, so a select never lists the same word twice', () => {
    const clashes: string[] = [];
    for (const parent of [null, ...REGIONS.map((r) => r.code)]) {
      const seen = new Set<string>();
      for (const r of childrenOf(parent)) {
        if (seen.has(englishName(r))) clashes.push(`${parent}: ${englishName(r)}`);
        seen.add(englishName(r));
      }
    }
    expect(clashes).toEqual([]);
  });

  test('the same name every time it is asked', () => {
    expect(regionTrail('360923').map((r) => r.name.en)).toEqual(['Jiangxi', 'Yichun', 'Shanggao County']);
    expect(regionTrail('360923').map((r) => r.name.en)).toEqual(['Jiangxi', 'Yichun', 'Shanggao County']);
  });
});
