/** The coverage and timeliness tab of the data-quality page (issue 16): who published which years, on time or late. */
const ZH = {
  tabs: { findings: '解析问题', coverage: '覆盖与及时性', score: '评分排名' },
  tabsLabel: '数据质量视图',
  intro:
    '每个机构每个年度是否发布了年报、是否按时（次年 1 月 31 日前）发布。某年度“应报”：该机构在该年度有报告；或在更早和更晚的年度都有报告（中间缺报）；或在导入的机构名单上。完整率 = 已报 ÷ 应报。',
  noYears: '当前筛选下没有任何年度的报告。',
  headline: (place: string, years: string, expected: string, present: string, rate: string, missing: string) =>
    `${place} ${years} 年：应报 ${expected} 个机构年度，已报 ${present}，完整率 ${rate}，缺报 ${missing}。`,
  headlineTimely: (onTime: string, late: string, undated: string) =>
    `已报的报告中：按时 ${onTime}，逾期 ${late}，发布日期未知 ${undated}。`,
  scope: (years: string) => `统计年度：${years}（库中有报告的年度）。表格版本筛选不适用于覆盖统计。`,
  list: {
    none: '尚未导入机构名单，因此“缺报”只按前后年度推断。在命令行运行 npm run agency -- import-list FILE 导入名单（CSV 文件，三列：名称、区划代码、类型）后，名单上的机构每年都计为应报。',
    some: (entries: string, unanswered: string) =>
      `已导入机构名单：${entries} 家，其中 ${unanswered} 家尚无任何报告（其所有年度均计为缺报）。`,
    synthetic: '机构名单只适用于真实数据，合成数据的“缺报”只按前后年度推断。',
  },
  regionsTitle: '各地区完整率',
  regionColumns: {
    region: '地区',
    expected: '应报',
    present: '已报',
    onTime: '按时',
    late: '逾期',
    undated: '日期未知',
    missingGap: '缺报（前后有报告）',
    missingList: '缺报（名单）',
    completeness: '完整率',
  },
  total: '合计',
  ownLevel: (place: string) => `${place}本级（未归入下级地区）`,
  stopped: (n: string, latest: number) => `${n} 家机构已停报：最后一份报告早于 ${latest} 年。`,
  timelinessTitle: '各年度发布及时性',
  timelinessNote:
    '截止日期为次年 1 月 31 日（《政府信息公开条例》第五十条）。发布日期取自报告本身或导入时填写，无法确定的计为“日期未知”，不作推测。',
  yearColumns: {
    year: '年度',
    reports: '报告数',
    dated: '有发布日期',
    onTime: '按时',
    late: '逾期',
    onTimeRate: '按时率',
    median: '逾期天数中位数',
    undated: '日期未知',
  },
  medianDays: (days: string) => `${days} 天`,
  onTimeRateNote: '按时率 = 按时 ÷ 有发布日期；n 为有发布日期的报告数。',
  completenessNote: '完整率 = 已报 ÷ 应报；n 为应报的机构年度数。点击地区名查看下级地区。',
  matrixTitle: '机构 × 年度',
  shows: {
    all: '全部机构',
    missing: '有缺报',
    late: '有逾期',
    undated: '有日期未知',
    stopped: '已停报',
  },
  showsLabel: '显示哪些机构',
  agencyColumn: '机构',
  regionColumn: '地区',
  none: '当前筛选下没有机构。',
  legendTitle: '图例',
  legend: {
    'on-time': '按时发布',
    late: '逾期发布（数字为逾期天数）',
    undated: '已发布，日期未知',
    replaced: '曾被更正版本替换',
    gap: '缺报：前后年度都有报告',
    list: '缺报：在机构名单上',
    none: '无报告，亦非应报',
  },
  noReports: '尚无报告',
  export: '导出 Excel',
  exportTooLarge: (n: string, limit: string) =>
    `共 ${n} 家机构，超过网页导出上限 ${limit} 行：请缩小地区、年度、机构类型或所显示的机构后再导出。`,
  exportTitle: '年报覆盖与及时性',
  sheetName: '覆盖与及时性',
  exportColumns: { agency: '机构', region: '地区', type: '机构类型', listed: '在名单上' },
  exportYes: '是',
  exportCell: {
    'on-time': '按时',
    late: (days: number) => `逾期 ${days} 天`,
    undated: '日期未知',
    replaced: '已替换',
    gap: '缺报（前后有报告）',
    list: '缺报（名单）',
    none: '',
  },
};
export type CoverageText = typeof ZH;

