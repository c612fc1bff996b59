/**
 * Table 3 (三、收到和处理政府信息公开申请情况) as the national form draws it: three label columns
 * (三、本年度办理结果 → （三）不予公开 → 1.属于国家秘密 nest with row spans) and the seven applicant columns
 * under 申请人情况. The two forms differ only in （六）其他处理: one row in 2019, three in 2021.
 */
import { APPLICANT_COLUMNS, type Table3Key, type TemplateVersion } from '../../report/types';
import { label, value, words, type Bilingual, type LayoutCell, type LayoutRow, type TableLayout } from './layout-cells';

const LABEL_COLUMNS = 3;
const WIDTH = LABEL_COLUMNS + APPLICANT_COLUMNS.length;

interface Line {
  key: Table3Key;
  text: Bilingual;
}

/** An outcome under 三: a single row (（一）予以公开) or a group of numbered rows (（三）不予公开 1.–8.). */
type Outcome = Line | { text: Bilingual; lines: Line[] };

const line = (key: Table3Key, zh: string, en: string): Line => ({ key, text: words(zh, en) });

const DENIED: Outcome = {
  text: words('（三）不予公开', '(3) Refused'),
  lines: [
    line('deniedStateSecret', '1.属于国家秘密', '1. State secret'),
    line('deniedLawForbidden', '2.其他法律行政法规禁止公开', '2. Forbidden by other laws and regulations'),
    line('deniedSafetyStability', '3.危及“三安全一稳定”', '3. Would endanger security or stability'),
    line('deniedThirdParty', '4.保护第三方合法权益', '4. Third-party rights'),
    line('deniedInternalAffairs', '5.属于三类内部事务信息', '5. Internal affairs'),
    line('deniedProcessInfo', '6.属于四类过程性信息', '6. Process information'),
    line('deniedEnforcementFile', '7.属于行政执法案卷', '7. Law-enforcement case file'),
    line('deniedInquiry', '8.属于行政查询事项', '8. Administrative inquiry matter'),
  ],
};

const UNABLE: Outcome = {
  text: words('（四）无法提供', '(4) Unable to provide'),
  lines: [
    line('unableNotHeld', '1.本机关不掌握相关政府信息', '1. Not held by the agency'),
    line('unableNeedsCreation', '2.没有现成信息需要另行制作', '2. Would have to be created'),
    line('unableUnclear', '3.补正后申请内容仍不明确', '3. Still unclear after correction'),
  ],
};

const REJECTED: Outcome = {
  text: words('（五）不予处理', '(5) Not processed'),
  lines: [
    line('rejectedComplaint', '1.信访举报投诉类申请', '1. Petition, report or complaint'),
    line('rejectedRepeated', '2.重复申请', '2. Repeated request'),
    line('rejectedPublication', '3.要求提供公开出版物', '3. Request for a publication'),
    line('rejectedExcessive', '4.无正当理由大量反复申请', '4. Excessive repeated requests without good reason'),
    line(
      'rejectedConfirmation',
      '5.要求行政机关确认或重新出具已获取信息',
      '5. Request to confirm or reissue information already obtained',
    ),
  ],
};

const OTHER_2019: Outcome = line('other', '（六）其他处理', '(6) Other handling');

const OTHER_2021: Outcome = {
  text: words('（六）其他处理', '(6) Other handling'),
  lines: [
    line(
      'otherOverdueCorrection',
      '1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请',
      '1. Applicant did not correct the request in time without good reason; no longer processed',
    ),
    line(
      'otherUnpaidFee',
      '2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请',
      '2. Applicant did not pay the fee by the deadline; no longer processed',
    ),
    line('otherMisc', '3.其他', '3. Other'),
  ],
};

function outcomes(version: TemplateVersion): Outcome[] {
  return [
    line('granted', '（一）予以公开', '(1) Disclosed'),
    line(
      'partial',
      '（二）部分公开（区分处理的，只计这一情形，不计其他情形）',
      '(2) Partly disclosed (a request handled in parts is counted here only)',
    ),
    DENIED,
    UNABLE,
    REJECTED,
    version === '2019' ? OTHER_2019 : OTHER_2021,
    line('total', '（七）总计', '(7) Total'),
  ];
}

const values = (key: Table3Key) => APPLICANT_COLUMNS.map((column) => value(`table3.${key}.${column}`));

const row = (key: Table3Key, labels: LayoutCell[]): LayoutRow => ({
  path: `table3.${key}`,
  cells: [...labels, ...values(key)],
});

/** The rows under 三、本年度办理结果, its label spanning all of them from the first. */
function outcomeRows(version: TemplateVersion): LayoutRow[] {
  const list = outcomes(version);
  const count = list.reduce((n, o) => n + ('lines' in o ? o.lines.length : 1), 0);
  const rows: LayoutRow[] = [];
  for (const o of list) {
    if ('lines' in o) {
      o.lines.forEach((l, i) =>
        rows.push(row(l.key, [...(i === 0 ? [label(o.text, { rowSpan: o.lines.length })] : []), label(l.text)])),
      );
    } else {
      rows.push(row(o.key, [label(o.text, { colSpan: 2 })]));
    }
  }
  rows[0].cells.unshift(label(words('三、本年度办理结果', '3. Outcomes this year'), { rowSpan: count }));
  return rows;
}

const HEAD: LayoutRow[] = [
  {
    cells: [
      label(
        words(
          '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）',
          '(Each column: item 1 + item 2 = item 3 + item 4)',
        ),
        { colSpan: LABEL_COLUMNS, rowSpan: 3 },
      ),
      label(words('申请人情况', 'Applicants'), { colSpan: APPLICANT_COLUMNS.length }),
    ],
  },
  {
    cells: [
      label(words('自然人', 'Natural persons'), { rowSpan: 2 }),
      label(words('法人或其他组织', 'Legal persons and other organisations'), { colSpan: 5 }),
      label(words('总计', 'Total'), { rowSpan: 2 }),
    ],
  },
  {
    cells: [
      label(words('商业企业', 'Businesses')),
      label(words('科研机构', 'Research institutions')),
      label(words('社会公益组织', 'Public-interest organisations')),
      label(words('法律服务机构', 'Legal service providers')),
      label(words('其他', 'Other')),
    ],
  },
];

export function table3Layout(version: TemplateVersion): TableLayout {
  const whole = { colSpan: LABEL_COLUMNS };
  return {
    id: 'table3',
    title: words('三、收到和处理政府信息公开申请情况', 'III. Information requests received and handled'),
    columns: WIDTH,
    head: HEAD,
    body: [
      row('newReceived', [
        label(words('一、本年新收政府信息公开申请数量', '1. New requests received this year'), whole),
      ]),
      row('carriedOver', [
        label(words('二、上年结转政府信息公开申请数量', '2. Requests carried over from last year'), whole),
      ]),
      ...outcomeRows(version),
      row('carriedForward', [label(words('四、结转下年度继续办理', '4. Carried forward to next year'), whole)]),
    ],
  };
}
