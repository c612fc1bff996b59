/** The data-quality page's words. */
const ZH = {
  title: '数据质量',
  intro:
    '解析与校验发现的每一个问题：表内勾稽不平、空白单元格、无法确定的数字、跨年度不一致。按规则、严重程度、地区和年度筛选。',
  rule: '规则',
  allRules: '全部规则',
  severity: '严重程度',
  allSeverities: '全部',
  severities: { error: '错误', warning: '警告', info: '提示' },
  countsTitle: '各规则问题数',
  columns: {
    rule: '规则',
    severity: '严重程度',
    count: '数量',
    agency: '机构',
    year: '年度',
    region: '地区',
    where: '位置',
    message: '说明',
  },
  listTitle: '问题明细',
  none: '当前筛选下没有问题。',
  olderParser: (reports: string, versions: string, current: string) =>
    `库中有 ${reports} 份报告由旧版解析器（${versions}）读取，其数字可能与当前解析器（${current}）的读法不同。在命令行运行 npm run reparse，即从已保存的原件以当前解析器重新读取，无需再次提供文件。`,
  heldTitle: (n: string) => `待核实的报告（${n} 份）`,
  heldIntro:
    '这些文件的机构或年度读得不确定（例如标题是图片，只在页面其他位置找到标题，或几处标题互相矛盾），而该机构该年度已有报告。为免错误替换，它们已保存原件，但未计入任何统计。请打开原件核对；确认无误后在命令行运行 npm run agency -- file-held 编号，使其生效并替换现有报告。',
  heldColumns: { id: '编号', file: '文件', readAs: '读作', inForce: '现行报告' },
  heldInForce: (agency: string, year: number) => `${agency} ${year} 年现行报告`,
  heldNoneInForce: '现已无现行报告',
};
export type QualityText = typeof ZH;

const EN: QualityText = {
  title: 'Data quality',
  intro:
    'Every finding of parsing and checking: broken sums, blank cells, numbers that could not be placed, disagreements across years. Filter by rule, severity, region and year.',
  rule: 'Rule',
  allRules: 'All rules',
  severity: 'Severity',
  allSeverities: 'All',
  severities: { error: 'error', warning: 'warning', info: 'info' },
  countsTitle: 'Findings by rule',
  columns: {
    rule: 'Rule',
    severity: 'Severity',
    count: 'Count',
    agency: 'Agency',
    year: 'Year',
    region: 'Region',
    where: 'Where',
    message: 'Message',
  },
  listTitle: 'Findings',
  none: 'No findings for these filters.',
  olderParser: (reports: string, versions: string, current: string) =>
    `${reports} reports in the database were read by an older parser (${versions}); their numbers may differ from what parser ${current} reads. Run npm run reparse to read them again from the stored originals — no files needed.`,
  heldTitle: (n: string) => `Reports held for review (${n})`,
  heldIntro:
    'The agency or year of these files was read with doubt (a title that is an image, a title found only elsewhere on the page, titles that disagree), and that agency already has a report for that year. So that no report is replaced by mistake, their originals are kept but they count in no figure. Check the original; if it is right, run npm run agency -- file-held ID to put it in force in place of the current report.',
  heldColumns: { id: 'ID', file: 'File', readAs: 'Read as', inForce: 'Report in force' },
  heldInForce: (agency: string, year: number) => `${agency}, ${year}: current report`,
  heldNoneInForce: 'none in force now',
};

export const QUALITY_TEXT = { zh: ZH, en: EN };
