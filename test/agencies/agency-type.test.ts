import { expect, test } from 'vitest';
import { administrativeLevel, agencyTypeOf } from '../../lib/agencies/agency-type';
import { resolveRegion } from '../../lib/regions';

test.each([
  ['忻州市科学技术局', 'science'],
  ['上高县科技局', 'science'],
  ['宁夏回族自治区科学技术厅', 'science'],
  ['某县科学技术和工业信息化局', 'science'],
  ['杭州市西湖区教育局', 'education'],
  ['上高县教育体育局', 'education'],
  ['北京市朝阳区教育委员会', 'education'],
  ['嘉兴市人民政府办公室', 'gov-office'],
  ['浙江省人民政府办公厅', 'gov-office'],
  ['嘉兴市人民政府', 'government'],
  ['嘉兴市公安局', 'public-security'],
  ['嘉兴市自然资源和规划局', 'natural-resources'],
  ['嘉兴市卫生健康委员会', 'health'],
  ['上高县卫生健康局', 'health'],
  ['嘉兴市住房和城乡建设局', 'housing'],
  ['嘉兴市市场监督管理局', 'market'],
  ['嘉兴市发展和改革委员会', 'ndrc'],
  ['嘉兴市人力资源和社会保障局', 'hr-social'],
  ['嘉兴市文化广电旅游局', 'culture-tourism'],
  ['大冶市综合行政执法局', 'urban-management'],
  ['上高县敖阳街道办事处', 'street'],
  ['上高县泗溪镇人民政府', 'township'],
  ['苏州工业园区管理委员会', 'zone'],
  ['嘉兴市某某研究会', 'other'],
])('%s → %s', (name, id) => {
  const r = resolveRegion(name);
  expect(agencyTypeOf(name, r.placeName).type?.id).toBe(id);
});

test.each([
  ['教育部', 'central'],
  ['浙江省人民政府办公厅', 'province'],
  ['嘉兴市科学技术局', 'city'],
  ['上高县科技局', 'county'],
  ['上高县泗溪镇人民政府', 'township'],
])('%s is %s level', (name, level) => {
  expect(administrativeLevel(resolveRegion(name), name)).toBe(level);
});

test('docs/agency-types.md lists every type', async () => {
  const { readFileSync } = await import('node:fs');
  const { AGENCY_TYPES } = await import('../../lib/agencies/agency-type');
  const doc = readFileSync(new URL('../../docs/agency-types.md', import.meta.url), 'utf8');
  for (const t of AGENCY_TYPES) expect(doc, t.id).toContain(`| ${t.id} | ${t.zh} |`);
});
