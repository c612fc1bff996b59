/**
 * Timeliness: a report is due by 31 January of the year after its reporting year (《政府信息公开条例》
 * 第五十条). Days late are counted from that deadline to the publication date: positive when late, zero or
 * negative when on time, null when the date is unknown — never guessed.
 */
import { daysBetween } from '../report/dates/calendar-date';
import { publicationDeadline } from '../report/dates/publication-date';

export { publicationDeadline };

export function daysLate(year: number, published: string | null): number | null {
  return published ? daysBetween(publicationDeadline(year), published) : null;
}

export type Timeliness = 'on-time' | 'late' | 'unknown';

export function timeliness(days: number | null): Timeliness {
  return days === null ? 'unknown' : days > 0 ? 'late' : 'on-time';
}
