/**
 * A report's days late as a table cell shows it: zero or fewer days is on time (按时 / on time), more is
 * late by that many days (逾期 5 天 / 5 days late), and no publication date is unknown (未知 / unknown) —
 * never a dash, which the tables use for a blank in the report. The number itself stays the sort key
 * and the value the exports write.
 */
import { TIMELINESS_TEXT } from '../i18n/timeliness-text';
import { pick, type Locale } from './locale';
import { formatCount } from './number';

export function formatDaysLate(days: number | null | undefined, locale: Locale): string {
  const t = pick(locale, TIMELINESS_TEXT).cell;
  if (typeof days !== 'number' || !Number.isFinite(days)) return t.unknown;
  return days > 0 ? t.late(formatCount(days, locale), days) : t.onTime;
}
