/**
 * Rates: each a ratio of signed sums of count metrics, so a group's rate is Σ numerator ÷ Σ denominator.
 * The parts are stored columns (the rollups keep their sums), so they are written where the columns are:
 * db/schema/metric-columns.ts.
 */
import { RATE_PARTS } from '../../../db/schema/metric-columns';
import type { RateMetricDefinition } from '../types';

const NULL_DENOMINATOR =
  '分母为 0、为空或为负（数据自相矛盾）时比率为空值：没有申请的机关没有公开率，既不是 0 也不是 100%。' +
  ' Null when the denominator is 0, unknown or negative (contradictory data): an agency with no requests has no rate, neither 0 nor 100%.';

const SMALL_NUMBERS =
  '分母很小时（多数基层机关全年只有几件）比率波动极大，应与件数一并展示。' +
  ' With small denominators (most local agencies handle a few requests a year) the rate swings widely; show it with the counts.';

const GROUP_RATE =
  '多份报告合计时为 Σ分子 ÷ Σ分母（加权），只计所有组成项均已知的报告，不是各报告比率的平均。' +
  " Over several reports: Σ numerator ÷ Σ denominator (weighted), over the reports whose parts are all known; not a mean of the reports' rates.";

const COMMON = [NULL_DENOMINATOR, SMALL_NUMBERS, GROUP_RATE];

const BOTH: RateMetricDefinition['templates'] = ['2019', '2021'];

export const RATE_METRICS: RateMetricDefinition[] = [
  {
    id: 'disclosureRate',
    zh: '公开率',
    en: 'Disclosure rate',
    group: 'rates',
    unit: 'rate',
    formula: '（予以公开 + 部分公开）÷ 办结总计 — (granted + partial) ÷ handled',
    caveats: [
      '部分公开计为公开；两版表格均如此计算。 Partly disclosed counts as disclosed, on both forms.',
      '分母含不予处理和其他处理：信访举报投诉、重复申请、逾期不补正等不属于或未进入政府信息公开程序的申请也在其中，此类申请多的机关公开率显得偏低；可参考"公开率（不含不予处理和其他处理）"。' +
        ' The denominator includes "not processed" and "other": complaints, repeated requests, uncorrected requests and the like, which are outside the OGI regime or never entered it, so agencies that get many of them look worse; see disclosureRateExcludingRejected.',
      '无法提供（多为本机关不掌握该信息）也计入分母。 "Unable to provide" (mostly: information not held) is in the denominator too.',
      ...COMMON,
    ],
    templates: BOTH,
    source: 'summary.granted, summary.partial, summary.total',
    ...RATE_PARTS.disclosureRate,
  },
  {
    id: 'disclosureRateExcludingRejected',
    zh: '公开率（不含不予处理和其他处理）',
    en: 'Disclosure rate, excluding not processed and other',
    group: 'rates',
    unit: 'rate',
    formula:
      '（予以公开 + 部分公开）÷（办结总计 − 不予处理 − 其他处理） — (granted + partial) ÷ (handled − rejected − other)',
    caveats: [
      '去掉了不属于政府信息公开申请或申请人未继续的情形，更能反映机关对真正申请的答复；但"其他处理"中也可能有机关自行归入的实质性答复。' +
        ' Leaves out requests that were not OGI requests or that the applicant abandoned, so it reflects answers to genuine requests better; but agencies also file some substantive answers under "other".',
      '部分公开计为公开；两版表格均如此计算。 Partly disclosed counts as disclosed, on both forms.',
      '2021 版"其他处理"分三行（含逾期不补正、逾期未缴费），2019 版只有一行，两版扣除的范围不完全相同。' +
        ' The 2021 form splits "other" into three rows (including uncorrected and unpaid requests), the 2019 form has one; what is subtracted differs slightly between forms.',
      ...COMMON,
    ],
    templates: BOTH,
    source: 'summary.granted, summary.partial, summary.total, summary.rejected, summary.other',
    ...RATE_PARTS.disclosureRateExcludingRejected,
  },
  {
    id: 'denialRate',
    zh: '不予公开率',
    en: 'Refusal rate',
    group: 'rates',
    unit: 'rate',
    formula: '不予公开 ÷ 办结总计 — denied ÷ handled',
    caveats: [
      '不含部分公开中未公开的部分，也不含无法提供和不予处理。' +
        ' Does not include the withheld parts of partly disclosed requests, nor "unable" or "not processed".',
      ...COMMON,
    ],
    templates: BOTH,
    source: 'summary.denied, summary.total',
    ...RATE_PARTS.denialRate,
  },
  {
    id: 'unableRate',
    zh: '无法提供率',
    en: 'Unable-to-provide rate',
    group: 'rates',
    unit: 'rate',
    formula: '无法提供 ÷ 办结总计 — unable ÷ handled',
    caveats: [
      '主要反映申请人向不掌握信息的机关提出申请，不直接说明机关的公开意愿。' +
        " Mostly reflects requests sent to an agency that does not hold the information; says little about the agency's willingness to disclose.",
      ...COMMON,
    ],
    templates: BOTH,
    source: 'summary.unable, summary.total',
    ...RATE_PARTS.unableRate,
  },
  {
    id: 'reviewCorrectionRate',
    zh: '行政复议纠错率',
    en: 'Review correction rate',
    group: 'rates',
    unit: 'rate',
    formula: '复议结果纠正 ÷（复议总计 − 尚未审结） — review corrected ÷ (review total − pending)',
    caveats: [
      '分母为已审结的复议案件；绝大多数机关为 0，因而没有纠错率。' +
        ' The denominator is the reviews decided this year; nearly all agencies have none, hence no rate.',
      ...COMMON,
    ],
    templates: BOTH,
    source: 'table4.review.corrected, table4.review.total, table4.review.pending',
    ...RATE_PARTS.reviewCorrectionRate,
  },
  {
    id: 'litigationCorrectionRate',
    zh: '行政诉讼纠错率',
    en: 'Litigation correction rate',
    group: 'rates',
    unit: 'rate',
    formula:
      '（直接起诉纠正 + 复议后起诉纠正）÷（两项总计 − 两项尚未审结） — corrected ÷ decided, both kinds of litigation',
    caveats: [
      '"纠正"即机关败诉；"其他结果"（驳回起诉、撤诉等）计入分母。' +
        ' "Corrected" means the agency lost; "other" results (dismissals, withdrawals) are in the denominator.',
      ...COMMON,
    ],
    templates: BOTH,
    source: 'table4.litigationDirect.{corrected,total,pending}, table4.litigationAfterReview.{corrected,total,pending}',
    ...RATE_PARTS.litigationCorrectionRate,
  },
];
