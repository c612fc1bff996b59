/**
 * Dates as reports and their files write them, turned into a calendar date "YYYY-MM-DD": Arabic digits
 * with any separator (2022-02-08 16:34, 2022/2/8, 2022年2月8日, full-width digits), Chinese numerals
 * (二〇二二年一月二十五日), a PDF date (D:20220125093000+08'00') and a W3C date-time (2022-01-25T01:23:00Z).
 * A time with a zone is first moved to China time (UTC+8), since a report's deadline is a date in China.
 * Anything that is not a real date (2月30日) is null, never a guess.
 */

/** A real calendar date, as "YYYY-MM-DD"; null when the day does not exist. */
export function calendarDate(year: number, month: number, day: number): string | null {
  if (year < 1990 || year > 2100) return null;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

const FULL_WIDTH_DIGIT = /[０-９]/g;
const halfWidth = (s: string) => s.replace(FULL_WIDTH_DIGIT, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));

/** Arabic digits: "2022-02-08 16:34", "2022/2/8", "2022.2.8", "2022年2月8日", at the start of `value`. */
const ARABIC = /^\s*((?:19|20)\d{2})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})(?!\d)/;

const NUMERAL: Record<string, number> = Object.fromEntries([
  ...[...'〇○零ＯOo'].map((c): [string, number] => [c, 0]),
  ...[...'一二三四五六七八九'].map((c, i): [string, number] => [c, i + 1]),
]);
const NUMERAL_CHARS = '〇○零ＯOo一二三四五六七八九';
/** 二〇二二年一月二十五日: the year digit by digit, month and day as numbers up to 三十一. */
export const CHINESE_DATE = new RegExp(
  `([${NUMERAL_CHARS}]{4})\\s*年\\s*([一二三四五六七八九十]{1,3})\\s*月\\s*([一二三四五六七八九十]{1,4})\\s*[日号]`,
);

/** 一 … 三十一 as a number (五, 十, 十五, 二十, 二十五); null for anything else. */
function chineseNumber(words: string): number | null {
  const m = /^(?:([一二三])?十)?([一二三四五六七八九])?$/.exec(words);
  if (!m || words === '') return null;
  const tens = words.includes('十') ? (m[1] ? NUMERAL[m[1]] : 1) : 0;
  return tens * 10 + (m[2] ? NUMERAL[m[2]] : 0);
}

/** The date a Chinese-numeral match names; null when it is no real date. */
export function chineseNumeralDate(match: RegExpExecArray): string | null {
  const year = Number([...match[1]].map((c) => NUMERAL[c]).join(''));
  const month = chineseNumber(match[2]);
  const day = chineseNumber(match[3]);
  return month === null || day === null ? null : calendarDate(year, month, day);
}

/** A date written at the start of `value` in Arabic digits or Chinese numerals; null otherwise. */
export function readDateWords(value: string): string | null {
  const text = halfWidth(value);
  const arabic = ARABIC.exec(text);
  if (arabic) return calendarDate(Number(arabic[1]), Number(arabic[2]), Number(arabic[3]));
  const chinese = CHINESE_DATE.exec(text);
  return chinese && chinese.index === text.search(/\S/) ? chineseNumeralDate(chinese) : null;
}

const CHINA_OFFSET_MINUTES = 8 * 60;

/** A date and time with a zone offset (minutes east of UTC) → the calendar date in China. */
function chinaDate(parts: number[], offsetMinutes: number | null): string | null {
  const [y, mo, d, h = 0, mi = 0, s = 0] = parts;
  if (!calendarDate(y, mo, d)) return null;
  if (offsetMinutes === null) return calendarDate(y, mo, d);
  const utc = Date.UTC(y, mo - 1, d, h, mi, s) - offsetMinutes * 60_000;
  const china = new Date(utc + CHINA_OFFSET_MINUTES * 60_000);
  return calendarDate(china.getUTCFullYear(), china.getUTCMonth() + 1, china.getUTCDate());
}

/** PDF date strings: D:YYYYMMDDHHmmSS with an optional zone (Z, +08'00', -05'00). */
export function pdfDate(value: string | null | undefined): string | null {
  const m = /^\s*(?:D:)?(\d{4})(\d{2})?(\d{2})?(\d{2})?(\d{2})?(\d{2})?\s*(Z|[+-]\d{2}'?\d{0,2}'?)?/.exec(value ?? '');
  if (!m?.[2] || !m[3]) return null;
  const parts = m.slice(1, 7).map((p) => (p === undefined ? 0 : Number(p)));
  return chinaDate(parts, zoneMinutes(m[7]));
}

/** W3C date-time (docProps/core.xml, HTML meta): 2022-01-25, 2022-01-25T01:23:00Z, …T09:23:00+08:00. */
export function w3cDate(value: string | null | undefined): string | null {
  const m = /^\s*(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?\s*(Z|[+-]\d{2}:?\d{2})?)?/.exec(
    value ?? '',
  );
  if (!m) return null;
  const parts = m.slice(1, 7).map((p) => (p === undefined ? 0 : Number(p)));
  return chinaDate(parts, m[4] === undefined ? null : zoneMinutes(m[7]));
}

/** "Z" → 0, "+08'00'" / "+08:00" / "+0800" → 480; no zone → null (the time is taken as local). */
function zoneMinutes(zone: string | undefined): number | null {
  if (!zone) return null;
  if (zone === 'Z') return 0;
  const m = /^([+-])(\d{2})'?:?(\d{2})?/.exec(zone);
  if (!m) return null;
  const minutes = Number(m[2]) * 60 + Number(m[3] ?? 0);
  return m[1] === '-' ? -minutes : minutes;
}

/** Whole days from `a` to `b` (both YYYY-MM-DD): positive when b is later. */
export function daysBetween(a: string, b: string): number {
  return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000);
}
