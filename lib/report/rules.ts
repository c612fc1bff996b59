/**
 * Every finding the parser can emit: its id, what it means (Chinese first), and how serious it is.
 * The data-quality page and exports show these texts; a test keeps this list and the code in step.
 */
import type { Severity } from './types';

export interface RuleInfo {
  severity: Severity;
  zh: string;
  en: string;
}

export const FINDING_RULES: Record<string, RuleInfo> = {
  'table3.balance': {
    severity: 'error',
    zh: '表三勾稽关系不成立：一 + 二 ≠ 三（七）+ 四',
    en: 'Table 3 balance broken: new + carried over ≠ total handled + carried forward',
  },
  'table3.totalSum': {
    severity: 'error',
    zh: '表三（七）总计不等于（一）至（六）之和',
    en: 'Table 3 total ≠ sum of outcomes (1)–(6)',
  },
  'table3.columnSum': {
    severity: 'error',
    zh: '表三总计列不等于六类申请人之和',
    en: 'Table 3 total column ≠ sum of the six applicant columns',
  },
  'table4.sum': {
    severity: 'error',
    zh: '表四总计不等于维持、纠正、其他、尚未审结之和',
    en: 'Table 4 total ≠ upheld + corrected + other + pending',
  },
  'table2.publishedLeTotal': {
    severity: 'error',
    zh: '表二本年新公开数量大于对外公开总数量',
    en: 'Table 2: newly published exceeds total published',
  },
  'cell.negative': { severity: 'error', zh: '计数单元格为负数', en: 'Negative number in a count cell' },
  'row.conflict': {
    severity: 'error',
    zh: '同一行出现两次且数字不同，均未采用',
    en: 'Row given twice with different numbers; neither used',
  },
  'cell.blank': {
    severity: 'warning',
    zh: '单元格为空，表中保留为空值而非 0（总计为空时，合计按六类申请人之和计算）',
    en: 'Blank cell, kept as null (not 0); where the total cell is blank, the totals count its six applicant columns',
  },
  'cell.unreadable': { severity: 'warning', zh: '单元格无法读作数字', en: 'Cell cannot be read as a number' },
  'cell.decimal': { severity: 'warning', zh: '计数单元格不是整数', en: 'Count cell is not a whole number' },
  'row.short': {
    severity: 'warning',
    zh: '行内数值少于列数，无法确定对应列，未采用',
    en: 'Fewer values than columns; cannot tell which column each belongs to',
  },
  'row.long': { severity: 'warning', zh: '行内数值多于列数，未采用', en: 'More values than columns; not used' },
  'row.ambiguous': {
    severity: 'warning',
    zh: '行两端均有空单元格，对齐不确定，未采用',
    en: 'Blank cells at both ends; alignment uncertain',
  },
  'row.missing': { severity: 'warning', zh: '缺少模板中的行', en: 'Template row not found' },
  'row.decoded': {
    severity: 'warning',
    zh: '数字连写，按勾稽关系唯一解读',
    en: 'Run-together digits read by the only reading the sums allow',
  },
  'row.undecodable': {
    severity: 'warning',
    zh: '数字连写，无法唯一解读，未采用',
    en: 'Run-together digits without a unique reading; left null',
  },
  'row.decodeWithdrawn': {
    severity: 'warning',
    zh: '连写数字的解读与其他迹象矛盾，已撤回',
    en: 'Run-together reading withdrawn: other evidence contradicts it',
  },
  'row.offTemplate': {
    severity: 'warning',
    zh: '该行不属于本模板版本',
    en: 'Row does not belong to this template version',
  },
  'label.approximate': { severity: 'warning', zh: '行标签仅近似匹配', en: 'Row label matched only approximately' },
  'value.derived': {
    severity: 'warning',
    zh: '数值为推算所得（如空白总计由各列相加）',
    en: 'Value derived (e.g. a blank total summed from its columns)',
  },
  'table2.missing': {
    severity: 'warning',
    zh: '未找到表二（主动公开）',
    en: 'Table 2 (proactive disclosure) not found',
  },
  'table3.missing': { severity: 'warning', zh: '未找到表三（依申请公开）', en: 'Table 3 (applications) not found' },
  'table4.missing': {
    severity: 'warning',
    zh: '未找到表四（复议诉讼）',
    en: 'Table 4 (review and litigation) not found',
  },
  'table3.otherLayout': {
    severity: 'warning',
    zh: '2021 版模板的（六）其他处理应分三行，本报告只有一行',
    en: 'The 2021 form splits (6) other into three rows; this report gives one',
  },
  'template.undetected': { severity: 'warning', zh: '无法判断模板版本', en: 'Template version not detected' },
  'template.fromYear': { severity: 'warning', zh: '模板版本按年度推定', en: 'Template version assumed from the year' },
  'template.mixed': {
    severity: 'warning',
    zh: '同时出现两版模板的标签',
    en: 'Labels of both template versions appear',
  },
  'header.agency': { severity: 'warning', zh: '未找到报告机构名称', en: 'Agency name not found' },
  'header.year': { severity: 'warning', zh: '未找到统计年度', en: 'Statistics year not found' },
  'header.yearEarly': { severity: 'warning', zh: '年度早于 2019 年模板施行', en: 'Year before the 2019 template' },
  'region.ambiguous': {
    severity: 'warning',
    zh: '机构所在地区名称重名，无法唯一确定，待人工确认',
    en: 'Region name exists in several places; to be settled by a user',
  },
  'reading.disagree': {
    severity: 'warning',
    zh: '按表格版式读取与按模板顺序和勾稽关系读取的数字不一致，未采用',
    en: "The table as laid out and the form's order and arithmetic give different numbers; neither used",
  },
  'reading.order': {
    severity: 'info',
    zh: '该行数字按模板的行序和勾稽关系读取（表格版式无法读取）',
    en: "Row read by the form's order and arithmetic (its layout could not be read)",
  },
  'narrative.unreadable': {
    severity: 'warning',
    zh: '正文中的数字过大，无法精确表示，未采用',
    en: 'A number in the prose is too large to hold exactly; not used',
  },
  'label.variant': {
    severity: 'info',
    zh: '标签用词与模板不同但含义相同',
    en: 'Label worded differently from the template, same meaning',
  },
  'row.unmatched': { severity: 'info', zh: '表内有非模板行，已忽略', en: 'Row not in the template; ignored' },
  'row.duplicate': { severity: 'info', zh: '同一行重复出现，取第一次', en: 'Row repeated; the first is kept' },
  'header.yearFromPeriod': { severity: 'info', zh: '年度取自统计期间', en: 'Year taken from the statistics period' },
  'header.titleFromMetadata': {
    severity: 'info',
    zh: '正文无标题行，机构名称和年度取自网页或文件的标题信息',
    en: 'No title line in the text; agency and year taken from the page or file title',
  },
  'header.titleSourcesDisagree': {
    severity: 'info',
    zh: '网页或文件的标题信息与正文标题不一致，以正文标题为准',
    en: 'Page or file title differs from the title line; the title line is used',
  },
  'header.identityWeak': {
    severity: 'warning',
    zh: '机构或年度读得不确定（标题只在正文之后找到，或几处标题互相矛盾）；导入时不会替换已有报告',
    en: 'Agency or year uncertain (title found only after the body began, or titles disagree); an import never lets it replace a report',
  },
  'region.unresolved': {
    severity: 'info',
    zh: '未能从机构名称确定所在地区',
    en: 'Region not found in the agency name',
  },
  'template.yearMismatch': {
    severity: 'info',
    zh: '模板版本与年度不对应',
    en: 'Template version unusual for the year',
  },
  'source.extensionMismatch': {
    severity: 'info',
    zh: '文件扩展名与内容格式不符，已按内容读取',
    en: 'File extension does not match the content; read by content',
  },
  'source.invalidBytes': {
    severity: 'warning',
    zh: '文件含有无效的 UTF-8 字节（可能已损坏或被截断），已替换，相关单元格未读取',
    en: 'Invalid UTF-8 bytes (damaged or cut-off file?) replaced; cells holding them were not read',
  },
  'source.ocr': {
    severity: 'warning',
    zh: '数字由 OCR 从扫描图像识别，请与原件核对',
    en: 'Numbers were read by OCR from a scanned image; check them against the original',
  },
  'source.needsOcr': {
    severity: 'warning',
    zh: '部分页面为扫描图像，无文字层，其内容未读取',
    en: 'Some pages are scanned images without text; their content was not read',
  },
  'source.publishedImplausible': {
    severity: 'info',
    zh: '某处日期早于统计年度结束，不可能是发布日期，未采用',
    en: 'A date before the reporting year ended cannot be the publication date; not used',
  },
  'source.publishedDisagree': {
    severity: 'info',
    zh: '几处发布日期相差较大（或分处截止日期两侧），采用最可信的一处',
    en: 'The publication dates given disagree (or fall either side of the deadline); the most trusted one is used',
  },
};
