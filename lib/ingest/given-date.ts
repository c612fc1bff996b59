/**
 * A publication date stated by the person importing (`npm run import -- --published 2022-01-20`, the upload
 * form's field): trusted above every date the file gives, recorded as `given`, the file's own dates kept
 * after it as evidence. A date that is no calendar date, or one before the reporting year ended, is refused
 * with the reason — a typo must not make a report late or on time.
 */
import { readDateWords } from '../report/dates/calendar-date';
import type { ParsedReport } from '../report/types';
import { accepted, refused, type Result } from '../refusal/refusal';

/** The date as typed ("2022-01-20", "2022/1/20", "2022年1月20日"), as YYYY-MM-DD; null if it is none. */
export function readGivenDate(typed: string): string | null {
  const date = readDateWords(typed.trim());
  return date && /^\s*\S+\s*$/.test(typed) ? date : null;
}

export function applyGivenDate(report: ParsedReport, typed: string): Result<string> {
  const date = readGivenDate(typed);
  if (!date) return refused(400, 'bad-date', `the publication date "${typed}" is not a date (write it as 2022-01-20)`);
  if (report.year !== null && date < `${report.year + 1}-01-01`) {
    return refused(
      400,
      'bad-date',
      `the publication date ${date} is before the ${report.year} reporting year ended: a ${report.year} report cannot have been published then`,
    );
  }
  const others = (report.source.publishedDates ?? []).filter((d) => d.from !== 'given');
  report.source.published = date;
  report.source.publishedFrom = 'given';
  report.source.publishedDates = [{ from: 'given', date }, ...others];
  delete report.provenance['source.published'];
  return accepted(date);
}
