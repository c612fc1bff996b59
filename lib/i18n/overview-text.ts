/** The overview page's words. */
const ZH = {
  title: '总览',
  intro: '当前筛选下的政府信息公开申请与办理情况。点击任一数字的“ⓘ”查看定义。',
  cards: {
    reports: '年报数',
    agencies: '机构数',
    applications: '新收申请',
    disclosureRate: '公开率',
    reviewCorrected: '复议被纠错',
    litigationCorrected: '诉讼被纠错',
  },
  ofTotal: (n: string) => `共 ${n} 件`,
  noCases: '本期无案件',
  correctionShare: (rate: string) => `纠错率 ${rate}`,
  /** With cases pending: the rate is over the concluded ones. */
  correctionOfConcluded: (concluded: string, rate: string) => `已审结 ${concluded} 件，纠错率 ${rate}`,
  rateBase: (n: string) => `基于 ${n} 件已办结申请`,
  fewCases: '件数少，比率仅供参考',
  metric: '图表指标',
  gapsTitle: '数据缺口',
  gapsIntro: '各年度报告中未能读出的关键数字（空白或无法解析，均不按 0 计）。',
  gapsColumns: {
    year: '年度',
    reports: '年报',
    withErrors: '含错误',
    appsNew: '缺新收申请',
    granted: '缺予以公开',
    handled: '缺办理总计',
    carriedForward: '缺结转',
    reviewTotal: '缺复议',
    litigationTotal: '缺诉讼',
  },
  seeQuality: '查看全部问题 →',
};
export type OverviewText = typeof ZH;

const EN: OverviewText = {
  title: 'Overview',
  intro:
    'Information requests and how they were handled, for the current filters. Click ⓘ beside a number for its definition.',
  cards: {
    reports: 'Reports',
    agencies: 'Agencies',
    applications: 'New requests',
    disclosureRate: 'Disclosure rate',
    reviewCorrected: 'Reviews corrected',
    litigationCorrected: 'Lawsuits lost',
  },
  ofTotal: (n: string) => `of ${n}`,
  noCases: 'no cases in this period',
  correctionShare: (rate: string) => `${rate} corrected`,
  correctionOfConcluded: (concluded: string, rate: string) => `${rate} of ${concluded} concluded corrected`,
  rateBase: (n: string) => `of ${n} requests handled`,
  fewCases: 'few cases: read with care',
  metric: 'Chart metric',
  gapsTitle: 'Where the data has gaps',
  gapsIntro:
    'Key numbers that could not be read from the reports of each year (blank or unreadable; never counted as 0).',
  gapsColumns: {
    year: 'Year',
    reports: 'Reports',
    withErrors: 'With errors',
    // "Missing", not "No": these count reports where the number could not be read, never reports that said 0 (issue 18).
    appsNew: 'New requests missing',
    granted: 'Granted missing',
    handled: 'Total handled missing',
    carriedForward: 'Carried forward missing',
    reviewTotal: 'Reviews missing',
    litigationTotal: 'Lawsuits missing',
  },
  seeQuality: 'See every finding →',
};

export const OVERVIEW_TEXT = { zh: ZH, en: EN };
