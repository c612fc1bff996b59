import { describe, expect, test } from 'vitest';
import { listRegions, regionByCode, resolveRegion } from '../../lib/regions';

type Row = [name: string, code: string, province: string, city: string | null, county: string | null];

describe('resolveRegion: real agency names', () => {
  test.each<Row>([
    // The five seed agencies.
    ['忻州市科学技术局', '140900', '山西省', '忻州市', null],
    ['上高县科技局', '360923', '江西省', '宜春市', '上高县'],
    ['大冶市科技局', '420281', '湖北省', '黄石市', '大冶市'],
    ['吴忠市科学技术局', '640300', '宁夏回族自治区', '吴忠市', null],
    ['嘉兴市科学技术局', '330400', '浙江省', '嘉兴市', null],
    // Chains and provinces.
    ['江西省宜春市上高县科技局', '360923', '江西省', '宜春市', '上高县'],
    ['浙江省人民政府办公厅', '330000', '浙江省', null, null],
    ['宁夏回族自治区科学技术厅', '640000', '宁夏回族自治区', null, null],
    ['内蒙古自治区包头市昆都仑区人民政府', '150203', '内蒙古自治区', '包头市', '昆都仑区'],
    ['广西壮族自治区南宁市青秀区人民政府', '450103', '广西壮族自治区', '南宁市', '青秀区'],
    ['广东省广州市天河区卫生健康局', '440106', '广东省', '广州市', '天河区'],
    ['宁夏回族自治区吴忠市利通区人民政府', '640302', '宁夏回族自治区', '吴忠市', '利通区'],
    ['吉林省吉林市人民政府', '220200', '吉林省', '吉林市', null],
    // Municipalities: province and city at once.
    ['北京市朝阳区教育委员会', '110105', '北京市', '北京市', '朝阳区'],
    ['上海市浦东新区科技和经济委员会', '310115', '上海市', '上海市', '浦东新区'],
    ['重庆市万州区财政局', '500101', '重庆市', '重庆市', '万州区'],
    ['天津市滨海新区人民政府', '120116', '天津市', '天津市', '滨海新区'],
    ['北京市通州区人民政府', '110112', '北京市', '北京市', '通州区'],
    ['上海市人民政府办公厅', '310000', '上海市', '上海市', null],
    // County-level cities, with and without a prefecture.
    ['仙桃市教育局', '429004', '湖北省', null, '仙桃市'],
    ['济源市人民政府', '419001', '河南省', null, '济源市'],
    ['石河子市人民政府', '659001', '新疆维吾尔自治区', null, '石河子市'],
    ['神农架林区人民政府', '429021', '湖北省', null, '神农架林区'],
    // Names that repeat, settled by the city before them.
    ['南京市鼓楼区人民政府', '320106', '江苏省', '南京市', '鼓楼区'],
    ['福州市鼓楼区教育局', '350102', '福建省', '福州市', '鼓楼区'],
    ['徐州市鼓楼区人民政府', '320302', '江苏省', '徐州市', '鼓楼区'],
    ['开封市鼓楼区人民政府', '410204', '河南省', '开封市', '鼓楼区'],
    ['南通市通州区人民政府办公室', '320612', '江苏省', '南通市', '通州区'],
    ['长春市朝阳区民政局', '220104', '吉林省', '长春市', '朝阳区'],
    ['杭州市西湖区司法局', '330106', '浙江省', '杭州市', '西湖区'],
    ['深圳市南山区人力资源局', '440305', '广东省', '深圳市', '南山区'],
    // Prefectures that are not 市; cities without counties.
    ['延边朝鲜族自治州教育局', '222400', '吉林省', '延边朝鲜族自治州', null],
    ['恩施州人民政府', '422800', '湖北省', '恩施土家族苗族自治州', null],
    ['黔东南州人民政府', '522600', '贵州省', '黔东南苗族侗族自治州', null],
    ['阿克苏地区行政公署', '652900', '新疆维吾尔自治区', '阿克苏地区', null],
    ['锡林郭勒盟行政公署', '152500', '内蒙古自治区', '锡林郭勒盟', null],
    ['东莞市科学技术局', '441900', '广东省', '东莞市', null],
    ['嘉峪关市教育局', '620200', '甘肃省', '嘉峪关市', null],
    ['朝阳市人民政府', '211300', '辽宁省', '朝阳市', null],
    ['景德镇市人民政府', '360200', '江西省', '景德镇市', null],
    ['呼和浩特市公安局', '150100', '内蒙古自治区', '呼和浩特市', null],
    ['乌鲁木齐市水务局', '650100', '新疆维吾尔自治区', '乌鲁木齐市', null],
    ['厦门市思明区人民政府', '350203', '福建省', '厦门市', '思明区'],
    ['长沙市岳麓区人民政府', '430104', '湖南省', '长沙市', '岳麓区'],
    ['成都市武侯区人民政府', '510107', '四川省', '成都市', '武侯区'],
    ['海口市美兰区人民政府', '460108', '海南省', '海口市', '美兰区'],
    // Local branches of national bodies.
    ['国家税务总局嘉兴市税务局', '330400', '浙江省', '嘉兴市', null],
    ['中国人民银行嘉兴市中心支行', '330400', '浙江省', '嘉兴市', null],
    ['国家统计局嘉兴调查队', '330400', '浙江省', '嘉兴市', null],
    // Zones.
    ['苏州工业园区管理委员会', '320576', '江苏省', '苏州市', '苏州工业园区'],
    ['合肥高新技术产业开发区管理委员会', '340176', '安徽省', '合肥市', '合肥高新技术产业开发区'],
    ['忻州经济开发区管理委员会', '140900', '山西省', '忻州市', null],
    ['武汉东湖新技术开发区管理委员会', '420100', '湖北省', '武汉市', null],
    ['重庆市两江新区管理委员会', '500000', '重庆市', '重庆市', null],
    ['中国（上海）自由贸易试验区管理委员会', '310000', '上海市', '上海市', null],
  ])('%s → %s', (name, code, province, city, county) => {
    const r = resolveRegion(name);
    expect(r.status).toBe('resolved');
    expect(r.region).toEqual(expect.objectContaining({ code, province, city, county }));
    expect(r.candidates).toEqual([r.region]);
    // The expectation agrees with the division data itself.
    expect(regionByCode(code)).toEqual(r.region);
  });
});

