/**
 * The template's Chinese labels, in one place. Each row key lists its label as the template writes it
 * (after `labelCore`), the variants real reports use, and keywords for approximate matching.
 */
import type { Table2Key, Table3Key, TemplateVersion } from './types';

export interface RowLabel<K extends string> {
  key: K;
  label: string;
  variants?: string[];
  keywords: string[];
}

export const TABLE3_LABELS: RowLabel<Table3Key>[] = [
  { key: 'newReceived', label: '本年新收政府信息公开申请数量', keywords: ['本年新收'] },
  { key: 'carriedOver', label: '上年结转政府信息公开申请数量', keywords: ['上年结转'] },
  { key: 'granted', label: '予以公开', keywords: ['予以公开'] },
  { key: 'partial', label: '部分公开', keywords: ['部分公开'] },
  { key: 'deniedStateSecret', label: '属于国家秘密', keywords: ['国家秘密'] },
  { key: 'deniedLawForbidden', label: '其他法律行政法规禁止公开', keywords: ['禁止公开'] },
  { key: 'deniedSafetyStability', label: '危及三安全一稳定', keywords: ['三安全一稳定', '三安全'] },
  { key: 'deniedThirdParty', label: '保护第三方合法权益', keywords: ['第三方'] },
  { key: 'deniedInternalAffairs', label: '属于三类内部事务信息', keywords: ['内部事务'] },
  { key: 'deniedProcessInfo', label: '属于四类过程性信息', keywords: ['过程性'] },
  { key: 'deniedEnforcementFile', label: '属于行政执法案卷', keywords: ['执法案卷'] },
  { key: 'deniedInquiry', label: '属于行政查询事项', keywords: ['行政查询'] },
  { key: 'unableNotHeld', label: '本机关不掌握相关政府信息', keywords: ['不掌握'] },
  { key: 'unableNeedsCreation', label: '没有现成信息需要另行制作', keywords: ['另行制作', '没有现成'] },
  { key: 'unableUnclear', label: '补正后申请内容仍不明确', keywords: ['仍不明确', '补正后'] },
  { key: 'rejectedComplaint', label: '信访举报投诉类申请', variants: ['信访投诉举报类申请'], keywords: ['信访'] },
  { key: 'rejectedRepeated', label: '重复申请', keywords: ['重复申请'] },
  { key: 'rejectedPublication', label: '要求提供公开出版物', keywords: ['出版物'] },
  { key: 'rejectedExcessive', label: '无正当理由大量反复申请', keywords: ['大量反复'] },
  { key: 'rejectedConfirmation', label: '要求行政机关确认或重新出具已获取信息', keywords: ['重新出具'] },
  {
    key: 'otherOverdueCorrection',
    label: '申请人无正当理由逾期不补正行政机关不再处理其政府信息公开申请',
    keywords: ['逾期不补正'],
  },
  {
    key: 'otherUnpaidFee',
    label: '申请人逾期未按收费通知要求缴纳费用行政机关不再处理其政府信息公开申请',
    keywords: ['缴纳费用', '收费通知'],
  },
  { key: 'other', label: '其他处理', keywords: [] },
  { key: 'total', label: '总计', variants: ['合计'], keywords: [] },
  { key: 'carriedForward', label: '结转下年度继续办理', keywords: ['结转下年度'] },
];

/** The 2021 form's third 其他处理 sub-row reads just "其他"; it is only recognised in that context. */
export const TABLE3_OTHER_MISC_LABEL = '其他';

export const TABLE2_LABELS: RowLabel<Table2Key>[] = [
  { key: 'regulations', label: '规章', keywords: [] },
  { key: 'normativeDocs', label: '规范性文件', variants: ['行政规范性文件'], keywords: ['规范性文件'] },
  { key: 'otherServices', label: '其他对外管理服务事项', keywords: ['对外管理服务'] },
  { key: 'licensing', label: '行政许可', keywords: [] },
  { key: 'penalty', label: '行政处罚', keywords: [] },
  { key: 'coercion', label: '行政强制', keywords: [] },
  { key: 'fees', label: '行政事业性收费', keywords: ['事业性收费'] },
  { key: 'procurement', label: '政府集中采购', keywords: ['集中采购'] },
];

/** Columns of each table-2 row, per template version. */
export const TABLE2_COLUMNS: Record<TemplateVersion, Partial<Record<Table2Key, number>>> = {
  '2019': {
    regulations: 3,
    normativeDocs: 3,
    licensing: 3,
    otherServices: 3,
    penalty: 3,
    coercion: 3,
    fees: 2,
    procurement: 2,
  },
  '2021': { regulations: 3, normativeDocs: 3, licensing: 1, penalty: 1, coercion: 1, fees: 1 },
};

/** Template rows of table 3 per version (the 其他处理 row differs). */
export const TABLE3_OTHER_ROWS: Record<TemplateVersion, Table3Key[]> = {
  '2019': ['other'],
  '2021': ['otherOverdueCorrection', 'otherUnpaidFee', 'otherMisc'],
};

/** Wording that differs from the template but means the same; reported as `label.variant`. */
export const LABEL_VARIANTS: { pattern: RegExp; canonical: string }[] = [
  { pattern: /结果维护/, canonical: '结果维持' },
  { pattern: /合计/, canonical: '总计' },
  { pattern: /只记/, canonical: '只计' },
  { pattern: /信访投诉举报/, canonical: '信访举报投诉' },
  { pattern: /本单位制发的/, canonical: '规范性文件' },
];

/** Header words that say which template version a table follows. */
export const TEMPLATE_CUES: Record<TemplateVersion, string[]> = {
  '2019': [
    '本年新制作数量',
    '本年新公开数量',
    '对外公开总数量',
    '上一年项目数量',
    '本年增/减',
    '采购项目数量',
    '采购总金额',
    '政府集中采购',
    '其他对外管理服务事项',
  ],
  '2021': [
    '本年制发件数',
    '本年废止件数',
    '现行有效件数',
    '本年处理决定数量',
    '本年收费金额',
    '逾期不补正',
    '缴纳费用',
  ],
};

export type TableKind = 'table2' | 'table3' | 'table4';

/** Words in a table row that say which table it belongs to. */
export const TABLE_CUES: Record<TableKind, string[]> = {
  table2: [
    '第二十条',
    '信息内容',
    '制作数量',
    '制发件数',
    '上一年项目数量',
    '处理决定数量',
    '采购项目数量',
    '收费金额',
  ],
  table3: ['申请人情况', '本年新收', '勾稽关系', '自然人', '商业企业'],
  table4: ['复议后起诉', '直接起诉', '结果纠正', '尚未审结', '行政复议'],
};

/** Section headings (short paragraphs) and the table each section holds. */
export const SECTION_HEADINGS: { words: string[]; section: number; table?: TableKind }[] = [
  { words: ['总体情况', '概述'], section: 1 },
  { words: ['主动公开政府信息情况', '主动公开政府信息'], section: 2, table: 'table2' },
  { words: ['收到和处理政府信息公开申请', '依申请'], section: 3, table: 'table3' },
  { words: ['行政复议'], section: 4, table: 'table4' },
  { words: ['存在的主要问题', '存在的问题', '主要问题及改进'], section: 5 },
  { words: ['其他需要报告'], section: 6 },
];

/** Table 4's three groups when a report writes them as labelled rows of five. */
export const TABLE4_GROUP_LABELS = [
  { group: 'litigationAfterReview', words: ['复议后起诉'] },
  { group: 'litigationDirect', words: ['直接起诉'] },
  { group: 'review', words: ['行政复议'] },
] as const;
