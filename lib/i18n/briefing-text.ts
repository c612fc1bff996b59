/**
 * The words of the Word briefing (简报) of a view: its headings, the sentences written from the numbers by rules
 * (lib/dashboard/briefing/sentences.ts), the captions and the footer. Numbers arrive formatted; a sentence's
 * pieces are joined by the caller, and each language ends a sentence with its own stop.
 */

const ZH = {
  /** The download button on a page. */
  button: '简报（Word）',
  /** The title's second line, under the view in words (浙江省 · 2020年): what the document is. */
  kind: '政府信息公开工作年度报告简报',
  /** The file's name, before the date. */
  fileName: (view: string) => `简报 ${view}`,
  headings: { figures: '一、主要数字', points: '二、要点', charts: '三、图表', table: '四、对比表' },
  figureColumns: { label: '指标', value: '数值', note: '说明' },
  figureCaption: (n: number, title: string) => `图${n}　${title}`,
  tableCaption: (title: string) => `表　${title}`,
  /** Under the table: how much of it the briefing holds. */
  tableShown: (shown: string, total: string) => `以上为前 ${shown} 行，共 ${total} 行；完整表格请见网页或导出 Excel。`,
  tableAll: (total: string) => `共 ${total} 行。`,
  blankNote: '“—”表示未填报或无法读出，不按 0 计。',
  noRows: '当前筛选下没有可列出的行。',
  noCharts: '当前筛选下没有可画的图表。',
  /** The footer: 第 3 页 共 5 页. */
  page: { before: '第 ', middle: ' 页　共 ', after: ' 页' },
  stop: '。',
  /** Who the numbers are about: the region, and the agency types when chosen (全国科技局). */
  subject: (region: string, types: string | null) => `${region}${types ?? ''}`,
  scope: (view: string, reports: string, agencies: string) =>
    `本简报涵盖“${view}”的 ${reports} 份年报，涉及 ${agencies} 个机构`,
  applications: {
    now: (year: number, subject: string, n: string) => `${year}年${subject}共新收政府信息公开申请 ${n} 件`,
    notReported: (year: number, subject: string) => `${year}年${subject}的新收申请数未填报（不按 0 计）`,
    up: (pct: string, before: string, year: number) => `，比上年（${year}年 ${before} 件）增加 ${pct}`,
    down: (pct: string, before: string, year: number) => `，比上年（${year}年 ${before} 件）减少 ${pct}`,
    same: (before: string, year: number) => `，与上年（${year}年 ${before} 件）持平`,
    fromZero: (year: number) => `；上年（${year}年）为 0 件，不计算增幅`,
    noPrevious: (year: number) => `；没有 ${year} 年的数据，不作比较`,
    previousBlank: (year: number) => `；${year}年的新收申请数未填报，不作比较`,
    reportsDiffer: (year: number, n: string, before: number, m: string) =>
      `（${year}年 ${n} 份报告，${before}年 ${m} 份，增减含报告数变化的影响）`,
  },
  rate: {
    disclosure: '公开率',
    value: (name: string, rate: string, base: string, small: string) =>
      `${name}为 ${rate}（基于 ${base} 件已办结申请${small}）`,
    small: (mark: string, limit: number) => `${mark}，件数少于 ${limit} 件，仅供参考`,
    none: (name: string) => `${name}无法计算：没有可计算的已办结申请`,
    /** The reference's rate, with the count it rests on when known (`base`, or null). */
    above: (reference: string, rate: string, base: string | null) =>
      `，高于${reference}的 ${rate}${base ? `（基于 ${base} 件）` : ''}`,
    below: (reference: string, rate: string, base: string | null) =>
      `，低于${reference}的 ${rate}${base ? `（基于 ${base} 件）` : ''}`,
    equal: (reference: string, rate: string, base: string | null) =>
      `，与${reference}持平（${rate}${base ? `，基于 ${base} 件` : ''}）`,
    national: (types: boolean) => `全国同期${types ? '同类机构' : ''}`,
    peerMedian: (type: string, n: string) => `全国同类机构（${type}，${n} 个）中位数`,
  },
  proceedings: {
    review: '行政复议',
    litigation: '行政诉讼',
    counts: (kind: string, total: string, corrected: string, rate: string) =>
      `${kind}共 ${total} 件，其中被纠错 ${corrected} 件，纠错率 ${rate}`,
    /** With cases pending: the rate is over the concluded ones. */
    countsConcluded: (kind: string, total: string, concluded: string, corrected: string, rate: string) =>
      `${kind}共 ${total} 件，已审结 ${concluded} 件，其中被纠错 ${corrected} 件，纠错率 ${rate}（按已审结件数计）`,
    fewCases: (mark: string, limit: number) => `（${mark}件数少于 ${limit} 件，仅供参考）`,
    correctedBlank: (kind: string, total: string) => `${kind}共 ${total} 件，被纠错件数未填报`,
    none: (kind: string) => `本期没有${kind}案件`,
    blank: (kind: string) => `${kind}件数未填报（不按 0 计）`,
  },
  rank: (metric: string, rank: string, n: string, type: string, year: number) =>
    `按${metric}，在 ${year} 年全国 ${n} 个同类机构（${type}）中排第 ${rank} 位（由高到低）`,
  /** The agency's figures: the peer group's size beside its rank. */
  rankFigure: (rank: string, n: string) => `第 ${rank} / ${n} 位`,
  rankLabel: (metric: string) => `同类排名（${metric}）`,
  agencyView: (name: string, year: number) => `${name} · ${year}年`,
  agencyTable: '主要数字与上年比较',
  agencyYearTable: (year: number) => `${year}年主要数字`,
  agencyNoPrevious: (year: number) => `没有 ${year} 年的报告，表中只列本年数字。`,
};
export type BriefingText = typeof ZH;

