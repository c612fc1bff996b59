/** Words every page shares: navigation, filters, export, paging. Chinese first, English second. */
const ZH = {
  brand: '年报透镜',
  tagline: '政府信息公开工作年度报告 · 数据对比',
  /** The square mark beside the brand, the same in both languages. */
  brandMark: '年报',
  nav: { overview: '总览', compare: '对比', region: '地区', quality: '数据质量', metrics: '指标定义', import: '导入' },
  navLabel: '页面',
  switchLanguage: 'English',
  /** The document's <title>: the page's name, then the brand. */
  documentTitle: (page: string) => `${page} · 年报透镜`,
  /** The page name of an agency's page, for its <title> (the navigation has no entry for it). */
  agencyPage: '机构',
  filters: {
    province: '省份',
    city: '地市',
    county: '区县',
    allProvinces: '全部省份',
    allCities: '全部地市',
    allCounties: '全部区县',
    yearFrom: '起始年度',
    yearTo: '截止年度',
    anyYear: '不限',
    type: '机构类型',
    allTypes: '全部类型',
    template: '表格版本',
    anyTemplate: '全部版本',
    template2019: '2019 版',
    template2021: '2021 版',
    synthetic: '合成数据',
    clear: '清除筛选',
  },
  export: { png: '导出 PNG', svg: '导出 SVG', csv: '导出 CSV', xlsx: '导出 Excel', definition: '指标定义' },
  /** A sortable column header's title, and the accessible name of the ⓘ beside a header. */
  table: { sortHint: '点击排序', definitionMark: '定义' },
  /** The accessible name of a headline card's ⓘ link. */
  cardDefinition: (label: string) => `${label}的定义`,
  paging: {
    label: '分页',
    previous: '上一页',
    next: '下一页',
    page: (n: number, of: number) => `第 ${n} / ${of} 页`,
    rows: (n: string) => `共 ${n} 行`,
    perPage: '每页',
  },
  noData: '当前筛选下没有数据。请放宽地区或年度。',
  syntheticBanner: '当前显示的是合成（模拟）数据，仅用于测试与性能评估，不代表任何真实机构。',
  /** The switch between the real reports and the synthetic demo corpus, with their counts. */
  dataSource: {
    label: '数据',
    real: (n: string) => `真实报告（${n} 份）`,
    synthetic: (n: string) => `合成演示数据（${n} 份）`,
  },
  footer: '数据来源：各机构公开发布的政府信息公开工作年度报告，由年报透镜整理。',
  findingDetails: '技术细节',
  findingDetailsNote: '解析器的原始说明（英文）、规则与单元格编号，供核对与报告问题时引用。',
  /** Between a label and its value: '地区：浙江省', 'Region: Zhejiang'. */
  colon: '：',
};
export type CommonText = typeof ZH;

const EN: CommonText = {
  brand: 'Nianbao Lens',
  tagline: 'Open-government-information annual reports, compared',
  brandMark: '年报',
  nav: {
    overview: 'Overview',
    compare: 'Compare',
    region: 'Regions',
    quality: 'Data quality',
    metrics: 'Definitions',
    import: 'Import',
  },
  navLabel: 'Pages',
  switchLanguage: '中文',
  documentTitle: (page: string) => `${page} · Nianbao Lens`,
  agencyPage: 'Agency',
  filters: {
    province: 'Province',
    city: 'City',
    county: 'County',
    allProvinces: 'All provinces',
    allCities: 'All cities',
    allCounties: 'All counties',
    yearFrom: 'From',
    yearTo: 'To',
    anyYear: 'Any',
    type: 'Agency type',
    allTypes: 'All types',
    template: 'Form',
    anyTemplate: 'Both forms',
    template2019: '2019 form',
    template2021: '2021 form',
    synthetic: 'Synthetic data',
    clear: 'Clear filters',
  },
  export: { png: 'PNG', svg: 'SVG', csv: 'CSV', xlsx: 'Excel', definition: 'Definition' },
  table: { sortHint: 'Sort', definitionMark: 'definition' },
  cardDefinition: (label: string) => `Definition of ${label}`,
  paging: {
    label: 'Pagination',
    previous: 'Previous',
    next: 'Next',
    page: (n: number, of: number) => `Page ${n} of ${of}`,
    rows: (n: string) => `${n} rows`,
    perPage: 'Per page',
  },
  noData: 'No data for these filters. Widen the region or years.',
  syntheticBanner:
    'You are looking at synthetic (generated) data, for testing and benchmarks only; it describes no real agency.',
  dataSource: {
    label: 'Data',
    real: (n: string) => `Real reports (${n})`,
    synthetic: (n: string) => `Synthetic demo data (${n})`,
  },
  footer: "Source: the agencies' own published open-government-information annual reports, compiled by Nianbao Lens.",
  findingDetails: 'Technical details',
  findingDetailsNote:
    "The parser's own message, the rule and the cell's path, for checking and for reporting a problem.",
  colon: ': ',
};

export const COMMON_TEXT = { zh: ZH, en: EN };

/**
 * Words shown as they are in both languages, marked translate="no" where shown: the logo's mark, and the other
 * language's own name on the switch to it (中文 on an English page). Not translations, so no check of the
 * page's language counts them (test/i18n/words-language.test.ts).
 */
export const AS_WRITTEN: readonly (keyof CommonText)[] = ['brandMark', 'switchLanguage'];

/** The document's title and description, in both languages at once: the root layout cannot read the query. */
export const SITE_METADATA = {
  title: '年报透镜 Nianbao Lens',
  description: '政府信息公开工作年度报告数据分析 — open-government-information annual reports, as comparable numbers',
};
