/** The data-quality page's words. */
const ZH = {
  title: '数据质量',
  intro: '解析与校验发现的每一个问题：表内勾稽不平、空白单元格、无法确定的数字、跨年度不一致。按规则、严重程度、地区和年度筛选。',
  rule: '规则', allRules: '全部规则', severity: '严重程度', allSeverities: '全部',
  severities: { error: '错误', warning: '警告', info: '提示' },
  countsTitle: '各规则问题数',
  columns: { rule: '规则', meaning: '含义', severity: '严重程度', count: '数量', agency: '机构', year: '年度', region: '地区', where: '位置', message: '说明' },
  listTitle: '问题明细',
  none: '当前筛选下没有问题。',
  olderParser: (reports: string, versions: string, current: string) =>
    `库中有 ${reports} 份报告由旧版解析器（${versions}）读取，其数字可能与当前解析器（${current}）的读法不同。在命令行运行 npm run reparse，即从已保存的原件以当前解析器重新读取，无需再次提供文件。`,
};
export type QualityText = typeof ZH;

const EN: QualityText = {
  title: 'Data quality',
  intro: 'Every finding of parsing and checking: broken sums, blank cells, numbers that could not be placed, disagreements across years. Filter by rule, severity, region and year.',
  rule: 'Rule', allRules: 'All rules', severity: 'Severity', allSeverities: 'All',
  severities: { error: 'error', warning: 'warning', info: 'info' },
  countsTitle: 'Findings by rule',
  columns: { rule: 'Rule', meaning: 'Meaning', severity: 'Severity', count: 'Count', agency: 'Agency', year: 'Year', region: 'Region', where: 'Where', message: 'Message' },
  listTitle: 'Findings',
  none: 'No findings for these filters.',
  olderParser: (reports: string, versions: string, current: string) =>
    `${reports} reports in the database were read by an older parser (${versions}); their numbers may differ from what parser ${current} reads. Run npm run reparse to read them again from the stored originals — no files needed.`,
};

export const QUALITY_TEXT = { zh: ZH, en: EN };
