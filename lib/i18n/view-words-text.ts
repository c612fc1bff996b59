/** What a view counts, in words: the line under the filter bar, the counts in the region boxes, the data's coverage. */
const ZH = {
  /** The line under the filter bar, in the words every caption and export of the view uses. */
  current: '当前筛选：',
  /** A region in its box with the reports it holds under the other filters. */
  regionReports: (name: string, n: string) => `${name}（${n} 份报告）`,
  /** The group of regions without reports under the other filters. */
  noReports: '无数据',
  /** An agency type in its box with the agencies it holds under the other filters. */
  typeAgencies: (name: string, n: string) => `${name}（${n} 个机构）`,
  coverage: (c: { years: string; provinces: string; ofProvinces: string; agencies: string; reports: string }) =>
    `数据覆盖 ${c.years} · ${c.ofProvinces} 个省份中的 ${c.provinces} 个 · ${c.agencies} 个机构 · ${c.reports} 份报告`,
};
export type ViewWordsText = typeof ZH;

const plural = (n: string, one: string, many: string) => `${n} ${n === '1' ? one : many}`;

const EN: ViewWordsText = {
  current: 'Showing: ',
  regionReports: (name: string, n: string) => `${name} (${plural(n, 'report', 'reports')})`,
  noReports: 'No data',
  typeAgencies: (name: string, n: string) => `${name} (${plural(n, 'agency', 'agencies')})`,
  coverage: (c) =>
    `The data covers ${c.years} · ${c.provinces} of ${c.ofProvinces} provinces · ${plural(c.agencies, 'agency', 'agencies')} · ${plural(c.reports, 'report', 'reports')}`,
};

export const VIEW_WORDS_TEXT = { zh: ZH, en: EN };