const EN: CoverageText = {
  tabs: { findings: 'Findings', coverage: 'Coverage and timeliness', score: 'Score rankings' },
  tabsLabel: 'Data-quality views',
  intro:
    'Whether each agency published its report for each year, and on time (by 31 January of the next year). A year is expected of an agency when it has a report for it, or has reports for an earlier and a later year (a gap), or is on the imported agency list. Completeness = present ÷ expected.',
  noYears: 'No report in any year for these filters.',
  headline: (place: string, years: string, expected: string, present: string, rate: string, missing: string) =>
    `${place}, ${years}: ${expected} agency-years expected, ${present} present, ${rate} complete, ${missing} missing.`,
  headlineTimely: (onTime: string, late: string, undated: string) =>
    `Of the reports present: ${onTime} on time, ${late} late, ${undated} with no known publication date.`,
  scope: (years: string) =>
    `Years counted: ${years} (the years with reports). The form filter does not apply to coverage.`,
  list: {
    none: 'No agency list imported, so a missing year is inferred from the years around it only. Run npm run agency -- import-list FILE to import one (a CSV file of three columns: name, division code, type); the agencies on it are then expected every year.',
    some: (entries: string, unanswered: string) =>
      `Agency list imported: ${entries} agencies, ${unanswered} of them without any report yet (every year of theirs counts as missing).`,
    synthetic:
      'The agency list applies to real data only; for synthetic data a missing year is inferred from the years around it.',
  },
  regionsTitle: 'Completeness by region',
  regionColumns: {
    region: 'Region',
    expected: 'Expected',
    present: 'Present',
    onTime: 'On time',
    late: 'Late',
    undated: 'Date unknown',
    missingGap: 'Missing (gap)',
    missingList: 'Missing (list)',
    completeness: 'Completeness',
  },
  total: 'Total',
  ownLevel: (place: string) => `${place} itself (no sub-region)`,
  stopped: (n: string, latest: number) => `${n} agencies stopped publishing: their last report is before ${latest}.`,
  timelinessTitle: 'Timeliness by year',
  timelinessNote:
    'Reports are due by 31 January of the next year (Regulations on Open Government Information, article 50). The date is read from the report itself or given at import; where none can be found it counts as unknown, never guessed.',
  yearColumns: {
    year: 'Year',
    reports: 'Reports',
    dated: 'With a date',
    onTime: 'On time',
    late: 'Late',
    onTimeRate: 'On-time rate',
    median: 'Median days late',
    undated: 'Date unknown',
  },
  medianDays: (days: string) => `${days} days`,
  onTimeRateNote: 'On-time rate = on time ÷ with a date; n is the number of reports with a date.',
  completenessNote:
    'Completeness = present ÷ expected; n is the number of expected agency-years. Click a region to see its sub-regions.',
  matrixTitle: 'Agencies × years',
  shows: {
    all: 'All agencies',
    missing: 'With a missing year',
    late: 'With a late report',
    undated: 'With an undated report',
    stopped: 'Stopped publishing',
  },
  showsLabel: 'Which agencies to show',
  agencyColumn: 'Agency',
  regionColumn: 'Region',
  none: 'No agency for these filters.',
  legendTitle: 'Legend',
  legend: {
    'on-time': 'Published on time',
    late: 'Published late (days late)',
    undated: 'Published, date unknown',
    replaced: 'Replaced by a corrected report',
    gap: 'Missing: reports before and after',
    list: 'Missing: on the agency list',
    none: 'No report, none expected',
  },
  noReports: 'no report yet',
  export: 'Excel',
  exportTooLarge: (n: string, limit: string) =>
    `${n} agencies, over the ${limit}-row limit for exports from the page: narrow the region, years, agency type or the agencies shown to export.`,
  exportTitle: 'Report coverage and timeliness',
  sheetName: 'Coverage',
  exportColumns: { agency: 'Agency', region: 'Region', type: 'Agency type', listed: 'On the list' },
  exportYes: 'yes',
  exportCell: {
    'on-time': 'on time',
    late: (days: number) => `${days} days late`,
    undated: 'date unknown',
    replaced: 'replaced',
    gap: 'missing (gap)',
    list: 'missing (list)',
    none: '',
  },
};

export const COVERAGE_TEXT = { zh: ZH, en: EN };
