/**
 * Short column headers for metrics whose dictionary names are too long for a table header
 * (本年新收政府信息公开申请数 → 新收申请). The dictionary's full name stays in the definition link.
 */
import type { Locale } from '../format/locale';
import { metricById } from '../metrics/dictionary';
import type { MetricGroup, MetricId } from '../metrics/types';

const SHORT: Partial<Record<MetricId, { zh: string; en: string }>> = {
  appsNew: { zh: '新收申请', en: 'New requests' },
  appsCarriedOver: { zh: '上年结转', en: 'Carried over' },
  appsNatural: { zh: '自然人', en: 'Individuals' },
  appsLegalPersons: { zh: '法人或其他组织', en: 'Organisations' },
  granted: { zh: '予以公开', en: 'Disclosed' },
  partial: { zh: '部分公开', en: 'Partly disclosed' },
  denied: { zh: '不予公开', en: 'Refused' },
  unable: { zh: '无法提供', en: 'Unable to provide' },
  rejected: { zh: '不予处理', en: 'Not processed' },
  otherOutcome: { zh: '其他处理', en: 'Other handling' },
  handled: { zh: '办理总计', en: 'Handled' },
  carriedForward: { zh: '结转下年', en: 'Carried forward' },
  docsIssued: { zh: '制发文件', en: 'Docs issued' },
  docsInForce: { zh: '现行有效文件', en: 'Docs in force' },
  itemsPublishedTotal: { zh: '主动公开条数', en: 'Items published' },
  reviewTotal: { zh: '复议总数', en: 'Reviews' },
  reviewCorrected: { zh: '复议纠正', en: 'Reviews corrected' },
  litigationTotal: { zh: '诉讼总数', en: 'Lawsuits' },
  litigationDirectCorrected: { zh: '直接诉讼纠正', en: 'Suits corrected' },
  disclosureRate: { zh: '公开率', en: 'Disclosure rate' },
  denialRate: { zh: '不予公开率', en: 'Refusal rate' },
  unableRate: { zh: '无法提供率', en: 'Unable rate' },
  reviewCorrectionRate: { zh: '复议纠错率', en: 'Review correction rate' },
  litigationCorrectionRate: { zh: '诉讼纠错率', en: 'Litigation correction rate' },
};

export function metricHeader(id: MetricId, locale: Locale): string {
  const short = SHORT[id];
  if (short) return short[locale];
  const m = metricById(id);
  return locale === 'zh' ? m.zh : m.en;
}

/** The template's own sections, as the column groups of the compare table. */
export const GROUP_LABELS: Record<MetricGroup, { zh: string; en: string }> = {
  published: { zh: '主动公开', en: 'Proactive disclosure' },
  applications: { zh: '收到申请', en: 'Requests received' },
  outcomes: { zh: '办理结果', en: 'Outcomes' },
  reasons: { zh: '不予公开等理由', en: 'Reasons' },
  review: { zh: '行政复议与诉讼', en: 'Review & litigation' },
  rates: { zh: '比率', en: 'Rates' },
};
