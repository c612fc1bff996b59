/**
 * When each synthetic report was published and where it says so, in the forms the parser reads
 * (lib/report/dates/): a crawler header's 发布时间 line above a saved text, the 发布时间 line of a web
 * page, or the date signed under the agency's name at the end. Late reports come after the deadline
 * (31 January of the next year), by a few days to about a year; on-time ones in January; undated ones
 * say nothing, so their days late is unknown. Only one source per report, so what a reader keeps is
 * exactly the date drawn.
 */
import type { CorpusRates } from './corpus-rates';
import { randInt, type Rng } from './prng';

export type PublicationSource = 'crawler' | 'page-line' | 'signed';

export interface PlannedPublication {
  /** YYYY-MM-DD; null when the report states no date anywhere. */
  date: string | null;
  /** Where the rendered report states it; null with no date. */
  source: PublicationSource | null;
  /** A signed date in Chinese numerals (二〇二二年一月二十五日) rather than digits (2022年1月25日). */
  numerals: boolean;
}

export type Timeliness = 'late' | 'on-time' | 'undated';

/** The deadline: 31 January of the year after the reporting year (《政府信息公开条例》第五十条). */
export function deadlineOf(year: number): string {
  return `${year + 1}-01-31`;
}

/** Late, on time or undated: told from the date alone, as a reader must. */
export function timelinessOf(year: number, p: PlannedPublication): Timeliness {
  return p.date === null ? 'undated' : p.date > deadlineOf(year) ? 'late' : 'on-time';
}

const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/**
 * A publication for a report of `year` whose form can state it in `sources` (the first, or the second by a
 * coin). Always draws the same number of values, so the choice never shifts the draws after it.
 */
export function drawPublication(
  rng: Rng,
  year: number,
  sources: readonly [PublicationSource, PublicationSource?],
  rates: CorpusRates,
): PlannedPublication {
  const u = rng();
  // Late by 1 to 400 days, most by a few weeks (exponential, mean 45 days).
  const lateBy = Math.min(400, 1 + Math.floor(-45 * Math.log(1 - rng())));
  const onTimeDay = randInt(rng, 5, 31);
  const numerals = rng() < 0.4;
  const second = rng() < 0.5;
  if (u >= rates.late && u < rates.late + rates.undated) return { date: null, source: null, numerals: false };
  const date =
    u < rates.late
      ? isoDay(Date.UTC(year + 1, 0, 31) + lateBy * 86_400_000)
      : `${year + 1}-01-${String(onTimeDay).padStart(2, '0')}`;
  const source = (second && sources[1]) || sources[0];
  return { date, source, numerals: source === 'signed' && numerals };
}
