import { describe, expect, test } from 'vitest';
import { listRegions, regionByCode, resolveRegion } from '../../lib/regions';

describe('resolveRegion: real agency names', () => {
  test.each([
    ['忻州市科学技术局', '140900', '山西省', '忻州市', null],
    ['上高县科技局', '360923', '江西省', '宜春市', '上高县'],
    ['大冶市科技局', '420281', '湖北省', '黄石市', '大冶市'],
    ['吴忠市科学技术局', '640300', '宁夏回族自治区', '吴忠市', null],
    ['嘉兴市科学技术局', '330400', '浙江省', '嘉兴市', null],
    ['江西省宜春市上高县科技局', '360923', '江西省', '宜春市', '上高县'],
    ['浙江省人民政府办公厅', '330000', '浙江省', null, null],
    ['宁夏回族自治区科学技术厅', '640000', '宁夏回族自治区', null, null],
    ['北京市朝阳区教育委员会', '110105', '北京市', '北京市', '朝阳区'],
    ['上海市浦东新区科技和经济委员会', '310115', '上海市', '上海市', '浦东新区'],
    ['重庆市万州区财政局', '500101', '重庆市', '重庆市', '万州区'],
    ['仙桃市教育局', '429004', '湖北省', null, '仙桃市'],
    ['南京市鼓楼区人民政府', '320106', '江苏省', '南京市', '鼓楼区'],
    ['福州市鼓楼区教育局', '350102', '福建省', '福州市', '鼓楼区'],
    ['南通市通州区人民政府办公室', '320612', '江苏省', '南通市', '通州区'],
    ['长春市朝阳区民政局', '220104', '吉林省', '长春市', '朝阳区'],
    ['苏州工业园区管理委员会', '320576', '江苏省', '苏州市', '苏州工业园区'],
    ['合肥高新技术产业开发区管理委员会', '340176', '安徽省', '合肥市', '合肥高新技术产业开发区'],
    ['杭州市西湖区司法局', '330106', '浙江省', '杭州市', '西湖区'],
    ['广东省广州市天河区卫生健康局', '440106', '广东省', '广州市', '天河区'],
    ['延边朝鲜族自治州教育局', '222400', '吉林省', '延边朝鲜族自治州', null],
    ['呼和浩特市公安局', '150100', '内蒙古自治区', '呼和浩特市', null],
    ['乌鲁木齐市水务局', '650100', '新疆维吾尔自治区', '乌鲁木齐市', null],
    ['深圳市南山区人力资源局', '440305', '广东省', '深圳市', '南山区'],
  ])('%s → %s', (name, code, province, city, county) => {
    const r = resolveRegion(name);
    expect(r.status).toBe('resolved');
    expect(r.region).toEqual(expect.objectContaining({ code, province, city, county }));
  });

  test.each([['鼓楼区教育局', 4], ['通州区人民政府', 2], ['朝阳区财政局', 2]])('%s alone is ambiguous among %d places', (name, n) => {
    const r = resolveRegion(name);
    expect(r.status).toBe('ambiguous');
    expect(r.region).toBeNull();
    expect(r.candidates).toHaveLength(n);
  });

  test.each([
    ['鼓楼区教育局', '根据福州市人民政府办公厅要求，福州市鼓楼区……', '350102'],
    ['鼓楼区教育局', '对照江苏省、南京市政府信息公开目录', '320106'],
    ['通州区人民政府', '北京城市副中心……北京市通州区', '110112'],
    ['通州区人民政府', '按照南通市政府的部署', '320612'],
  ])('%s is settled by the text mentioning its parent', (name, text, code) => {
    const r = resolveRegion(name, text);
    expect(r.status).toBe('resolved');
    expect(r.region?.code).toBe(code);
    expect(r.evidence).toMatch(/text mentions/);
  });

  test('a development zone named after its city attaches to the city', () => {
    const r = resolveRegion('忻州经济开发区管理委员会');
    expect(r.region?.code).toBe('140900');
    expect(r.zone).toBe('忻州经济开发区');
  });

  test.each(['教育部', '国家税务总局', '国务院办公厅', '海关总署'])('%s is central', (name) => {
    expect(resolveRegion(name)).toMatchObject({ status: 'central', region: null });
  });

  test('a name without a place is unresolved, with the reason', () => {
    expect(resolveRegion('某某单位')).toMatchObject({ status: 'unresolved', region: null, evidence: expect.stringContaining('no province') });
  });
});

test('listRegions has the provinces, cities and counties with six-digit codes; regionByCode finds them', () => {
  const all = listRegions();
  expect(all.filter((r) => r.level === 'province')).toHaveLength(31);
  expect(all.every((r) => /^\d{6}$/.test(r.code))).toBe(true);
  expect(all.filter((r) => r.level === 'county').length).toBeGreaterThan(2900);
  expect(regionByCode('420281')).toMatchObject({ county: '大冶市', city: '黄石市' });
});
