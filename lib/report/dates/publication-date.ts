/**
 * When a report was published, and where that was read. Sources, most trusted first: the crawler header's
 * 发布时间 and the web page's publication meta (the site's own stamp), a 发布时间 line on the page, the date
 * signed at the report's end, then the file's creation and modification dates (a PDF's or DOCX's
 * properties, often set when the file was made or saved again). A date before the reporting year ended
 * cannot be a publication date: it is reported and not used. When the sources put the report on different
 * sides of the deadline (31 January of the next year, 《政府信息公开条例》第五十条), or more than a month
 * apart, a finding names them; the most trusted is kept. No source: the date stays unknown, never guessed.
 */
import type { ReportSink } from '../findings';
import type { PublishedFrom } from '../types';
import { daysBetween } from './calendar-date';
import type { DatedText } from './signed-date';

export type { PublishedFrom };

/** The order of trust; `given` (stated by the person importing) is set by the import, above all. */
export const PUBLISHED_FROM_ORDER: readonly PublishedFrom[] = [
  'given',
  'crawler',
  'page-meta',
  'page-line',
  'signed',
  'file-created',
  'file-modified',
];

export interface DateCandidate {
  from: PublishedFrom;
  /** YYYY-MM-DD. */
  date: string;
  /** Where the date stands in the source text, when it stands in it. */
  at?: Omit<DatedText, 'date'>;
}

export interface PublicationDate {
  published: string;
  from: PublishedFrom;
  /** Every date read, in order of trust, the kept one first; the implausible ones left out. */
  dates: { from: PublishedFrom; date: string }[];
  at?: Omit<DatedText, 'date'>;
}

const SOURCE_WORDS: Record<PublishedFrom, string> = {
  given: 'the date given at import',
  crawler: "the crawler header's 发布时间",
  'page-meta': "the page's publication meta",
  'page-line': 'the 发布时间 line on the page',
  signed: 'the date signed at the end of the report',
  'file-created': "the file's creation date",
  'file-modified': "the file's modification date",
};
/** Sources this far apart are worth a finding even when both are on time or both late. */
const FAR_APART_DAYS = 31;

/** The report's deadline: 31 January of the year after the reporting year. */
export function publicationDeadline(year: number): string {
  return `${year + 1}-01-31`;
}

export function choosePublicationDate(
  candidates: readonly DateCandidate[],
  year: number | null,
  sink: ReportSink,
): PublicationDate | null {
  const plausible: DateCandidate[] = [];
  for (const c of candidates) {
    if (year !== null && c.date < `${year + 1}-01-01`) {
      sink.add(
        'source.publishedImplausible',
        'info',
        'source',
        `${SOURCE_WORDS[c.from]} is ${c.date}, before the ${year} reporting year ended: it cannot be the publication date and is not used`,
        c.at?.offset,
      );
    } else plausible.push(c);
  }
  const sorted = [...plausible].sort(
    (a, b) => PUBLISHED_FROM_ORDER.indexOf(a.from) - PUBLISHED_FROM_ORDER.indexOf(b.from),
  );
  const kept = sorted[0];
  if (!kept) return null;
  if (year !== null) {
    const deadline = publicationDeadline(year);
    const differ = sorted.filter(
      (c) =>
        c.from !== kept.from &&
        (c.date > deadline !== kept.date > deadline || Math.abs(daysBetween(kept.date, c.date)) > FAR_APART_DAYS),
    );
    if (differ.length > 0) {
      const said = differ.map((c) => `${SOURCE_WORDS[c.from]} says ${c.date}`).join('; ');
      sink.add(
        'source.publishedDisagree',
        'info',
        'source',
        `${SOURCE_WORDS[kept.from]} (${kept.date}) is used as the publication date; ${said}`,
        kept.at?.offset,
      );
    }
  }
  const dates = sorted.filter((c, i) => sorted.findIndex((o) => o.from === c.from) === i);
  return {
    published: kept.date,
    from: kept.from,
    dates: dates.map((c) => ({ from: c.from, date: c.date })),
    ...(kept.at ? { at: kept.at } : {}),
  };
}
