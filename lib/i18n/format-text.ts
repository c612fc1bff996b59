/** The words lib/format writes among numbers and dates; the patterns themselves (2024年5月1日, 1.2万) stay there. */
const ZH = {
  noData: '无数据',
  allYears: '全部年份',
  yearsFrom: (year: number) => `${year}年起`,
  yearsUpTo: (year: number) => `截至${year}年`,
  // Every report, with or without a region (central agencies too): the nation, not "every region".
  allRegions: '全国',
  unknownRegion: (code: string) => `未知地区代码 ${code}`,
  template: (t: string) => `${t} 版表格`,
};
export type FormatText = typeof ZH;

const EN: FormatText = {
  noData: 'no data',
  allYears: 'all years',
  yearsFrom: (year: number) => `${year} onwards`,
  yearsUpTo: (year: number) => `up to ${year}`,
  allRegions: 'All of China',
  unknownRegion: (code: string) => `unknown region code ${code}`,
  template: (t: string) => `${t} form`,
};

export const FORMAT_TEXT = { zh: ZH, en: EN };
