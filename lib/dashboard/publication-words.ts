/** A report's publication date in words: when, where it was read, on time or how late — or that it is unknown. */
import type { Locale } from '../format/locale';
import { pick } from '../format/locale';
import { TIMELINESS_TEXT } from '../i18n/timeliness-text';
import { daysLate } from '../metrics/timeliness';
import type { PublishedFrom } from '../report/types';

// Every source has words in both languages: the type fails to check when one is added without.
const _everySource: Record<PublishedFrom, string>[] = [TIMELINESS_TEXT.zh.from, TIMELINESS_TEXT.en.from];

/** "发布于 2021-02-05（报告末尾落款日期）· 逾期 5 天（…）" / "Published 2021-02-05 (…) · On time (…)". */
export function publishedWords(published: { date: string; from: string } | null, year: number, locale: Locale): string {
  const t = pick(locale, TIMELINESS_TEXT);
  if (!published) return t.unknown;
  const days = daysLate(year, published.date);
  const from = t.from[published.from as keyof typeof t.from] ?? published.from;
  return `${t.published(published.date, from)} · ${days !== null && days > 0 ? t.late(days) : t.onTime}`;
}
