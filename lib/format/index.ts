/** Number, rate, year and filter formatting for zh-CN and en; pinyin order for Chinese names. */
export { formatAxisCount, formatCount, formatPoints, formatRate, noDataLabel, NO_VALUE, zhAxisUnit } from './number';
export { formatAskedYears, formatDate, formatYearRange } from './date';
export {
  describeFilters,
  filterParts,
  joinFilterParts,
  regionPhrase,
  type FilterParts,
  type FilterWords,
} from './filters';
export { pinyinCompare } from './collate';
export { localName, pick, type Locale, type LocalizedName } from './locale';
