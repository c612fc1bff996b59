/**
 * Words about metrics that the dashboard writes itself: short column headers for names too long for a
 * header (本年新收政府信息公开申请数 → 新收申请), the template's sections as column groups, and units. The
 * dictionary's own names, formulas and caveats are the metrics' glossary and stay in lib/metrics.
 */
const ZH = {
  /** The template's own sections, as the groups of the compare table, the pickers and the definitions page. */
  groups: {
    published: '主动公开',
    applications: '收到申请',
    outcomes: '办理结果',
    reasons: '不予公开等理由',
    review: '行政复议与诉讼',
    rates: '比率',
  },
  /** Short headers by metric id; a metric without one is headed by its dictionary name. */
  headers: {
    appsNew: '新收申请',
    appsCarriedOver: '上年结转',
    appsNatural: '自然人',
    appsLegalPersons: '法人或其他组织',
    granted: '予以公开',
    partial: '部分公开',
    denied: '不予公开',
    unable: '无法提供',
    rejected: '不予处理',
    otherOutcome: '其他处理',
    handled: '办理总计',
    carriedForward: '结转下年',
    docsIssued: '制发文件',
    docsInForce: '现行有效文件',
    itemsPublishedTotal: '主动公开条数',
    reviewTotal: '复议总数',
    reviewCorrected: '复议纠正',
    litigationTotal: '诉讼总数',
    litigationDirectCorrected: '直接诉讼纠正',
    disclosureRate: '公开率',
    denialRate: '不予公开率',
    unableRate: '无法提供率',
    reviewCorrectionRate: '复议纠错率',
    litigationCorrectionRate: '诉讼纠错率',
  } as Record<string, string>,
  /** A metric's unit; charts name an amount's unit on the axis. */
  units: { count: '件/条', rate: '比率', yuan: '元', '10k-yuan': '万元' },
};
export type MetricText = typeof ZH;

const EN: MetricText = {
  groups: {
    published: 'Proactive disclosure',
    applications: 'Requests received',
    outcomes: 'Outcomes',
    reasons: 'Reasons',
    review: 'Review & litigation',
    rates: 'Rates',
  },
  headers: {
    appsNew: 'New requests',
    appsCarriedOver: 'Carried over',
    appsNatural: 'Individuals',
    appsLegalPersons: 'Organisations',
    granted: 'Disclosed',
    partial: 'Partly disclosed',
    denied: 'Refused',
    unable: 'Unable to provide',
    rejected: 'Not processed',
    otherOutcome: 'Other handling',
    handled: 'Handled',
    carriedForward: 'Carried forward',
    docsIssued: 'Docs issued',
    docsInForce: 'Docs in force',
    itemsPublishedTotal: 'Items published',
    reviewTotal: 'Reviews',
    reviewCorrected: 'Reviews corrected',
    litigationTotal: 'Lawsuits',
    litigationDirectCorrected: 'Suits corrected',
    disclosureRate: 'Disclosure rate',
    denialRate: 'Refusal rate',
    unableRate: 'Unable rate',
    reviewCorrectionRate: 'Review correction rate',
    litigationCorrectionRate: 'Litigation correction rate',
  },
  units: { count: 'count', rate: 'rate', yuan: 'yuan', '10k-yuan': '10k yuan' },
};

export const METRIC_TEXT = { zh: ZH, en: EN };
