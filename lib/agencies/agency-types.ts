/**
 * The agency types reports are compared by, each with every word that names it. Level variants
 * (厅/局/委员会) and merged departments share a type: a county's 科技局 and a province's 科技厅 are
 * compared as one kind of agency. The first type whose pattern matches the name after its place part
 * wins, so specific types come first. Documented, word for word, in docs/agency-types.md.
 */
export interface AgencyType {
  id: string;
  zh: string;
  en: string;
}

export interface AgencyTypeRule extends AgencyType {
  /** Every word (synonym, level variant, merged name) that names the type; the pattern is built from them. */
  words: string[];
  /** Where position matters (乡镇, 街道, 人民政府) or a word hides in another (民政 in 人民政府). */
  pattern?: RegExp;
}

const ZONES = '开发区|高新区|园区|新区|实验区|试验区|示范区|合作区|保税区|度假区|管理区';

const RULES: AgencyTypeRule[] = [
  {
    id: 'gov-office',
    zh: '政府办公室',
    en: 'Government general office',
    words: ['人民政府办公室', '人民政府办公厅', '政府办公室', '政府办公厅', '国务院办公厅'],
  },
  {
    id: 'street',
    zh: '街道办事处',
    en: 'Sub-district office',
    words: ['街道办事处', '街道办', '街道'],
    pattern: /街道(?:办事处|办)?$/,
  },
  {
    id: 'township',
    zh: '乡镇人民政府',
    en: 'Township government',
    words: ['镇人民政府', '乡人民政府', '镇政府', '乡政府', '镇', '乡'],
    pattern: /[镇乡](?:人民)?政府$|[镇乡]$/,
  },
  {
    id: 'government',
    zh: '人民政府',
    en: "People's government",
    words: ['人民政府', '政府', '行政公署', '国务院'],
    pattern: /^(?:人民政府|政府|行政公署|国务院)$/,
  },
  {
    id: 'zone',
    zh: '开发区管委会',
    en: 'Development zone committee',
    words: [...ZONES.split('|'), '管理委员会', '管委会', '工作委员会'],
    pattern: new RegExp(`(?:${ZONES}).*(?:管理委员会|管委会|工作委员会)$|^(?:管理委员会|管委会)$`),
  },
  { id: 'ndrc', zh: '发展和改革委员会', en: 'Development and reform', words: ['发展和改革', '发展改革', '发改'] },
  {
    id: 'education',
    zh: '教育局',
    en: 'Education',
    words: ['教育局', '教育厅', '教育委员会', '教育体育局', '教育和体育局', '教育'],
  },
  {
    id: 'science',
    zh: '科技局',
    en: 'Science and technology',
    words: [
      '科学技术局',
      '科学技术厅',
      '科学技术委员会',
      '科技局',
      '科技厅',
      '科学技术和工业信息化局',
      '科技和经济委员会',
      '科学技术',
      '科技',
    ],
  },
  {
    id: 'industry-it',
    zh: '工业和信息化局',
    en: 'Industry and information technology',
    words: ['工业和信息化', '工业信息化', '工信', '经济和信息化', '经济信息化', '经信'],
  },
  {
    id: 'ethnic-religion',
    zh: '民族宗教事务局',
    en: 'Ethnic and religious affairs',
    words: ['民族宗教', '民族和宗教', '民族事务', '宗教事务', '民宗'],
  },
  { id: 'public-security', zh: '公安局', en: 'Public security', words: ['公安局', '公安厅', '公安分局', '公安'] },
  {
    id: 'civil-affairs',
    zh: '民政局',
    en: 'Civil affairs',
    words: ['民政局', '民政厅', '民政'],
    pattern: /(?<!人)民政/,
  },
  { id: 'justice', zh: '司法局', en: 'Justice', words: ['司法局', '司法厅', '司法'] },
  { id: 'finance', zh: '财政局', en: 'Finance', words: ['财政局', '财政厅', '财政'] },
  {
    id: 'hr-social',
    zh: '人力资源和社会保障局',
    en: 'Human resources and social security',
    words: ['人力资源和社会保障', '人力资源社会保障', '人力资源', '人社'],
  },
  {
    id: 'natural-resources',
    zh: '自然资源局',
    en: 'Natural resources',
    words: ['自然资源', '自然资源和规划', '规划和自然资源', '国土资源', '国土', '城乡规划', '规划局'],
  },
  { id: 'ecology', zh: '生态环境局', en: 'Ecology and environment', words: ['生态环境', '环境保护', '环保'] },
  { id: 'housing-fund', zh: '住房公积金管理中心', en: 'Housing provident fund', words: ['住房公积金', '公积金'] },
  {
    id: 'housing',
    zh: '住房和城乡建设局',
    en: 'Housing and urban-rural development',
    words: ['住房和城乡建设', '住房城乡建设', '住建', '城乡建设', '住房保障', '房产管理', '房屋管理'],
  },
  { id: 'transport', zh: '交通运输局', en: 'Transport', words: ['交通运输', '交通'] },
  { id: 'water', zh: '水利局', en: 'Water resources', words: ['水利', '水务'] },
  { id: 'agriculture', zh: '农业农村局', en: 'Agriculture and rural affairs', words: ['农业农村', '农业', '农村'] },
  { id: 'rural-revitalization', zh: '乡村振兴局', en: 'Rural revitalization', words: ['乡村振兴', '扶贫开发', '扶贫'] },
  { id: 'commerce', zh: '商务局', en: 'Commerce', words: ['商务'] },
  {
    id: 'culture-tourism',
    zh: '文化和旅游局',
    en: 'Culture and tourism',
    words: ['文化和旅游', '文化广电旅游', '文化广电体育和旅游', '文化旅游', '文旅', '文化', '旅游', '广电', '广播电视'],
  },
  {
    id: 'health',
    zh: '卫生健康委员会',
    en: 'Health',
    words: ['卫生健康委员会', '卫生健康局', '卫生健康', '卫健', '卫生和计划生育', '卫生计生', '卫生'],
  },
  { id: 'veterans', zh: '退役军人事务局', en: 'Veterans affairs', words: ['退役军人'] },
  { id: 'emergency', zh: '应急管理局', en: 'Emergency management', words: ['应急管理', '应急', '安全生产监督'] },
  { id: 'audit', zh: '审计局', en: 'Audit', words: ['审计'] },
  {
    id: 'assets',
    zh: '国有资产监督管理委员会',
    en: 'State-owned assets',
    words: ['国有资产监督管理', '国有资产', '国资'],
  },
  {
    id: 'market',
    zh: '市场监督管理局',
    en: 'Market regulation',
    words: ['市场监督管理', '市场监管', '工商行政管理', '质量技术监督', '食品药品监督'],
  },
  { id: 'sports', zh: '体育局', en: 'Sports', words: ['体育'] },
  { id: 'statistics', zh: '统计局', en: 'Statistics', words: ['统计'] },
  { id: 'medical-insurance', zh: '医疗保障局', en: 'Medical insurance', words: ['医疗保障', '医保'] },
  { id: 'forestry', zh: '林业局', en: 'Forestry', words: ['林业', '林草'] },
  { id: 'petitions', zh: '信访局', en: 'Petitions', words: ['信访'] },
  {
    id: 'gov-services',
    zh: '政务服务和数据管理局',
    en: 'Government services and data',
    words: ['行政审批', '政务服务', '政务数据', '数据局', '数据资源', '大数据', '数据管理', '营商环境'],
  },
  { id: 'tax', zh: '税务局', en: 'Taxation', words: ['税务'] },
  {
    id: 'urban-management',
    zh: '城市管理局',
    en: 'Urban management',
    words: ['城市管理', '城管', '综合行政执法', '综合执法'],
  },
  { id: 'public-resources', zh: '公共资源交易中心', en: 'Public resources trading', words: ['公共资源交易'] },
  { id: 'government-affairs', zh: '机关事务管理局', en: 'Government offices administration', words: ['机关事务'] },
  { id: 'grain', zh: '粮食和物资储备局', en: 'Grain and material reserves', words: ['粮食', '物资储备'] },
  { id: 'finance-regulation', zh: '地方金融管理局', en: 'Financial regulation', words: ['金融'] },
  { id: 'foreign-affairs', zh: '外事办公室', en: 'Foreign affairs', words: ['外事', '外事办'] },
  { id: 'civil-air-defense', zh: '人民防空办公室', en: 'Civil air defence', words: ['人民防空', '人防'] },
  { id: 'meteorology', zh: '气象局', en: 'Meteorology', words: ['气象'] },
  { id: 'customs', zh: '海关', en: 'Customs', words: ['海关'] },
  { id: 'energy', zh: '能源局', en: 'Energy', words: ['能源'] },
  { id: 'archives', zh: '档案局', en: 'Archives', words: ['档案'] },
];

const escape = (word: string) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The rules in matching order, each with its pattern (given, or built from its words). */
export const AGENCY_TYPE_RULES: (AgencyTypeRule & { pattern: RegExp })[] = RULES.map((rule) => ({
  ...rule,
  pattern: rule.pattern ?? new RegExp(rule.words.map(escape).join('|')),
}));

export const OTHER_TYPE: AgencyType = { id: 'other', zh: '其他', en: 'Other' };
