/**
 * The national form as the order reading sees it: each table's rows in the form's order, with the
 * words that name each row in a stream of letters and ideographs (punctuation and spaces gone, row
 * numbering kept: "3其他"), strongest first. Built once per template from the glossary.
 */
import { TABLE2_COLUMNS, TABLE2_LABELS, TABLE3_LABELS } from '../glossary';
import { table3Keys } from '../interpret/table3';
import { labelCore } from '../normalize';
import type { Table2Key, Table3Key, TemplateVersion } from '../types';

export interface Pattern {
  text: string;
  /** How surely the words name the row: 3 the whole label, 2 a distinctive keyword, 1 a weak cue. */
  score: number;
}

export interface FormRow<K extends string> {
  key: K;
  patterns: Pattern[];
}

/** Extra cues where the glossary's keywords are too weak or too common in a stream of all words. */
const TABLE3_CUES: Partial<Record<Table3Key, Pattern[]>> = {
  otherMisc: [
    { text: '3其他', score: 3 },
    { text: '其他', score: 1 },
  ],
  other: [{ text: '其他处理', score: 3 }],
  total: [
    { text: '七总计', score: 3 },
    { text: '七合计', score: 3 },
    { text: '总计', score: 1 },
    { text: '合计', score: 1 },
  ],
  deniedSafetyStability: [{ text: '危及', score: 1 }],
  rejectedConfirmation: [
    { text: '确认或重新', score: 2 },
    { text: '已获取信息', score: 2 },
  ],
  otherOverdueCorrection: [{ text: '无正当理由逾期', score: 2 }],
  otherUnpaidFee: [{ text: '逾期未按', score: 2 }],
};

function patternsOf(label: string, keywords: string[], extra: Pattern[] = []): Pattern[] {
  const out: Pattern[] = [
    { text: labelCore(label), score: 3 },
    ...keywords.map((k) => ({ text: k, score: 2 })),
    ...extra,
  ];
  return out.filter((p, i) => p.text.length >= 2 && out.findIndex((q) => q.text === p.text) === i);
}

/** The sub-rows' numbering within their group (（三）1–8, （四）1–3, （五）1–5, （六）1–3 in 2021). */
const NUMBERED_GROUPS: Table3Key[][] = [
  [
    'deniedStateSecret',
    'deniedLawForbidden',
    'deniedSafetyStability',
    'deniedThirdParty',
    'deniedInternalAffairs',
    'deniedProcessInfo',
    'deniedEnforcementFile',
    'deniedInquiry',
  ],
  ['unableNotHeld', 'unableNeedsCreation', 'unableUnclear'],
  ['rejectedComplaint', 'rejectedRepeated', 'rejectedPublication', 'rejectedExcessive', 'rejectedConfirmation'],
  ['otherOverdueCorrection', 'otherUnpaidFee', 'otherMisc'],
];

/** A label cut short by wrapping or truncation still starts with its numbering and first words ("4无正当"). */
function numberedStart(key: Table3Key, label: string): Pattern[] {
  const group = NUMBERED_GROUPS.find((g) => g.includes(key));
  if (!group || key === 'otherMisc') return [];
  return [{ text: `${group.indexOf(key) + 1}${labelCore(label).slice(0, 3)}`, score: 2 }];
}

function table3Rows(template: TemplateVersion): FormRow<Table3Key>[] {
  return table3Keys(template).map((key) => {
    const entry = TABLE3_LABELS.find((l) => l.key === key);
    const keywords = [...(entry?.keywords ?? []), ...(entry?.variants ?? []).map(labelCore)];
    const extra = [...(TABLE3_CUES[key] ?? []), ...numberedStart(key, entry?.label ?? '')];
    return {
      key,
      patterns: key === 'otherMisc' ? TABLE3_CUES.otherMisc! : patternsOf(entry?.label ?? '', keywords, extra),
    };
  });
}

function table2Rows(template: TemplateVersion): FormRow<Table2Key>[] {
  const columns = TABLE2_COLUMNS[template];
  const order: Table2Key[] = [
    'regulations',
    'normativeDocs',
    'licensing',
    'otherServices',
    'penalty',
    'coercion',
    'fees',
    'procurement',
  ];
  return order
    .filter((k) => columns[k])
    .map((key) => {
      const entry = TABLE2_LABELS.find((l) => l.key === key)!;
      return { key, patterns: patternsOf(entry.label, [...entry.keywords, ...(entry.variants ?? [])]) };
    });
}

const TABLE3: Record<TemplateVersion, FormRow<Table3Key>[]> = { 2019: table3Rows('2019'), 2021: table3Rows('2021') };
const TABLE2: Record<TemplateVersion, FormRow<Table2Key>[]> = { 2019: table2Rows('2019'), 2021: table2Rows('2021') };

export function table3Form(template: TemplateVersion): FormRow<Table3Key>[] {
  return TABLE3[template];
}

export function table2Form(template: TemplateVersion): FormRow<Table2Key>[] {
  return TABLE2[template];
}

/** Words that open each table in the stream (its header), and words of prose sections after table 4. */
export const TABLE_STARTS = {
  table2: ['第二十条第一项', '信息内容', '本年制发件数', '本年新制作数量'],
  table3: ['申请人情况', '本年新收', '勾稽关系'],
  table4: ['复议后起诉', '直接起诉', '尚未审结', '结果纠正', '结果维持'],
} as const;
