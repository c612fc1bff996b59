/** The compare page's words. */
const ZH = {
  title: '对比',
  intro: '每行一个机构（或机构-年度），列按年报表格分组。点列名排序，机构名按拼音排序；点机构名查看详情。',
  metric: '图表指标',
  by: { 'agency-year': '按机构-年度', agency: '按机构（跨年度合计）' },
  columns: '选择列', resetColumns: '恢复默认列',
  scrollHint: '表格较宽：左右滚动查看全部列，机构名固定在左侧 →',
  caption: (n: string) => `共 ${n} 行 · 空白（—）表示报告未填写或无法读取，不按 0 计`,
  tooMany: (n: string) => `共 ${n} 行，超过导出上限，请缩小筛选范围`,
};
export type CompareText = typeof ZH;

const EN: CompareText = {
  title: 'Compare',
  intro: 'One row per agency (or agency-year), columns grouped as in the report form. Click a header to sort (names sort by pinyin); click a name for its page.',
  metric: 'Chart metric',
  by: { 'agency-year': 'Per agency-year', agency: 'Per agency (years summed)' },
  columns: 'Columns', resetColumns: 'Default columns',
  scrollHint: 'Wide table: scroll sideways for every column; the agency stays on the left →',
  caption: (n: string) => `${n} rows · a dash (—) means the report left it blank or it could not be read; never counted as 0`,
  tooMany: (n: string) => `${n} rows: more than an export holds; narrow the filters`,
};

export const COMPARE_TEXT = { zh: ZH, en: EN };
