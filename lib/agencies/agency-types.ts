/**
 * The agency types reports are compared by, each with the words that name it in an agency's name.
 * Level variants (厅/局/委员会) and merged departments map to one type. Order matters: the first type
 * whose pattern matches the name after its place part wins, so specific patterns come first.
 * Documented in docs/agency-types.md.
 */
export interface AgencyType {
  id: string;
  zh: string;
  en: string;
}

export const AGENCY_TYPE_PATTERNS: (AgencyType & { pattern: RegExp })[] = [
  { id: 'gov-office', zh: '政府办公室', en: 'Government general office', pattern: /人民政府办公[室厅]|政府办公[室厅]$/ },
  { id: 'street', zh: '街道办事处', en: 'Sub-district office', pattern: /街道(办事处)?$/ },
  { id: 'township', zh: '乡镇人民政府', en: 'Township government', pattern: /[镇乡](人民政府)?$/ },
  { id: 'government', zh: '人民政府', en: 'People\'s government', pattern: /^人民政府$|^政府$/ },
  { id: 'zone', zh: '开发区管委会', en: 'Development zone committee', pattern: /(开发区|高新区|园区|新区|实验区|试验区).*(管理委员会|管委会)$|^管理委员会$|管委会$/ },
  { id: 'ndrc', zh: '发展和改革委员会', en: 'Development and reform', pattern: /发展和改革|发展改革|发改/ },
  { id: 'education', zh: '教育局', en: 'Education', pattern: /教育/ },
  { id: 'science', zh: '科技局', en: 'Science and technology', pattern: /科学技术|科技/ },
  { id: 'industry-it', zh: '工业和信息化局', en: 'Industry and IT', pattern: /工业和信息化|工信|经济和信息化|经信/ },
  { id: 'ethnic-religion', zh: '民族宗教事务局', en: 'Ethnic and religious affairs', pattern: /民族|宗教/ },
  { id: 'public-security', zh: '公安局', en: 'Public security', pattern: /公安/ },
  { id: 'civil-affairs', zh: '民政局', en: 'Civil affairs', pattern: /民政/ },
  { id: 'justice', zh: '司法局', en: 'Justice', pattern: /司法/ },
  { id: 'finance', zh: '财政局', en: 'Finance', pattern: /财政/ },
  { id: 'hr-social', zh: '人力资源和社会保障局', en: 'Human resources and social security', pattern: /人力资源|人社/ },
  { id: 'natural-resources', zh: '自然资源局', en: 'Natural resources', pattern: /自然资源|国土/ },
  { id: 'ecology', zh: '生态环境局', en: 'Ecology and environment', pattern: /生态环境|环境保护|环保/ },
  { id: 'housing', zh: '住房和城乡建设局', en: 'Housing and urban-rural development', pattern: /住房和城乡建设|住房城乡建设|住建|城乡建设/ },
  { id: 'transport', zh: '交通运输局', en: 'Transport', pattern: /交通/ },
  { id: 'water', zh: '水利局', en: 'Water resources', pattern: /水利|水务/ },
  { id: 'agriculture', zh: '农业农村局', en: 'Agriculture and rural affairs', pattern: /农业|农村/ },
  { id: 'commerce', zh: '商务局', en: 'Commerce', pattern: /商务/ },
  { id: 'culture-tourism', zh: '文化和旅游局', en: 'Culture and tourism', pattern: /文化|旅游|文旅|广电/ },
  { id: 'health', zh: '卫生健康委员会', en: 'Health', pattern: /卫生健康|卫健|卫生和计划生育|卫生/ },
  { id: 'veterans', zh: '退役军人事务局', en: 'Veterans affairs', pattern: /退役军人/ },
  { id: 'emergency', zh: '应急管理局', en: 'Emergency management', pattern: /应急管理|安全生产监督/ },
  { id: 'audit', zh: '审计局', en: 'Audit', pattern: /审计/ },
  { id: 'assets', zh: '国有资产监督管理委员会', en: 'State-owned assets', pattern: /国有资产|国资/ },
  { id: 'market', zh: '市场监督管理局', en: 'Market regulation', pattern: /市场监督|市场监管|工商行政|质量技术监督|食品药品监督/ },
  { id: 'sports', zh: '体育局', en: 'Sports', pattern: /体育/ },
  { id: 'statistics', zh: '统计局', en: 'Statistics', pattern: /统计/ },
  { id: 'medical-insurance', zh: '医疗保障局', en: 'Medical insurance', pattern: /医疗保障|医保/ },
  { id: 'forestry', zh: '林业局', en: 'Forestry', pattern: /林业|林草/ },
  { id: 'petitions', zh: '信访局', en: 'Petitions', pattern: /信访/ },
  { id: 'gov-services', zh: '政务服务和数据管理局', en: 'Government services and data', pattern: /行政审批|政务服务|数据资源|大数据|数据管理|营商环境/ },
  { id: 'tax', zh: '税务局', en: 'Taxation', pattern: /税务/ },
  { id: 'urban-management', zh: '城市管理局', en: 'Urban management', pattern: /城市管理|城管|综合行政执法/ },
  { id: 'housing-fund', zh: '住房公积金管理中心', en: 'Housing provident fund', pattern: /公积金/ },
  { id: 'energy', zh: '能源局', en: 'Energy', pattern: /能源/ },
  { id: 'archives', zh: '档案局', en: 'Archives', pattern: /档案/ },
];

export const OTHER_TYPE: AgencyType = { id: 'other', zh: '其他', en: 'Other' };
