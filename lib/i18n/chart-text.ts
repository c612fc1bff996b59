/**
 * The words charts print, Chinese and English: labels, notes and titles. Each entry holds both languages,
 * since a builder takes the locale as an argument and picks per word.
 */

/** What one bar of a ranked chart stands for. */
export type RankedRows = 'region' | 'agency' | 'agency-year';

const ROW_NOUNS: Record<RankedRows, { zh: string; en: [string, string] }> = {
  region: { zh: '个地区', en: ['region', 'regions'] },
  agency: { zh: '个机构', en: ['agency', 'agencies'] },
  'agency-year': { zh: '个机构-年度', en: ['agency-year', 'agency-years'] },
};

export const CHART_LABELS = {
  filters: { zh: '筛选条件：', en: 'Filters: ' },
  // The date of the newest import, not the period the reports cover (issue 18: "截至" read as the reporting period).
  dataDate: { zh: '数据更新于：', en: 'Data updated: ' },
  source: { zh: '数据来源：', en: 'Source: ' },
  defaultSource: {
    zh: '各机构政府信息公开工作年度报告；年报透镜整理',
    en: "agencies' annual OGI reports; compiled by Nianbao Lens",
  },
  noData: { zh: '无数据', en: 'no data' },
  noneHandled: { zh: '无办结申请', en: 'none handled' },
  noProceedings: { zh: '本期无行政复议、行政诉讼案件', en: 'No reviews or lawsuits in this period' },
  noReasons: {
    zh: '本期没有不予公开、无法提供或不予处理的申请',
    en: 'No request was refused, unanswerable or left unprocessed in this period',
  },
  total: { zh: '合计', en: 'Total' },
  share: { zh: '占比', en: 'share' },
  countUnit: { zh: '件', en: '' },
  partlyKnownNote: {
    zh: '* 部分办理结果无数据，占比按已知结果计算。',
    en: '* Some outcomes unknown; shares are of the known outcomes.',
  },
  reasonsOmitted: {
    zh: (n: number, names: string) => `未列出无数据的原因 ${n} 项：${names}。`,
    en: (n: number, names: string) => `${n} reason${n === 1 ? '' : 's'} with no data not shown: ${names}.`,
  },
  peerN: {
    zh: (n: number, missing: number) => `n = ${n} 个机关${missing ? `（另有 ${missing} 个无数据）` : ''}`,
    en: (n: number, missing: number) =>
      `n = ${n} agenc${n === 1 ? 'y' : 'ies'}${missing ? ` (${missing} more with no data)` : ''}`,
  },
  boxNote: {
    zh: '箱体为四分位数（线性插值），须线为最小值和最大值。',
    en: 'Box: quartiles (linear interpolation); whiskers: minimum and maximum.',
  },
  tooFewForBox: { zh: '机关少于 5 个，不画箱体。', en: 'Fewer than 5 agencies: no box drawn.' },
  tooManyForPoints: {
    zh: (n: number) => `同类机关多于 ${n} 个，不逐一画点，只画箱体。`,
    en: (n: number) => `More than ${n} agencies: the box only, no point for each.`,
  },
  selectedNoData: { zh: (a: string) => `${a}：无数据。`, en: (a: string) => `${a}: no data.` },
  selectedMissing: {
    zh: (a: string) => `${a} 不在比较范围内。`,
    en: (a: string) => `${a} is not among the agencies compared.`,
  },
  partResultsNote: {
    zh: (names: string) => `${names}：部分结果无数据，合计仅含已知结果。`,
    en: (names: string) => `${names}: some results unknown; totals count the known ones.`,
  },
  /** The bars without a value, named for what a bar is: a region, an agency, or an agency in one year. */
  rowsNoData: {
    zh: (n: number, rows: RankedRows) => `${n} ${ROW_NOUNS[rows].zh}无数据，列于末尾。`,
    en: (n: number, rows: RankedRows) => `${n} ${ROW_NOUNS[rows].en[n === 1 ? 0 : 1]} with no data, listed last.`,
  },

  /** A caption's note when some bars or points show a rate on few cases (issue 18; lib/format/rate-base.ts). */
  fewCasesBars: {
    zh: (k: number, rows: RankedRows, limit: number) =>
      `† ${k} ${ROW_NOUNS[rows].zh}的比率基于少于 ${limit} 件，仅供参考。`,
    en: (k: number, rows: RankedRows, limit: number) =>
      `† ${k} ${ROW_NOUNS[rows].en[k === 1 ? 0 : 1]} with a rate on fewer than ${limit} cases; read with care.`,
  },
  fewCasesPoints: {
    zh: (k: number, limit: number) => `空心点（${k} 个）的比率基于少于 ${limit} 件，仅供参考。`,
    en: (k: number, limit: number) =>
      `Hollow point${k === 1 ? '' : 's'} (${k}): a rate on fewer than ${limit} cases; read with care.`,
  },

  quartiles: {
    min: { zh: '最小值', en: 'Minimum' },
    q1: { zh: '下四分位数', en: 'Lower quartile' },
    median: { zh: '中位数', en: 'Median' },
    q3: { zh: '上四分位数', en: 'Upper quartile' },
    max: { zh: '最大值', en: 'Maximum' },
  },
  outcomes: {
    granted: { zh: '予以公开', en: 'Disclosed' },
    partial: { zh: '部分公开', en: 'Partly disclosed' },
    denied: { zh: '不予公开', en: 'Refused' },
    unable: { zh: '无法提供', en: 'Unable to provide' },
    rejected: { zh: '不予处理', en: 'Not processed' },
    other: { zh: '其他处理', en: 'Other handling' },
  },
  results: {
    upheld: { zh: '结果维持', en: 'Upheld' },
    corrected: { zh: '结果纠正', en: 'Corrected' },
    other: { zh: '其他结果', en: 'Other result' },
    pending: { zh: '尚未审结', en: 'Pending' },
  },
  proceedings: {
    review: { zh: '行政复议', en: 'Administrative review' },
    litigationDirect: { zh: '直接起诉', en: 'Litigation, direct' },
    litigationAfterReview: { zh: '复议后起诉', en: 'Litigation after review' },
  },
} as const;

