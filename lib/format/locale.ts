/** The two UI languages: Chinese first, English second. */
export type Locale = 'zh' | 'en';

/** A name known in Chinese and, where someone has supplied one, in English. */
export interface LocalizedName {
  zh: string;
  en?: string;
}

/** The name in the locale; English falls back to the Chinese name rather than to nothing. */
export function localName(name: LocalizedName | string, locale: Locale): string {
  if (typeof name === 'string') return name;
  return locale === 'en' ? (name.en ?? name.zh) : name.zh;
}

/** The locale's one of a zh/en pair. */
export function pick<T>(locale: Locale, pair: { zh: T; en: T }): T {
  return locale === 'en' ? pair.en : pair.zh;
}

/** The HTML `lang` of a page in the locale. */
export function htmlLang(locale: Locale): 'zh-CN' | 'en' {
  return locale === 'en' ? 'en' : 'zh-CN';
}

/** The `lang` a name needs inside a page of either language: Chinese when it is written in Han characters. */
export function nameLang(name: string): 'zh-CN' | undefined {
  return /[\u3400-\u9fff]/.test(name) ? 'zh-CN' : undefined;
}