const plural = (n: string, one: string, many: string) => `${n} ${n === '1' ? one : many}`;

const EN: BriefingText = {
  button: 'Briefing (Word)',
  kind: 'Briefing on the open-government-information annual reports',
  fileName: (view: string) => `Briefing ${view}`,
  headings: { figures: '1. Key figures', points: '2. Key points', charts: '3. Charts', table: '4. Comparison table' },
  figureColumns: { label: 'Figure', value: 'Value', note: 'Note' },
  figureCaption: (n: number, title: string) => `Figure ${n}. ${title}`,
  tableCaption: (title: string) => `Table. ${title}`,
  tableShown: (shown: string, total: string) =>
    `The first ${shown} of ${total} rows; the web page and the Excel export have them all.`,
  tableAll: (total: string) => `${plural(total, 'row', 'rows')}.`,
  blankNote: '"—" means not reported or unreadable; it is never counted as 0.',
  noRows: 'No rows to list for these filters.',
  noCharts: 'No chart to draw for these filters.',
  page: { before: 'Page ', middle: ' of ', after: '' },
  stop: '.',
  subject: (region: string, types: string | null) => (types ? `${types} agencies in ${region}` : region),
  scope: (view: string, reports: string, agencies: string) =>
    `This briefing covers ${plural(reports, 'report', 'reports')} from ${plural(agencies, 'agency', 'agencies')}: ${view}`,
  applications: {
    now: (year: number, subject: string, n: string) => `In ${year}, ${subject} received ${n} new information requests`,
    notReported: (year: number, subject: string) =>
      `The new requests of ${subject} in ${year} were not reported (not counted as 0)`,
    up: (pct: string, before: string, year: number) => `, up ${pct} on ${year} (${before})`,
    down: (pct: string, before: string, year: number) => `, down ${pct} on ${year} (${before})`,
    same: (before: string, year: number) => `, the same as in ${year} (${before})`,
    fromZero: (year: number) => `; ${year} had none, so no percentage change`,
    noPrevious: (year: number) => `; no data for ${year} to compare with`,
    previousBlank: (year: number) => `; the figure for ${year} was not reported, so no comparison`,
    reportsDiffer: (year: number, n: string, before: number, m: string) =>
      ` (${plural(n, 'report', 'reports')} in ${year}, ${m} in ${before}: the change includes the change in reports)`,
  },
  rate: {
    disclosure: 'Disclosure rate',
    value: (name: string, rate: string, base: string, small: string) =>
      `${name}: ${rate} (of ${base} requests handled${small})`,
    small: (mark: string, limit: number) => `${mark}; fewer than ${limit} cases, read with care`,
    none: (name: string) => `${name}: cannot be computed, no handled requests to compute it from`,
    above: (reference: string, rate: string, base: string | null) =>
      `, above ${reference} of ${rate}${base ? ` (of ${base})` : ''}`,
    below: (reference: string, rate: string, base: string | null) =>
      `, below ${reference} of ${rate}${base ? ` (of ${base})` : ''}`,
    equal: (reference: string, rate: string, base: string | null) =>
      `, the same as ${reference} (${rate}${base ? ` of ${base}` : ''})`,
    national: (types: boolean) => `the national rate for the same years${types ? ' and types' : ''}`,
    peerMedian: (type: string, n: string) => `the median of ${plural(n, 'agency', 'agencies')} of its type (${type})`,
  },
  proceedings: {
    review: 'administrative reviews',
    litigation: 'lawsuits',
    counts: (kind: string, total: string, corrected: string, rate: string) =>
      `${total} ${kind}, ${corrected} of them corrected (${rate})`,
    countsConcluded: (kind: string, total: string, concluded: string, corrected: string, rate: string) =>
      `${total} ${kind}, ${concluded} concluded, ${corrected} of them corrected (${rate} of those concluded)`,
    fewCases: (mark: string, limit: number) => `; ${mark}fewer than ${limit} cases, read with care`,
    correctedBlank: (kind: string, total: string) => `${total} ${kind}; how many were corrected was not reported`,
    none: (kind: string) => `No ${kind} in this period`,
    blank: (kind: string) => `The number of ${kind} was not reported (not counted as 0)`,
  },
  rank: (metric: string, rank: string, n: string, type: string, year: number) =>
    `By ${metric.charAt(0).toLowerCase()}${metric.slice(1)}, it ranks ${rank} of ${n} ${type} agencies nationwide in ${year} (highest first)`,
  rankFigure: (rank: string, n: string) => `${rank} of ${n}`,
  rankLabel: (metric: string) => `Rank among peers (${metric})`,
  agencyView: (name: string, year: number) => `${name} · ${year}`,
  agencyTable: 'Key figures beside the year before',
  agencyYearTable: (year: number) => `Key figures of ${year}`,
  agencyNoPrevious: (year: number) => `No report for ${year}: the table lists this year's figures only.`,
};

export const BRIEFING_TEXT = { zh: ZH, en: EN };
