/** 复议诉讼: table 4's fifteen numbers and the litigation total. */
import { TABLE4_COLUMNS, TABLE4_GROUPS, type Table4Column, type Table4Group } from '../../report/types';
import type { CountMetricDefinition } from '../types';

export type Table4MetricId = `${Table4Group}${Capitalize<Table4Column>}`;

/** reviewUpheld, litigationDirectPending, …: the metric id of a table-4 cell. */
export function table4MetricId<G extends Table4Group, C extends Table4Column>(
  group: G,
  column: C,
): `${G}${Capitalize<C>}` {
  return `${group}${column[0].toUpperCase()}${column.slice(1)}` as `${G}${Capitalize<C>}`;
}

const GROUPS: Record<Table4Group, { zh: string; en: string }> = {
  review: { zh: '行政复议', en: 'Administrative review' },
  litigationDirect: { zh: '行政诉讼（未经复议直接起诉）', en: 'Litigation filed directly' },
  litigationAfterReview: { zh: '行政诉讼（复议后起诉）', en: 'Litigation after review' },
};

const COLUMNS: Record<Table4Column, { zh: string; en: string; caveat?: string }> = {
  upheld: { zh: '结果维持', en: 'upheld' },
  corrected: {
    zh: '结果纠正',
    en: 'corrected',
    caveat:
      '纠正指复议机关或法院作出对本机关不利的结果（撤销、变更、确认违法、责令履行等）。' +
      ' Corrected: the review body or court found against the agency (annulled, varied, declared unlawful, ordered to act).',
  },
  other: {
    zh: '其他结果',
    en: 'other result',
    caveat: '其他结果包括驳回申请、撤回、终止等。 Other results include dismissals, withdrawals and terminations.',
  },
  pending: { zh: '尚未审结', en: 'pending', caveat: '年底尚未审结的案件。 Cases still open at the end of the year.' },
  total: {
    zh: '总计',
    en: 'total',
    caveat: '按表内规则应等于维持 + 纠正 + 其他 + 尚未审结。 Should equal upheld + corrected + other + pending.',
  },
};

const SCOPE =
  '只统计涉及政府信息公开的复议、诉讼案件，且本机关为被申请人或被告。' +
  ' Only cases about open government information in which the agency is the respondent or defendant.';

const RARE =
  '绝大多数机关全年为 0，个别案件即可改变排名。 Nearly all agencies report 0; a single case changes the ranking.';

function cellMetric(group: Table4Group, column: Table4Column): CountMetricDefinition {
  const g = GROUPS[group];
  const c = COLUMNS[column];
  return {
    id: table4MetricId(group, column),
    zh: `${g.zh}：${c.zh}`,
    en: `${g.en}: ${c.en}`,
    group: 'review',
    unit: 'count',
    formula: `表四 ${g.zh} ${c.zh} — table 4, ${g.en.toLowerCase()}, ${c.en}`,
    caveats: [SCOPE, ...(c.caveat ? [c.caveat] : []), RARE],
    templates: ['2019', '2021'],
    source: `table4.${group}.${column}`,
  };
}

export const REVIEW_METRICS: CountMetricDefinition[] = [
  ...TABLE4_GROUPS.flatMap((g) => TABLE4_COLUMNS.map((c) => cellMetric(g, c))),
  {
    id: 'litigationTotal',
    zh: '行政诉讼总数',
    en: 'Litigation cases, total',
    group: 'review',
    unit: 'count',
    formula: '直接起诉总计 + 复议后起诉总计 — direct total + after-review total',
    caveats: [SCOPE, '两项中任一项为空时为空值。 Null when either total is unknown.', RARE],
    templates: ['2019', '2021'],
    source: 'table4.litigationDirect.total + table4.litigationAfterReview.total',
  },
];
