/**
 * The national template's tables as reports print them: headings, column headers and row labels with their
 * numbering and punctuation ("3.危及“三安全一稳定”", "（六）其他处理"), per template version
 * (/work/shared/docs/report-format.md). The parser's glossary (lib/report/glossary.ts) holds the same
 * labels reduced to their core for matching; degraded documents need them as written, so they are here.
 */
import type { Table2Key, Table3Key, TemplateVersion } from '../../lib/report/types';

export interface Table2BlockTemplate {
  heading: string;
  columns: string[];
  rows: { key: Table2Key; label: string }[];
}

const T2_2019_COUNTS = ['上一年项目数量', '本年增/减', '处理决定数量'];
const T2_2021_DECISIONS = ['本年处理决定数量'];

export const TABLE2_BLOCKS: Record<TemplateVersion, Table2BlockTemplate[]> = {
  '2019': [
    {
      heading: '第二十条第（一）项',
      columns: ['本年新制作数量', '本年新公开数量', '对外公开总数量'],
      rows: [
        { key: 'regulations', label: '规章' },
        { key: 'normativeDocs', label: '规范性文件' },
      ],
    },
    {
      heading: '第二十条第（五）项',
      columns: T2_2019_COUNTS,
      rows: [
        { key: 'licensing', label: '行政许可' },
        { key: 'otherServices', label: '其他对外管理服务事项' },
      ],
    },
    {
      heading: '第二十条第（六）项',
      columns: T2_2019_COUNTS,
      rows: [
        { key: 'penalty', label: '行政处罚' },
        { key: 'coercion', label: '行政强制' },
      ],
    },
    {
      heading: '第二十条第（八）项',
      columns: ['上一年项目数量', '本年增/减'],
      rows: [{ key: 'fees', label: '行政事业性收费' }],
    },
    {
      heading: '第二十条第（九）项',
      columns: ['采购项目数量', '采购总金额'],
      rows: [{ key: 'procurement', label: '政府集中采购' }],
    },
  ],
  '2021': [
    {
      heading: '第二十条第（一）项',
      columns: ['本年制发件数', '本年废止件数', '现行有效件数'],
      rows: [
        { key: 'regulations', label: '规章' },
        { key: 'normativeDocs', label: '行政规范性文件' },
      ],
    },
    { heading: '第二十条第（五）项', columns: T2_2021_DECISIONS, rows: [{ key: 'licensing', label: '行政许可' }] },
    {
      heading: '第二十条第（六）项',
      columns: T2_2021_DECISIONS,
      rows: [
        { key: 'penalty', label: '行政处罚' },
        { key: 'coercion', label: '行政强制' },
      ],
    },
    {
      heading: '第二十条第（八）项',
      columns: ['本年收费金额（单位：万元）'],
      rows: [{ key: 'fees', label: '行政事业性收费' }],
    },
  ],
};

/** One table 3 row: `group` is the merged cell of a (三)–(六) block; `lead` the 三、 cell printed before (一). */
export interface Table3RowTemplate {
  key: Table3Key;
  label: string;
  group?: string;
  lead?: string;
}

const group = (name: string, rows: [Table3Key, string][]): Table3RowTemplate[] =>
  rows.map(([key, label]) => ({ key, label, group: name }));

const HEAD: Table3RowTemplate[] = [
  { key: 'newReceived', label: '一、本年新收政府信息公开申请数量' },
  { key: 'carriedOver', label: '二、上年结转政府信息公开申请数量' },
  { key: 'granted', label: '（一）予以公开', lead: '三、本年度办理结果' },
  { key: 'partial', label: '（二）部分公开（区分处理的，只计这一情形，不计其他情形）' },
  ...group('（三）不予公开', [
    ['deniedStateSecret', '1.属于国家秘密'],
    ['deniedLawForbidden', '2.其他法律行政法规禁止公开'],
    ['deniedSafetyStability', '3.危及“三安全一稳定”'],
    ['deniedThirdParty', '4.保护第三方合法权益'],
    ['deniedInternalAffairs', '5.属于三类内部事务信息'],
    ['deniedProcessInfo', '6.属于四类过程性信息'],
    ['deniedEnforcementFile', '7.属于行政执法案卷'],
    ['deniedInquiry', '8.属于行政查询事项'],
  ]),
  ...group('（四）无法提供', [
    ['unableNotHeld', '1.本机关不掌握相关政府信息'],
    ['unableNeedsCreation', '2.没有现成信息需要另行制作'],
    ['unableUnclear', '3.补正后申请内容仍不明确'],
  ]),
  ...group('（五）不予处理', [
    ['rejectedComplaint', '1.信访举报投诉类申请'],
    ['rejectedRepeated', '2.重复申请'],
    ['rejectedPublication', '3.要求提供公开出版物'],
    ['rejectedExcessive', '4.无正当理由大量反复申请'],
    ['rejectedConfirmation', '5.要求行政机关确认或重新出具已获取信息'],
  ]),
];
const TAIL: Table3RowTemplate[] = [
  { key: 'total', label: '（七）总计' },
  { key: 'carriedForward', label: '四、结转下年度继续办理' },
];

export const TABLE3_ROWS_WRITTEN: Record<TemplateVersion, Table3RowTemplate[]> = {
  '2019': [...HEAD, { key: 'other', label: '（六）其他处理' }, ...TAIL],
  '2021': [
    ...HEAD,
    ...group('（六）其他处理', [
      ['otherOverdueCorrection', '1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请'],
      ['otherUnpaidFee', '2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请'],
      ['otherMisc', '3.其他'],
    ]),
    ...TAIL,
  ],
};

export const TABLE3_NOTE = '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）';
/** Header rows of table 3 below the note: the two-level applicant header. */
export const TABLE3_HEADER = [
  ['申请人情况', '自然人', '法人或其他组织', '总计'],
  ['商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他'],
];

const T4_FIVE = ['结果维持', '结果纠正', '其他结果', '尚未审结', '总计'];
export const TABLE4_HEADER = [
  ['行政复议', '行政诉讼'],
  [...T4_FIVE, '未经复议直接起诉', '复议后起诉'],
  [...T4_FIVE, ...T4_FIVE],
];

export const SECTION_TITLES = {
  table2: '二、主动公开政府信息情况',
  table3: '三、收到和处理政府信息公开申请情况',
  table4: '四、政府信息公开行政复议、行政诉讼情况',
} as const;

/**
 * Wordings real reports use instead of the template's (seed 001 uses all of these). When a seed's text
 * contains the variant, the degraded copies of that seed use it too, so they keep the seed's real labels.
 */
export type WordingScope = 'label' | 'table3Header' | 'table4Header';
export const WORDING_VARIANTS: { template: string; variant: string; scope: WordingScope; whole?: boolean }[] = [
  { template: '只计这一情形，不计其他情形', variant: '只记这一情形，不记其他情形', scope: 'label' },
  { template: '信访举报投诉类申请', variant: '信访投诉举报类申请', scope: 'label' },
  { template: '规范性文件', variant: '规范性文件（本单位制发的）', scope: 'label', whole: true },
  { template: '总计', variant: '合计', scope: 'table3Header', whole: true },
  { template: '结果维持', variant: '结果维护', scope: 'table4Header', whole: true },
];