describe('places consumed and zones', () => {
  test.each([
    ['大冶市科技局', '大冶市', null],
    ['江西省宜春市上高县科技局', '江西省宜春市上高县', null],
    ['忻州经济开发区管理委员会', '忻州', '忻州经济开发区'],
    ['苏州工业园区管理委员会', '苏州工业园区', '苏州工业园区'],
    ['合肥高新技术产业开发区管理委员会', '合肥高新技术产业开发区', '合肥高新技术产业开发区'],
    ['武汉东湖新技术开发区管理委员会', '武汉', '武汉东湖新技术开发区'],
    ['重庆市两江新区管理委员会', '重庆市', '重庆市两江新区'],
    ['上海市浦东新区科技和经济委员会', '上海市浦东新区', null],
    ['国家税务总局嘉兴市税务局', '嘉兴市', null],
  ])('%s: place %s, zone %s', (name, placeName, zone) => {
    expect(resolveRegion(name)).toMatchObject({ placeName, zone });
  });

  test.each(['中山大学', '吉林大学', '浙江大学'])(
    'a short place name before a non-agency word is no place: %s',
    (name) => {
      expect(resolveRegion(name)).toMatchObject({ status: 'unresolved', placeName: null });
    },
  );
});

describe('repeated names', () => {
  test.each([
    ['鼓楼区教育局', 4],
    ['通州区人民政府', 2],
    ['朝阳区财政局', 2],
    ['市中区人民政府', 4],
  ])('%s alone is ambiguous among %d places', (name, n) => {
    const r = resolveRegion(name);
    expect(r).toMatchObject({ status: 'ambiguous', region: null, placeName: name.slice(0, 3) });
    expect(r.candidates).toHaveLength(n);
    expect(r.evidence).toContain(`exists in ${n} places`);
  });

  test('a province before a repeated name narrows the candidates', () => {
    const r = resolveRegion('江苏省鼓楼区人民政府');
    expect(r.status).toBe('ambiguous');
    expect(r.candidates.map((c) => c.code)).toEqual(['320106', '320302']);
  });

  test.each([
    ['鼓楼区教育局', '对照江苏省、南京市政府信息公开目录', '320106', '南京市'],
    ['鼓楼区教育局', '根据福州市人民政府办公厅要求，福州市鼓楼区……', '350102', '福州市'],
    ['鼓楼区人民政府', '在徐州市委、市政府的坚强领导下，鼓楼区……', '320302', '徐州市'],
    ['鼓楼区人民政府', '按照开封市政务公开工作要点，河南省', '410204', '开封市'],
    ['通州区人民政府', '北京城市副中心……北京市通州区', '110112', '北京市'],
    ['通州区人民政府', '按照南通市政府的部署', '320612', '南通市'],
    ['朝阳区财政局', '北京市财政局要求……北京市朝阳区', '110105', '北京市'],
    ['朝阳区民政局', '在长春市民政局的指导下', '220104', '长春市'],
    ['鼓楼区教育局', '按照福建省的部署', '350102', '福建省'],
  ])('%s is settled by the text naming its parent', (name, text, code, parent) => {
    const r = resolveRegion(name, text);
    expect(r.status).toBe('resolved');
    expect(r.region?.code).toBe(code);
    expect(r.candidates).toEqual([r.region]);
    expect(r.evidence).toContain(`the text mentions ${parent}`);
  });

  test.each([
    ['鼓楼区教育局', '对照江苏省政府信息公开目录'],
    ['鼓楼区教育局', '南京市和福州市各一次'],
    ['朝阳区财政局', '辽宁省朝阳市'],
  ])('%s stays ambiguous when the text does not single out a parent', (name, text) => {
    const r = resolveRegion(name, text);
    expect(r.status).toBe('ambiguous');
    expect(r.evidence).toContain('the text does not tell which');
  });
});

