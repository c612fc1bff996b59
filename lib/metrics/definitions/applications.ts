/** 申请 and 办理结果: table 3's rows 一, 二, 三 (grouped) and 四. */
import type { CountMetricDefinition } from '../types';

const BOTH: CountMetricDefinition['templates'] = ['2019', '2021'];

const DERIVED_TOTAL =
  '报告总计栏空白、六类申请人数字齐全时，总计由六列相加得出（解析结果中有 value.derived 提示）。' +
  ' Where the report leaves the total cell blank and all six applicant columns are known, the total is their sum (the parse carries a value.derived finding).';

const APPLICANT_CAVEAT =
  '申请人类别按机关自己的划分；同一申请人提出多件申请时按件计。' +
  ' Applicant type as the agency classified it; an applicant who filed several requests is counted once per request.';

function applicant(id: CountMetricDefinition['id'], column: string, zh: string, en: string): CountMetricDefinition {
  return {
    id,
    zh: `本年新收申请：${zh}`,
    en: `New requests from ${en}`,
    group: 'applications',
    unit: 'count',
    formula: `一、本年新收申请数量的"${zh}"列 — new requests, ${en} column`,
    caveats: [APPLICANT_CAVEAT],
    templates: BOTH,
    source: `table3.newReceived.${column}`,
  };
}

function outcome(
  id: CountMetricDefinition['id'],
  zh: string,
  en: string,
  formula: string,
  source: string,
  caveats: string[] = [],
): CountMetricDefinition {
  return {
    id,
    zh,
    en,
    group: 'outcomes',
    unit: 'count',
    formula,
    caveats: [...caveats, DERIVED_TOTAL],
    templates: BOTH,
    source,
  };
}

export const APPLICATION_METRICS: CountMetricDefinition[] = [
  {
    id: 'appsNew',
    zh: '本年新收政府信息公开申请数',
    en: 'New information requests received',
    group: 'applications',
    unit: 'count',
    formula: '一、本年新收政府信息公开申请数量（总计列） — requests received this year (total column)',
    caveats: [
      '多数基层机关全年申请为个位数或 0，少量申请即可使各项比率大幅波动。' +
        ' Most local agencies receive a handful of requests or none; with so few, every rate derived from them swings widely.',
      DERIVED_TOTAL,
    ],
    templates: BOTH,
    source: 'summary.newReceived (table3.newReceived.total)',
  },
  {
    id: 'appsCarriedOver',
    zh: '上年结转申请数',
    en: 'Requests carried over from last year',
    group: 'applications',
    unit: 'count',
    formula: '二、上年结转政府信息公开申请数量（总计列） — requests carried over from last year (total column)',
    caveats: [
      '应等于上一年报告的"结转下年度继续办理"；不等时跨年检查会提示（crossYear.carryOver）。' +
        ' Should equal last year\'s "carried forward"; the cross-year check reports where it does not (crossYear.carryOver).',
      DERIVED_TOTAL,
    ],
    templates: BOTH,
    source: 'summary.carriedOver (table3.carriedOver.total)',
  },
  applicant('appsNatural', 'natural', '自然人', 'natural persons'),
  applicant('appsCommercial', 'commercial', '商业企业', 'businesses'),
  applicant('appsResearch', 'research', '科研机构', 'research institutions'),
  applicant('appsSocial', 'social', '社会公益组织', 'public-interest organisations'),
  applicant('appsLegal', 'legal', '法律服务机构', 'legal service providers'),
  applicant('appsOtherApplicant', 'other', '其他', 'other legal persons and organisations'),
  {
    id: 'appsLegalPersons',
    zh: '本年新收申请：法人或其他组织',
    en: 'New requests from legal persons and organisations',
    group: 'applications',
    unit: 'count',
    formula: '商业企业 + 科研机构 + 社会公益组织 + 法律服务机构 + 其他 — the five legal-person columns summed',
    caveats: [APPLICANT_CAVEAT, '五列中任一列为空时为空值。 Null when any of the five columns is unknown.'],
    templates: BOTH,
    source: 'table3.newReceived.commercial + research + social + legal + other',
  },
];

export const OUTCOME_METRICS: CountMetricDefinition[] = [
  outcome(
    'granted',
    '予以公开',
    'Disclosed in full',
    '三（一）予以公开 — outcome (1) disclosed',
    'summary.granted (table3.granted.total)',
  ),
  outcome(
    'partial',
    '部分公开',
    'Partly disclosed',
    '三（二）部分公开 — outcome (2) partly disclosed',
    'summary.partial (table3.partial.total)',
    ['区分处理后公开可公开部分的申请。 Requests answered by disclosing the parts that may be disclosed.'],
  ),
  outcome(
    'denied',
    '不予公开',
    'Refused',
    '三（三）不予公开，八项原因之和 — outcome (3) refused, the eight reasons summed',
    'summary.denied',
    ['八项原因中任一项为空时为空值。 Null when any of the eight reason rows is unknown.'],
  ),
  outcome(
    'unable',
    '无法提供',
    'Unable to provide',
    '三（四）无法提供，三项原因之和 — outcome (4) unable to provide, the three reasons summed',
    'summary.unable',
    [
      '主要是"本机关不掌握相关政府信息"，不代表拒绝公开。 Mostly "the agency does not hold the information"; not a refusal.',
    ],
  ),
  outcome(
    'rejected',
    '不予处理',
    'Not processed',
    '三（五）不予处理，五项原因之和 — outcome (5) not processed, the five reasons summed',
    'summary.rejected',
    [
      '信访举报投诉、重复申请、要求提供出版物等，不属于政府信息公开条例所称的申请。' +
        ' Complaints, repeated requests, requests for publications and the like: not requests under the OGI regulations.',
    ],
  ),
  outcome(
    'otherOutcome',
    '其他处理',
    'Other handling',
    '三（六）其他处理（2021 版为三项之和） — outcome (6) other (the 2021 form: its three rows summed)',
    'summary.other',
    [
      '2019 版为一行；2021 版分为逾期不补正、逾期未缴费、其他三行，本指标取三行之和，两版口径不完全相同。' +
        ' One row on the 2019 form; the 2021 form splits it into overdue correction, unpaid fee and other, summed here; the two are not quite the same measure.',
    ],
  ),
  outcome(
    'handled',
    '本年办结申请数',
    'Requests completed this year',
    '三（七）总计 — outcome (7) total',
    'summary.total (table3.total.total)',
    [
      '不含结转下年度继续办理的申请；按表内勾稽关系应等于 一 + 二 − 四。' +
        " Excludes requests carried forward; by the table's own rule it equals new + carried over − carried forward.",
    ],
  ),
  outcome(
    'carriedForward',
    '结转下年度继续办理',
    'Carried forward to next year',
    '四、结转下年度继续办理 — row 4, carried forward',
    'summary.carriedForward (table3.carriedForward.total)',
  ),
];