/** Chart titles; `metric` is the metric's name in the dictionary (lib/metrics), in the same language. */
export const CHART_TITLES = {
  trend: { zh: (metric: string) => `${metric}：逐年变化`, en: (metric: string) => `${metric} by year` },
  outcomes: { zh: '申请办理结果构成（按年度）', en: 'How requests ended, by year' },
  reasons: { zh: '不予公开、无法提供、不予处理的理由', en: 'Why requests were denied, unanswerable or not processed' },
  review: { zh: '行政复议与行政诉讼结果', en: 'Administrative review and litigation results' },
  ranking: {
    zh: (metric: string, place: string) => `${place}各地${metric}排名`,
    en: (metric: string, place: string) => `${metric}: ${place} ranked`,
  },
  peers: {
    zh: (metric: string, type: string, year: number) => `${year}年同类机构（${type}）${metric}分布`,
    en: (metric: string, type: string, year: number) => `${metric} among ${type} agencies, ${year}`,
  },
  top: {
    zh: (metric: string, n: number) => `${metric}：前 ${n} 名`,
    en: (metric: string, n: number) => `${metric}: top ${n}`,
  },
  agencyReasons: { zh: (year: number) => `${year}年不予公开等理由`, en: (year: number) => `Reasons, ${year}` },
  agencyReview: {
    zh: (year: number) => `${year}年复议与诉讼结果`,
    en: (year: number) => `Review and litigation, ${year}`,
  },
} as const;

/** Words of the charts' series and captions that name no metric. */
export const CHART_WORDS = {
  /** The one line of a trend over every report of the view. */
  all: { zh: '全部', en: 'All' },
  /** A year as a category on an axis. */
  year: { zh: (year: number | string | null) => `${year}年`, en: (year: number | string | null) => String(year) },
  /** A bar of the compare chart: an agency and the year of its report, with each language's brackets. */
  agencyYear: {
    zh: (agency: string, year: number) => `${agency}（${year}）`,
    en: (agency: string, year: number) => `${agency} (${year})`,
  },
  synthetic: { zh: '合成数据，仅供测试，不代表真实机构', en: 'Synthetic data for testing; no real agency' },
  /** After the first few reasons named in a note, when there are more. */
  more: { zh: '等', en: ', …' },
} as const;
