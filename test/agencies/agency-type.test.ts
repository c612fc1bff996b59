import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { AGENCY_TYPES, administrativeLevel, agencyTypeOf } from '../../lib/agencies/agency-type';
import { AGENCY_TYPE_RULES } from '../../lib/agencies/agency-types';
import { resolveRegion } from '../../lib/regions';

const typeOf = (name: string) => agencyTypeOf(name, resolveRegion(name).placeName);

describe('agencyTypeOf: real names', () => {
  test.each([
    // The seeds.
    ['忻州市科学技术局', 'science'],
    ['上高县科技局', 'science'],
    ['大冶市科技局', 'science'],
    ['吴忠市科学技术局', 'science'],
    ['嘉兴市科学技术局', 'science'],
    // Level variants and merged departments.
    ['宁夏回族自治区科学技术厅', 'science'],
    ['浙江省科学技术厅', 'science'],
    ['上海市浦东新区科技和经济委员会', 'science'],
    ['兴国县科学技术和工业信息化局', 'science'],
    ['杭州市西湖区教育局', 'education'],
    ['浙江省教育厅', 'education'],
    ['北京市朝阳区教育委员会', 'education'],
    ['上高县教育体育局', 'education'],
    ['嘉兴市人民政府办公室', 'gov-office'],
    ['浙江省人民政府办公厅', 'gov-office'],
    ['国务院办公厅', 'gov-office'],
    ['嘉兴市人民政府', 'government'],
    ['阿克苏地区行政公署', 'government'],
    ['嘉兴市人民政府国有资产监督管理委员会', 'assets'],
    ['嘉兴市公安局', 'public-security'],
    ['嘉兴市民政局', 'civil-affairs'],
    ['嘉兴市自然资源和规划局', 'natural-resources'],
    ['北京市规划和自然资源委员会', 'natural-resources'],
    ['嘉兴市卫生健康委员会', 'health'],
    ['上高县卫生健康局', 'health'],
    ['嘉兴市住房和城乡建设局', 'housing'],
    ['嘉兴市住房公积金管理中心', 'housing-fund'],
    ['嘉兴市市场监督管理局', 'market'],
    ['国家发展和改革委员会', 'ndrc'],
    ['上高县发展和改革局', 'ndrc'],
    ['嘉兴市人力资源和社会保障局', 'hr-social'],
    ['嘉兴市文化广电旅游局', 'culture-tourism'],
    ['上高县文化广电新闻出版旅游局', 'culture-tourism'],
    ['大冶市综合行政执法局', 'urban-management'],
    ['嘉兴市综合行政执法局', 'urban-management'],
    ['嘉兴市生态环境局', 'ecology'],
    ['嘉兴市交通运输局', 'transport'],
    ['北京市水务局', 'water'],
    ['嘉兴市农业农村局', 'agriculture'],
    ['嘉兴市乡村振兴局', 'rural-revitalization'],
    ['嘉兴市退役军人事务局', 'veterans'],
    ['嘉兴市应急管理局', 'emergency'],
    ['嘉兴市审计局', 'audit'],
    ['嘉兴市统计局', 'statistics'],
    ['嘉兴市医疗保障局', 'medical-insurance'],
    ['黑龙江省林业和草原局', 'forestry'],
    ['嘉兴市信访局', 'petitions'],
    ['嘉兴市行政审批局', 'gov-services'],
    ['嘉兴市政务服务管理局', 'gov-services'],
    ['嘉兴市数据局', 'gov-services'],
    ['贵阳市大数据发展管理局', 'gov-services'],
    ['国家税务总局嘉兴市税务局', 'tax'],
    ['嘉兴市体育局', 'sports'],
    ['嘉兴市民族宗教事务局', 'ethnic-religion'],
    ['嘉兴市经济和信息化局', 'industry-it'],
    ['嘉兴市工业和信息化局', 'industry-it'],
    ['嘉兴市财政局', 'finance'],
    ['嘉兴市司法局', 'justice'],
    ['嘉兴市商务局', 'commerce'],
    ['嘉兴市机关事务管理局', 'government-affairs'],
    ['嘉兴市公共资源交易中心', 'public-resources'],
    // Townships, streets, zones.
    ['上高县敖阳街道办事处', 'street'],
    ['上高县泗溪镇人民政府', 'township'],
    ['泗溪镇人民政府', 'township'],
    ['上高县南港镇政府', 'township'],
    ['苏州工业园区管理委员会', 'zone'],
    ['合肥高新技术产业开发区管理委员会', 'zone'],
    ['忻州经济开发区管理委员会', 'zone'],
    ['重庆市两江新区管理委员会', 'zone'],
    ['嘉兴市某某研究会', 'other'],
  ])('%s → %s', (name, id) => {
    expect(typeOf(name).type?.id).toBe(id);
  });
});

