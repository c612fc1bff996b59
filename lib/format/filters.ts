/** The filters of a view in words, as chart captions and export headings print them. */
import { formatYearRange } from './date';
import { FORMAT_TEXT } from '../i18n/format-text';
import { localName, pick, type Locale, type LocalizedName } from './locale';

export interface FilterWords {
  /** The region path from province down (浙江省, 嘉兴市); empty = every region. */
  regions?: readonly (LocalizedName | string)[];
  /** Report years; empty = every year. */
  years?: readonly number[];
  /** Agency types (科技局); empty = every type, and left unsaid. */
  types?: readonly (LocalizedName | string)[];
  /** The report form, when the view is limited to one. */
  template?: '2019' | '2021' | null;
}

/**
 * '浙江省 嘉兴市 · 2019–2021年 · 科技局' / 'Zhejiang Jiaxing · 2019–2021 · Science & Technology'.
 * Region and years are always said (a caption without them misleads); types and form only when set.
 */
export function describeFilters(filters: FilterWords, locale: Locale): string {
  const words = pick(locale, FORMAT_TEXT);
  const regions = filters.regions ?? [];
  const types = filters.types ?? [];
  const parts = [
    regions.length ? regions.map((r) => localName(r, locale)).join(' ') : words.allRegions,
    formatYearRange(filters.years ?? [], locale),
  ];
  if (types.length) parts.push(types.map((t) => localName(t, locale)).join(locale === 'zh' ? '、' : ', '));
  if (filters.template) parts.push(words.template(filters.template));
  return parts.join(' · ');
}
