/**
 * A rate as every table shows it: the percent, the count it rests on ("n=3"), and a mark when that count is
 * below SMALL_BASE (issue 18: 100.0% of 3 requests is not 100.0% of 3,000). The compare, region and agency
 * tables and the charts' tooltips all take their words from here.
 */
import { RATE_BASE_TEXT } from '../i18n/rate-base-text';
import { isSmallBase, SMALL_BASE } from '../metrics/rate-base';
import { pick, type Locale } from './locale';
import { formatCount, formatRate } from './number';

export { isSmallBase, SMALL_BASE };

export interface RateWithBase {
  /** '85.3%', or '—' for no rate. */
  rate: string;
  /** 'n=1,234'; null when there is no rate to go with it or its base is unknown. */
  base: string | null;
  /** The rate rests on fewer than SMALL_BASE cases: show the mark. */
  small: boolean;
  /** The mark itself ('†'), for the one place that draws it. */
  mark: string;
  /** Words for a title attribute: 'based on 3 cases; fewer than 30, …'; null beside no rate. */
  note: string | null;
}

export function rateWithBase(
  rate: number | null | undefined,
  base: number | null | undefined,
  locale: Locale,
): RateWithBase {
  const t = pick(locale, RATE_BASE_TEXT);
  const shown = formatRate(rate, locale);
  const hasRate = typeof rate === 'number' && Number.isFinite(rate);
  if (!hasRate || base === null || base === undefined)
    return { rate: shown, base: null, small: false, mark: t.smallMark, note: null };
  const count = formatCount(base, locale);
  const small = isSmallBase(base);
  const note = small ? `${t.basedOn(count)}${locale === 'zh' ? '，' : ', '}${t.few(SMALL_BASE)}` : t.basedOn(count);
  return { rate: shown, base: t.n(count), small, mark: t.smallMark, note };
}

/** The line under a table with rate columns; it explains the mark only where one is shown. */
export function rateBaseLegend(locale: Locale, anySmall: boolean): string {
  const t = pick(locale, RATE_BASE_TEXT);
  return anySmall ? t.legend(SMALL_BASE) : t.legendNoSmall;
}
