/**
 * The official labels of the two national templates (国办公开办函〔2019〕60号 and 〔2021〕30号), as the
 * synthetic renderer writes them. Kept apart from the parser's own glossary on purpose: a round trip
 * through one shared table of labels would not test the parser's reading of them.
 */
import type { Table2Key, Table3Key, TemplateVersion } from '../report/types';

export const TITLE_SUFFIX = '年政府信息公开工作年度报告';

export const SECTION_HEADINGS = [
  '一、总体情况',
  '二、主动公开政府信息情况',
  '三、收到和处理政府信息公开申请情况',
  '四、政府信息公开行政复议、行政诉讼情况',
  '五、存在的主要问题及改进情况',
  '六、其他需要报告的事项',
] as const;

export interface Table2Block {
  /** 第二十条第（x）项 */
  heading: string;
  columns: string[];
  rows: { key: Table2Key; label: string }[];
}

const ITEM_CONTENT = '信息内容';

export const TABLE2_BLOCKS: Record<TemplateVersion, Table2Block[]> = {
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
      columns: ['上一年项目数量', '本年增/减', '处理决定数量'],
      rows: [
        { key: 'licensing', label: '行政许可' },
        { key: 'otherServices', label: '其他对外管理服务事项' },
      ],
    },
    {
      heading: '第二十条第（六）项',
      columns: ['上一年项目数量', '本年增/减', '处理决定数量'],
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
    {
      heading: '第二十条第（五）项',
      columns: ['本年处理决定数量'],
      rows: [{ key: 'licensing', label: '行政许可' }],
    },
    {
      heading: '第二十条第（六）项',
      columns: ['本年处理决定数量'],
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

export const TABLE2_ITEM_LABEL = ITEM_CONTENT;
/** Table 2 is drawn four columns wide: the label plus at most three values. */
export const TABLE2_WIDTH = 4;

export const TABLE3_HEADER = {
  balanceNote: '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）',
  applicants: '申请人情况',
  natural: '自然人',
  organisations: '法人或其他组织',
  total: '总计',
  organisationKinds: ['商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他'],
} as const;

/**
 * Table 3's rows in template order. `group` is the 三、 outcome group label (（一）…（七）) and `item`
 * the numbered sub-row; rows without an item span the item column.
 */
export interface Table3RowLabel {
  key: Table3Key;
  /** 一、二、四: a top-level row spanning all three label columns. */
  top?: string;
  group?: string;
  item?: string;
}

export const OUTCOMES_LABEL = '三、本年度办理结果';

const DENIED = '（三）不予公开';
const UNABLE = '（四）无法提供';
const REJECTED = '（五）不予处理';
const OTHER = '（六）其他处理';

const HEAD_ROWS: Table3RowLabel[] = [
  { key: 'newReceived', top: '一、本年新收政府信息公开申请数量' },
  { key: 'carriedOver', top: '二、上年结转政府信息公开申请数量' },
];

const OUTCOME_ROWS: Table3RowLabel[] = [
  { key: 'granted', group: '（一）予以公开' },
  { key: 'partial', group: '（二）部分公开（区分处理的，只计这一情形，不计其他情形）' },
  { key: 'deniedStateSecret', group: DENIED, item: '1.属于国家秘密' },
  { key: 'deniedLawForbidden', group: DENIED, item: '2.其他法律行政法规禁止公开' },
  { key: 'deniedSafetyStability', group: DENIED, item: '3.危及“三安全一稳定”' },
  { key: 'deniedThirdParty', group: DENIED, item: '4.保护第三方合法权益' },
  { key: 'deniedInternalAffairs', group: DENIED, item: '5.属于三类内部事务信息' },
  { key: 'deniedProcessInfo', group: DENIED, item: '6.属于四类过程性信息' },
  { key: 'deniedEnforcementFile', group: DENIED, item: '7.属于行政执法案卷' },
  { key: 'deniedInquiry', group: DENIED, item: '8.属于行政查询事项' },
  { key: 'unableNotHeld', group: UNABLE, item: '1.本机关不掌握相关政府信息' },
  { key: 'unableNeedsCreation', group: UNABLE, item: '2.没有现成信息需要另行制作' },
  { key: 'unableUnclear', group: UNABLE, item: '3.补正后申请内容仍不明确' },
  { key: 'rejectedComplaint', group: REJECTED, item: '1.信访举报投诉类申请' },
  { key: 'rejectedRepeated', group: REJECTED, item: '2.重复申请' },
  { key: 'rejectedPublication', group: REJECTED, item: '3.要求提供公开出版物' },
  { key: 'rejectedExcessive', group: REJECTED, item: '4.无正当理由大量反复申请' },
  { key: 'rejectedConfirmation', group: REJECTED, item: '5.要求行政机关确认或重新出具已获取信息' },
];

const OTHER_2019: Table3RowLabel[] = [{ key: 'other', group: OTHER }];

const OTHER_2021: Table3RowLabel[] = [
  {
    key: 'otherOverdueCorrection',
    group: OTHER,
    item: '1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请',
  },
  {
    key: 'otherUnpaidFee',
    group: OTHER,
    item: '2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请',
  },
  { key: 'otherMisc', group: OTHER, item: '3.其他' },
];

const TAIL_ROWS: Table3RowLabel[] = [
  { key: 'total', group: '（七）总计' },
  { key: 'carriedForward', top: '四、结转下年度继续办理' },
];

/** The outcome rows (under 三、本年度办理结果) of a template, （一） to （七）. */
export function outcomeRows(template: TemplateVersion): Table3RowLabel[] {
  return [...OUTCOME_ROWS, ...(template === '2019' ? OTHER_2019 : OTHER_2021), TAIL_ROWS[0]];
}

export function table3Rows(template: TemplateVersion): Table3RowLabel[] {
  return [...HEAD_ROWS, ...outcomeRows(template), TAIL_ROWS[1]];
}

/** The Table 3 keys a template has, in order. */
export function table3Keys(template: TemplateVersion): Table3Key[] {
  return table3Rows(template).map((r) => r.key);
}

/** The outcome rows whose sum is （七）总计. */
export function outcomeKeys(template: TemplateVersion): Table3Key[] {
  return outcomeRows(template)
    .filter((r) => r.key !== 'total')
    .map((r) => r.key);
}

export const TABLE4_HEADER = {
  review: '行政复议',
  litigation: '行政诉讼',
  direct: '未经复议直接起诉',
  afterReview: '复议后起诉',
  columns: ['结果维持', '结果纠正', '其他结果', '尚未审结', '总计'],
} as const;
