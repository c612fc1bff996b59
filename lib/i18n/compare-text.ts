/** The compare page's words. */
const ZH = {
  title: '对比',
  intro: '每行一个机构（或机构-年度），列按年报表格分组。点列名排序，机构名按拼音排序；点机构名查看详情。',
  metric: '图表指标',
  by: { 'agency-year': '按机构-年度', agency: '按机构（跨年度合计）' },
  /** The accessible name of the per-agency-year / per-agency tabs. */
  rowsLabel: '每行是什么',
  columns: '选择列',
  resetColumns: '恢复默认列',
  scrollHint: '表格较宽：左右滚动查看全部列，机构名固定在左侧 →',
  caption: (n: string) => `共 ${n} 行 · 空白（—）表示报告未填写或无法读取，不按 0 计`,
  exportTooLarge: (n: string, limit: string) =>
    `共 ${n} 行，超过网页导出上限 ${limit} 行：请缩小地区、年度或机构类型后再导出；需要全部数据时，由管理员在服务器上运行 npm run export。`,
  /** The table's own columns before and after the metrics. */
  headers: {
    agency: '机构',
    region: '地区',
    type: '类型',
    year: '年度',
    years: '年度范围',
    reports: '报告数',
    daysLate: '逾期天数',
    score: '报告评分',
    originality: '原创性',
    errors: '错误',
  },
  /** Under an exported table with the days-late column: what its numbers mean. */
  daysLateNote:
    '逾期天数：发布日期晚于截止日期（次年 1 月 31 日）的天数；正数为逾期，零或负数为按时，空白为发布日期未知。',
  /** Under an exported table with the score columns. */
  scoreNote:
    '报告评分（0–100）：完整性 30%、一致性 30%、及时性 20%、原创性 20% 的加权平均，只计已知的部分；原创性 = 100 ×（1 − 与上年或同年他文雷同比例中的较大者），空白为未比对。定义见“指标说明”页。',
  /** The exported file's title (and name) and its sheet. */
  exportTitle: '政府信息公开工作年度报告对比表',
  sheetName: '对比',
};
export type CompareText = typeof ZH;

const EN: CompareText = {
  title: 'Compare',
  intro:
    'One row per agency (or agency-year), columns grouped as in the report form. Click a header to sort (names sort by pinyin); click a name for its page.',
  metric: 'Chart metric',
  by: { 'agency-year': 'Per agency-year', agency: 'Per agency (years summed)' },
  rowsLabel: 'What a row is',
  columns: 'Columns',
  resetColumns: 'Default columns',
  scrollHint: 'Wide table: scroll sideways for every column; the agency stays on the left →',
  caption: (n: string) =>
    `${n} rows · a dash (—) means the report left it blank or it could not be read; never counted as 0`,
  exportTooLarge: (n: string, limit: string) =>
    `${n} rows, over the ${limit}-row limit for exports from the page: narrow the region, years or agency type to export; for all of it, an administrator runs npm run export on the server.`,
  headers: {
    agency: 'Agency',
    region: 'Region',
    type: 'Type',
    year: 'Year',
    years: 'Years',
    reports: 'Reports',
    daysLate: 'Days late',
    score: 'Report score',
    originality: 'Originality',
    errors: 'Errors',
  },
  daysLateNote:
    'Days late: days from the deadline (31 January of the next year) to the publication date; positive is late, zero or negative on time, blank where the publication date is unknown.',
  scoreNote:
    'Report score (0–100): the weighted mean of completeness 30%, consistency 30%, timeliness 20% and originality 20%, over the parts that are known; originality = 100 × (1 − the larger share repeated from the previous year or another report of the year), blank where nothing was compared. Definitions on the Metrics page.',
  exportTitle: 'Open-government-information annual reports compared',
  sheetName: 'Compare',
};

export const COMPARE_TEXT = { zh: ZH, en: EN };
