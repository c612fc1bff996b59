/** 不予公开 / 无法提供 / 不予处理 / 其他处理 reasons: one metric per table-3 row, its 总计 column. */
import type { CountMetricDefinition } from '../types';

type ReasonId = CountMetricDefinition['id'];

const PARENT = {
  denied: { zh: '不予公开', en: 'Refused', n: '（三）', number: 3 },
  unable: { zh: '无法提供', en: 'Unable to provide', n: '（四）', number: 4 },
  rejected: { zh: '不予处理', en: 'Not processed', n: '（五）', number: 5 },
  other: { zh: '其他处理', en: 'Other handling', n: '（六）', number: 6 },
} as const;

const ROW_TOTAL =
  '取该行总计列；总计空白且六类申请人数字齐全时为六列之和。' +
  " The row's total column; where it is blank and all six applicant columns are known, their sum.";

const CLASSIFIED =
  '原因由机关自行归类，同类情形在不同机关可能归入不同原因。' +
  ' The agency picks the reason itself; the same situation may be filed under different reasons by different agencies.';

const ONLY_2021 =
  '仅 2021 版表格有此行；2019 版只有一行"其他处理"（见 otherOutcome），本指标为空值。' +
  ' Only the 2021 form has this row; the 2019 form has a single "other" row (see otherOutcome), so the value is null there.';

function reason(
  id: ReasonId,
  parent: keyof typeof PARENT,
  item: number,
  zh: string,
  en: string,
): CountMetricDefinition {
  const p = PARENT[parent];
  const only2021 = parent === 'other';
  return {
    id,
    zh: `${p.zh}：${zh}`,
    en: `${p.en}: ${en}`,
    group: 'reasons',
    unit: 'count',
    formula: `三${p.n}${item}. ${zh}（总计列） — outcome (${p.number}) item ${item}, total column`,
    caveats: only2021 ? [ONLY_2021, ROW_TOTAL] : [ROW_TOTAL, CLASSIFIED],
    templates: only2021 ? ['2021'] : ['2019', '2021'],
    source: `table3.${id}.total`,
  };
}

export const REASON_METRICS: CountMetricDefinition[] = [
  reason('deniedStateSecret', 'denied', 1, '属于国家秘密', 'state secret'),
  reason('deniedLawForbidden', 'denied', 2, '其他法律行政法规禁止公开', 'forbidden by other laws and regulations'),
  reason('deniedSafetyStability', 'denied', 3, '危及"三安全一稳定"', 'would endanger security or stability'),
  reason('deniedThirdParty', 'denied', 4, '保护第三方合法权益', 'third-party rights'),
  reason('deniedInternalAffairs', 'denied', 5, '属于三类内部事务信息', 'internal affairs'),
  reason('deniedProcessInfo', 'denied', 6, '属于四类过程性信息', 'process information'),
  reason('deniedEnforcementFile', 'denied', 7, '属于行政执法案卷', 'law-enforcement case file'),
  reason('deniedInquiry', 'denied', 8, '属于行政查询事项', 'administrative inquiry matter'),
  reason('unableNotHeld', 'unable', 1, '本机关不掌握相关政府信息', 'information not held by the agency'),
  reason('unableNeedsCreation', 'unable', 2, '没有现成信息需要另行制作', 'would have to be created'),
  reason('unableUnclear', 'unable', 3, '补正后申请内容仍不明确', 'request still unclear after correction'),
  reason('rejectedComplaint', 'rejected', 1, '信访举报投诉类申请', 'petition, report or complaint'),
  reason('rejectedRepeated', 'rejected', 2, '重复申请', 'repeated request'),
  reason('rejectedPublication', 'rejected', 3, '要求提供公开出版物', 'request for a publication'),
  reason('rejectedExcessive', 'rejected', 4, '无正当理由大量反复申请', 'excessive repeated requests'),
  reason(
    'rejectedConfirmation',
    'rejected',
    5,
    '要求行政机关确认或重新出具已获取信息',
    'request to confirm or reissue information already obtained',
  ),
  reason('otherOverdueCorrection', 'other', 1, '申请人逾期不补正', 'applicant did not correct the request in time'),
  reason('otherUnpaidFee', 'other', 2, '申请人逾期未缴纳费用', 'applicant did not pay the fee in time'),
  reason('otherMisc', 'other', 3, '其他', 'other'),
];
