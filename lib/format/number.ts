/** Counts and rates for zh-CN and en: both group thousands with commas; null is a dash, never 0. */
import { FORMAT_TEXT } from '../i18n/format-text';
import { pick, type Locale } from './locale';

/** What a missing number prints as; put {@link noDataLabel} in a title attribute beside it. */
export const NO_VALUE = '—';

/** The words for a missing value, for titles, tooltips and chart labels. */
export function noDataLabel(locale: Locale): string {
  return pick(locale, FORMAT_TEXT).noData;
}

const INTL_LOCALE: Record<Locale, string> = { zh: 'zh-CN', en: 'en-US' };

const countFormats = new Map<string, Intl.NumberFormat>();

function numberFormat(locale: Locale, maxFractionDigits: number, minFractionDigits = 0): Intl.NumberFormat {
  const key = `${locale}/${minFractionDigits}/${maxFractionDigits}`;
  let f = countFormats.get(key);
  if (!f) {
    f = new Intl.NumberFormat(INTL_LOCALE[locale], {
      minimumFractionDigits: minFractionDigits,
      maximumFractionDigits: maxFractionDigits,
      useGrouping: true,
    });
    countFormats.set(key, f);
  }
  return f;
}

const isNumber = (n: number | null | undefined): n is number => typeof n === 'number' && Number.isFinite(n);

/** 12,345 in both locales; amounts keep up to two decimals; null → '—'. */
export function formatCount(n: number | null | undefined, locale: Locale): string {
  return isNumber(n) ? numberFormat(locale, 2).format(n) : NO_VALUE;
}

/**
 * Chart axis labels only: zh writes 1.2万 from 10,000 and 3亿 from 100,000,000, as Chinese readers
 * expect on an axis; en keeps 12,345. Tables and tooltips use {@link formatCount}, which is exact.
 */
export function formatAxisCount(n: number | null | undefined, locale: Locale): string {
  if (!isNumber(n)) return NO_VALUE;
  if (locale === 'zh') {
    const unit = zhAxisUnit(Math.abs(n));
    if (unit) return `${numberFormat(locale, 2).format(n / unit.divisor)}${unit.suffix}`;
  }
  return numberFormat(locale, 2).format(n);
}

/** The zh axis unit for numbers of this size, or null below 10,000. */
export function zhAxisUnit(max: number): { divisor: number; suffix: string } | null {
  if (max >= 1e8) return { divisor: 1e8, suffix: '亿' };
  if (max >= 1e4) return { divisor: 1e4, suffix: '万' };
  return null;
}

/** A rate (0.853) as a percent ('85.3%'), one decimal by default; null or non-finite → '—'. */
export function formatRate(r: number | null | undefined, locale: Locale, digits = 1): string {
  return isNumber(r) ? `${numberFormat(locale, digits, digits).format(r * 100)}%` : NO_VALUE;
}

/** A score's points (0–100) with one decimal, always ('98.8', '100.0'), so a column of them aligns; null → '—'. */
export function formatPoints(n: number | null | undefined, locale: Locale): string {
  return isNumber(n) ? numberFormat(locale, 1, 1).format(n) : NO_VALUE;
}
