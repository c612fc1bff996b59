/** The agency page's words. */
const ZH = {
  notFound: '没有这个机构。',
  years: '年度',
  type: '类型',
  level: '层级',
  region: '地区',
  unresolved: '地区未确定',
  file: '原始文件',
  imported: '导入时间',
  template: (t: string | null) => (t ? `${t} 版表格` : '表格版本未识别'),
  metric: '图表指标',
  changesTitle: '与上年相比',
  changes: {
    metric: '指标',
    thisYear: (y: number) => `${y}年`,
    lastYear: (y: number) => `${y}年`,
    change: '变化',
    points: ' 个百分点',
  },
  noPrevious: (y: number) => `没有 ${y} 年的报告，无法比较。`,
  peersTitle: '在同类机构中的位置',
  peerRank: (rank: number, n: number, type: string, year: number) =>
    `${year}年 ${n} 个同类机构（${type}）中排第 ${rank} 位（由高到低）`,
  peerNone: '该年度本指标没有数值，无法排名。',
  peerNoType: '机构类型未识别，无法与同类机构比较。',
  tablesTitle: '年报表格（按国家模板重建）',
  tablesIntro: '点击任一数字，在下方原文中定位并高亮它的出处。“—”表示报告未填写或无法读取。',
  findingsTitle: '数据问题',
  noFindings: '未发现问题。',
  severity: { error: '错误', warning: '警告', info: '提示' },
  synthetic: '合成数据',
  levels: { central: '中央', province: '省级', city: '市级', county: '县级', township: '乡镇（街道）' } as Record<
    string,
    string
  >,
};
export type AgencyText = typeof ZH;

const EN: AgencyText = {
  notFound: 'No such agency.',
  years: 'Years',
  type: 'Type',
  level: 'Level',
  region: 'Region',
  unresolved: 'region not settled',
  file: 'Original file',
  imported: 'Imported',
  template: (t: string | null) => (t ? `${t} form` : 'form not recognised'),
  metric: 'Chart metric',
  changesTitle: 'Change from the year before',
  changes: {
    metric: 'Metric',
    thisYear: (y: number) => String(y),
    lastYear: (y: number) => String(y),
    change: 'Change',
    points: ' pp',
  },
  noPrevious: (y: number) => `No report for ${y} to compare with.`,
  peersTitle: 'Among peers',
  peerRank: (rank: number, n: number, type: string, year: number) =>
    `Ranks ${rank} of ${n} ${type} agencies in ${year} (highest first)`,
  peerNone: 'No value for this metric that year, so no rank.',
  peerNoType: 'Agency type not recognised, so no peers to compare with.',
  tablesTitle: "The report's tables, rebuilt in the national form",
  tablesIntro: 'Click any number to find it, highlighted, in the source below. A dash means blank or unreadable.',
  findingsTitle: 'Findings',
  noFindings: 'No findings.',
  severity: { error: 'error', warning: 'warning', info: 'info' },
  synthetic: 'synthetic',
  levels: { central: 'central', province: 'province', city: 'city', county: 'county', township: 'township' },
};

export const AGENCY_TEXT = { zh: ZH, en: EN };
