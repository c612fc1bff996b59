/**
 * Agency names from real places and agency types, and how many applications each kind tends to get.
 */
import { pick, pickWeighted, type Rng } from './prng';

const PROVINCES = ['山西省', '浙江省', '江西省', '湖北省', '宁夏回族自治区', '江苏省', '四川省', '广东省'];
const CITIES = [
  '忻州市',
  '嘉兴市',
  '吴忠市',
  '黄石市',
  '宜春市',
  '太原市',
  '南通市',
  '绍兴市',
  '赣州市',
  '洛阳市',
  '遵义市',
  '绵阳市',
  '柳州市',
  '潍坊市',
  '泉州市',
  '襄阳市',
  '岳阳市',
  '包头市',
];
const COUNTIES = [
  '上高县',
  '大冶市',
  '平遥县',
  '婺源县',
  '长沙县',
  '义乌市',
  '昆山市',
  '阳朔县',
  '曲阜市',
  '瑞丽市',
  '凤凰县',
  '安吉县',
  '桐乡市',
  '闽侯县',
  '靖安县',
  '阳新县',
];
const DISTRICTS = [
  '鼓楼区',
  '通州区',
  '朝阳区',
  '海淀区',
  '余杭区',
  '武侯区',
  '天河区',
  '渝中区',
  '江宁区',
  '浦东新区',
  '南湖区',
  '雁塔区',
  '利通区',
  '忻府区',
];
const TOWNSHIPS = ['城关镇人民政府', '新华街道办事处', '东风乡人民政府', '南湖街道办事处', '长安镇人民政府'];

/** Local agency types with a rough multiplier of the applications they receive. */
const LOCAL_TYPES: readonly (readonly [string, number])[] = [
  ['科学技术局', 0.5],
  ['科技局', 0.5],
  ['教育局', 1],
  ['公安局', 3],
  ['财政局', 1],
  ['民政局', 1],
  ['司法局', 0.8],
  ['人力资源和社会保障局', 2],
  ['自然资源和规划局', 8],
  ['自然资源局', 8],
  ['生态环境局', 2],
  ['住房和城乡建设局', 5],
  ['交通运输局', 1.5],
  ['水利局', 0.8],
  ['农业农村局', 1],
  ['商务局', 0.6],
  ['文化和旅游局', 0.5],
  ['卫生健康委员会', 1.5],
  ['应急管理局', 0.8],
  ['审计局', 0.4],
  ['统计局', 0.3],
  ['医疗保障局', 1],
  ['市场监督管理局', 2],
  ['人民政府办公室', 3],
  ['人民政府', 4],
];
const PROVINCE_TYPES: readonly (readonly [string, number])[] = [
  ['科学技术厅', 1],
  ['教育厅', 2],
  ['公安厅', 4],
  ['财政厅', 1.5],
  ['自然资源厅', 10],
  ['住房和城乡建设厅', 5],
  ['人民政府办公厅', 4],
];

export interface AgencyDraw {
  name: string;
  /** How many applications this kind of agency gets, relative to an ordinary county bureau. */
  volume: number;
}

export function randomAgency(rng: Rng): AgencyDraw {
  const level = pickWeighted(rng, [
    ['city', 35],
    ['county', 35],
    ['district', 20],
    ['province', 5],
    ['township', 5],
  ] as const);
  if (level === 'province') {
    const [type, volume] = pickWeighted(
      rng,
      PROVINCE_TYPES.map((t) => [t, 1] as const),
    );
    return { name: pick(rng, PROVINCES) + type, volume: volume * 2 };
  }
  if (level === 'township') {
    return { name: pick(rng, [...COUNTIES, ...DISTRICTS]) + pick(rng, TOWNSHIPS), volume: 0.3 };
  }
  const places = level === 'city' ? CITIES : level === 'county' ? COUNTIES : DISTRICTS;
  const [type, volume] = pick(rng, LOCAL_TYPES);
  return { name: pick(rng, places) + type, volume: level === 'city' ? volume * 1.5 : volume };
}