test('rest is the name after its place, and matchedBy the words that decided', () => {
  expect(typeOf('江西省宜春市上高县科技局')).toEqual({
    type: { id: 'science', zh: '科技局', en: 'Science and technology' },
    rest: '科技局',
    matchedBy: '科技局',
  });
  expect(typeOf('国家税务总局嘉兴市税务局')).toMatchObject({ rest: '税务局', matchedBy: '税务' });
  expect(typeOf('嘉兴市人民政府')).toMatchObject({ rest: '人民政府', matchedBy: '人民政府' });
  expect(agencyTypeOf('科技局', null)).toMatchObject({ type: { id: 'science' }, rest: '科技局' });
  expect(agencyTypeOf('', null)).toEqual({ type: null, rest: '', matchedBy: null });
});

test('a name that is all place is typed by the whole name', () => {
  expect(typeOf('乌拉盖管理区管委会')).toMatchObject({ type: { id: 'zone' }, rest: '' });
});

describe('administrativeLevel', () => {
  test.each([
    ['教育部', 'central'],
    ['浙江省人民政府办公厅', 'province'],
    ['北京市教育委员会', 'province'],
    ['嘉兴市科学技术局', 'city'],
    ['上高县科技局', 'county'],
    ['北京市朝阳区教育委员会', 'county'],
    ['上高县泗溪镇人民政府', 'township'],
    ['上高县敖阳街道办事处', 'township'],
    ['景德镇市人民政府', 'city'],
    ['某某单位', null],
  ])('%s is %s level', (name, level) => {
    expect(administrativeLevel(resolveRegion(name), name)).toBe(level);
  });
});

describe('the type list', () => {
  test('has at least forty types, unique ids, other last', () => {
    expect(AGENCY_TYPES.length).toBeGreaterThanOrEqual(40);
    expect(new Set(AGENCY_TYPES.map((t) => t.id)).size).toBe(AGENCY_TYPES.length);
    expect(AGENCY_TYPES[AGENCY_TYPES.length - 1].id).toBe('other');
  });

  // A zone's words come in two parts, a zone word and a committee word; each is tried with the other.
  const probes = (id: string, word: string) => (id === 'zone' ? [word, `${word}管委会`, `开发区${word}`] : [word]);
  test.each(AGENCY_TYPE_RULES.map((r) => [r.id, r] as const))(
    'every word of %s matches its own pattern',
    (id, rule) => {
      for (const word of rule.words)
        expect(
          probes(id, word).some((p) => rule.pattern.test(p)),
          word,
        ).toBe(true);
    },
  );

  test('docs/agency-types.md lists every type with every word', () => {
    const doc = readFileSync(new URL('../../docs/agency-types.md', import.meta.url), 'utf8');
    for (const t of AGENCY_TYPES) expect(doc, t.id).toContain(`| ${t.id} | ${t.zh} | ${t.en} |`);
    for (const rule of AGENCY_TYPE_RULES) expect(doc, rule.id).toContain(`| ${rule.words.join('、')} |`);
  });
});
