/** Years and dates in captions and headings. */
import { FORMAT_TEXT } from '../i18n/format-text';
import { pick, type Locale } from './locale';

/**
 * Report years as words: runs of consecutive years become ranges with an en dash.
 * [2019, 2020, 2021] → '2019–2021年' / '2019–2021'; [2019, 2021] → '2019、2021年' / '2019, 2021';
 * none → '全部年份' / 'all years'.
 */
export function formatYearRange(years: readonly number[], locale: Locale): string {
  const sorted = [...new Set(years)].sort((a, b) => a - b);
  if (sorted.length === 0) return pick(locale, FORMAT_TEXT).allYears;
  const runs: string[] = [];
  let start = sorted[0];
  let prev = sorted[0];
  for (const y of [...sorted.slice(1), Number.NaN]) {
    if (y === prev + 1) {
      prev = y;
      continue;
    }
    runs.push(start === prev ? `${start}` : `${start}–${prev}`);
    start = y;
    prev = y;
  }
  return locale === 'zh' ? `${runs.join('、')}年` : runs.join(', ');
}

/**
 * The years a view asks for, as asked (the data may hold none of them): 2019–2021 → '2019–2021年',
 * from 2019 only → '2019年起' / '2019 onwards', up to 2021 only → '截至2021年' / 'up to 2021', neither → '全部年份'.
 */
export function formatAskedYears(from: number | undefined, to: number | undefined, locale: Locale): string {
  const words = pick(locale, FORMAT_TEXT);
  if (from !== undefined && to !== undefined)
    return formatYearRange(
      Array.from({ length: Math.abs(to - from) + 1 }, (_, i) => Math.min(from, to) + i),
      locale,
    );
  if (from !== undefined) return words.yearsFrom(from);
  if (to !== undefined) return words.yearsUpTo(to);
  return words.allYears;
}

const EN_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/**
 * A calendar date: '2024年5月1日' / '1 May 2024'. A 'YYYY-MM-DD' string is taken as that calendar day
 * (not as UTC midnight shifted into the server's zone); a Date is read in UTC. Unreadable → the input.
 */
export function formatDate(date: string | Date, locale: Locale): string {
  const d = typeof date === 'string' ? new Date(/^\d{4}-\d{2}-\d{2}$/.test(date) ? `${date}T00:00:00Z` : date) : date;
  if (Number.isNaN(d.getTime())) return String(date);
  const [y, m, day] = [d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate()];
  return locale === 'zh' ? `${y}年${m}月${day}日` : `${day} ${EN_MONTHS[m - 1]} ${y}`;
}