describe('names without a place', () => {
  test.each([
    '教育部',
    '国家税务总局',
    '国务院办公厅',
    '海关总署',
    '国家发展和改革委员会',
    '生态环境部',
    '中华人民共和国海关总署',
  ])('%s is central', (name) => {
    expect(resolveRegion(name, '北京市')).toMatchObject({ status: 'central', region: null, candidates: [] });
  });

  test('a township settles its county from the text', () => {
    const text = '泗溪镇人民政府在上高县委、县政府的领导下……宜春市……上高县泗溪镇';
    const r = resolveRegion('泗溪镇人民政府', text);
    expect(r).toMatchObject({ status: 'resolved', placeName: null, region: { code: '360923' } });
    expect(r.evidence).toContain('township');
  });

  test('a township inside the place chain needs no text', () => {
    expect(resolveRegion('上高县泗溪镇人民政府').region?.code).toBe('360923');
  });

  test('a zone whose place is no region takes the place the text is about', () => {
    const r = resolveRegion('雄安新区管理委员会', '河北雄安新区……河北省委、省政府……保定市');
    expect(r).toMatchObject({ status: 'resolved', zone: '雄安新区', region: { code: '130000' } });
  });

  test.each([
    ['敖阳街道办事处', '', 'no text to look in'],
    ['敖阳街道办事处', '本街道办事处……', 'names no place clearly'],
    ['某某单位', '浙江省……江西省', 'names no place clearly'],
  ])('%s stays unresolved, with the reason', (name, text, reason) => {
    const r = resolveRegion(name, text);
    expect(r).toMatchObject({ status: 'unresolved', region: null, candidates: [] });
    expect(r.evidence).toContain(reason);
  });
});

test('evidence says how', () => {
  expect(resolveRegion('忻州市科学技术局').evidence).toBe('name starts with 忻州市');
  expect(resolveRegion('忻州经济开发区管理委员会').evidence).toBe('name starts with 忻州 (忻州 short for 忻州市)');
  expect(resolveRegion('国家税务总局嘉兴市税务局').evidence).toBe('name names 嘉兴市 after 国家税务总局');
});

test('listRegions has the provinces, cities and counties with six-digit codes; regionByCode finds them', () => {
  const all = listRegions();
  expect(all.filter((r) => r.level === 'province')).toHaveLength(31);
  expect(all.filter((r) => r.level === 'city')).toHaveLength(333);
  expect(all.every((r) => /^\d{6}$/.test(r.code))).toBe(true);
  expect(new Set(all.map((r) => r.code)).size).toBe(all.length);
  expect(all.filter((r) => r.level === 'county').length).toBeGreaterThan(2900);
  expect(regionByCode('420281')).toMatchObject({ county: '大冶市', city: '黄石市' });
  expect(regionByCode('1101')).toBeNull();
  expect(regionByCode('14')).toMatchObject({ code: '140000', province: '山西省' });
});
