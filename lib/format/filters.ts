/** The filters of a view in words, as chart captions, headings and export headings print them. */
import { formatAskedYears } from './date';
import { FORMAT_TEXT } from '../i18n/format-text';
import { localName, pick, type Locale, type LocalizedName } from './locale';

export interface FilterWords {
  /** The region path from province down (浙江省, 嘉兴市); empty = the whole country. */
  regions?: readonly (LocalizedName | string)[];
  /** Report years as asked; neither = every year. */
  yearFrom?: number;
  yearTo?: number;
  /** Agency types (科技局); empty = every type, and left unsaid. */
  types?: readonly (LocalizedName | string)[];
  /** The report form, when the view is limited to one. */
  template?: '2019' | '2021' | null;
}

/** Each filter in words; types and form are null when not chosen (they are then left unsaid). */
export interface FilterParts {
  region: string;
  years: string;
  types: string | null;
  template: string | null;
}

/** A region path as each language says a place: '浙江省 嘉兴市' top down, 'Jiaxing, Zhejiang' from the place up. */
export function regionPhrase(names: readonly (LocalizedName | string)[], locale: Locale): string {
  const said = names.map((n) => localName(n, locale));
  return locale === 'zh' ? said.join(' ') : said.reverse().join(', ');
}

export function filterParts(filters: FilterWords, locale: Locale): FilterParts {
  const words = pick(locale, FORMAT_TEXT);
  const regions = filters.regions ?? [];
  const types = filters.types ?? [];
  return {
    region: regions.length ? regionPhrase(regions, locale) : words.allRegions,
    years: formatAskedYears(filters.yearFrom, filters.yearTo, locale),
    types: types.length ? types.map((t) => localName(t, locale)).join(locale === 'zh' ? '、' : ', ') : null,
    template: filters.template ? words.template(filters.template) : null,
  };
}

/** The parts as one line: '浙江省 嘉兴市 · 2019–2021年 · 科技局'. */
export function joinFilterParts(parts: FilterParts): string {
  return [parts.region, parts.years, parts.types, parts.template].filter((p) => p !== null).join(' · ');
}

/**
 * '浙江省 嘉兴市 · 2019–2021年 · 科技局' / 'Jiaxing, Zhejiang · 2019–2021 · Science & Technology'.
 * Region and years are always said (a caption without them misleads); types and form only when set.
 */
export function describeFilters(filters: FilterWords, locale: Locale): string {
  return joinFilterParts(filterParts(filters, locale));
}
