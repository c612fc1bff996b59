/**
 * The briefing's sentences, written from the numbers by rules, never by a model: plain numbers in, one sentence
 * out, in the view's language. Each sentence says the counts a rate rests on; a blank stays "not reported"
 * (never 0); a year before with 0 or no data gives no percentage change; a rate on fewer than SMALL_BASE cases
 * carries the mark the tables use (†) and says so.
 */
import { type Locale, pick } from '../../format/locale';
import { formatCount, formatRate, NO_VALUE } from '../../format/number';
import { isSmallBase, SMALL_BASE } from '../../format/rate-base';
import { BRIEFING_TEXT } from '../../i18n/briefing-text';
import { RATE_BASE_TEXT } from '../../i18n/rate-base-text';

/** A count of one year; `reports`: how many reports it sums, when the sentence should compare them. */
export interface YearCount {
  year: number;
  value: number | null;
  reports?: number;
}

export interface ApplicationsInput {
  /** Who: 浙江省, 全国科技局, or an agency's name. */
  subject: string;
  now: YearCount;
  /** The year before; undefined when there is no data for it at all (no report, or none under the filters). */
  before?: YearCount;
}

export interface RateInput {
  /** The rate's name as the sentence starts: 公开率. */
  name: string;
  rate: number | null;
  /** The count it rests on (handled requests). */
  base: number | null;
  /** What to set it beside: the nation's rate, or the median of the agency's peers. */
  reference?: { label: string; rate: number | null; base?: number | null };
}

export interface ProceedingsInput {
  kind: 'review' | 'litigation';
  total: number | null;
  corrected: number | null;
  rate: number | null;
  /** What the rate rests on: the concluded cases (total less pending) of the reports that give every part. */
  concluded?: number | null;
}

const ends = (text: string, locale: Locale) => text + pick(locale, BRIEFING_TEXT).stop;

/** A share as a percent, with a second decimal only where one would round a real change to 0.0%. */
function percent(share: number, locale: Locale): string {
  const shown = formatRate(share, locale);
  return share !== 0 && Math.round(share * 1000) === 0 ? formatRate(share, locale, 2) : shown;
}

/** 2023年浙江省共新收政府信息公开申请 1,234 件，比上年（2022年 1,099 件）增加 12.3%。 */
export function applicationsSentence({ subject, now, before }: ApplicationsInput, locale: Locale): string {
  const t = pick(locale, BRIEFING_TEXT).applications;
  const n = (v: number) => formatCount(v, locale);
  if (now.value === null) return ends(t.notReported(now.year, subject), locale);
  const head = t.now(now.year, subject, n(now.value));
  const previousYear = now.year - 1;
  if (!before) return ends(head + t.noPrevious(previousYear), locale);
  if (before.value === null) return ends(head + t.previousBlank(before.year), locale);
  let change: string;
  if (now.value === before.value) change = t.same(n(before.value), before.year);
  else if (before.value === 0) change = t.fromZero(before.year);
  else {
    const share = Math.abs(now.value - before.value) / before.value;
    const words = now.value > before.value ? t.up : t.down;
    change = words(percent(share, locale), n(before.value), before.year);
  }
  const reports =
    now.reports !== undefined && before.reports !== undefined && now.reports !== before.reports
      ? t.reportsDiffer(now.year, n(now.reports), before.year, n(before.reports))
      : '';
  return ends(head + change + reports, locale);
}

/** 公开率为 58.2%（基于 1,234 件已办结申请），低于全国同期的 61.0%（基于 20,000 件）。 */
export function rateSentence({ name, rate, base, reference }: RateInput, locale: Locale): string {
  const t = pick(locale, BRIEFING_TEXT).rate;
  if (rate === null || !Number.isFinite(rate) || !base) return ends(t.none(name), locale);
  const small = isSmallBase(base) ? t.small(pick(locale, RATE_BASE_TEXT).smallMark, SMALL_BASE) : '';
  let text = t.value(name, formatRate(rate, locale), formatCount(base, locale), small);
  if (reference && reference.rate !== null && Number.isFinite(reference.rate)) {
    // Compared as the reader sees them, to one decimal of a percent: 58.2% is "the same as" 58.2%.
    const [own, other] = [rate, reference.rate].map((r) => Math.round(r * 1000));
    const words = own > other ? t.above : own < other ? t.below : t.equal;
    text += words(
      reference.label,
      formatRate(reference.rate, locale),
      reference.base ? formatCount(reference.base, locale) : null,
    );
  }
  return ends(text, locale);
}

/** 行政复议共 12 件，其中被纠错 3 件，纠错率 25.0%（†件数少于 30 件，仅供参考）。 */
export function proceedingsSentence(
  { kind, total, corrected, rate, concluded }: ProceedingsInput,
  locale: Locale,
): string {
  const t = pick(locale, BRIEFING_TEXT).proceedings;
  const name = t[kind];
  if (total === null) return ends(t.blank(name), locale);
  if (total === 0) return ends(t.none(name), locale);
  const n = formatCount(total, locale);
  if (corrected === null) return ends(t.correctedBlank(name, n), locale);
  const base = concluded ?? total;
  const few = isSmallBase(base) ? t.fewCases(pick(locale, RATE_BASE_TEXT).smallMark, SMALL_BASE) : '';
  const shown = rate === null ? NO_VALUE : formatRate(rate, locale);
  // Pending cases are outside the rate: say what it is over, so 10 of 40 at 27.8 % reads right.
  if (concluded !== undefined && concluded !== null && concluded !== total)
    return ends(
      t.countsConcluded(name, n, formatCount(concluded, locale), formatCount(corrected, locale), shown) + few,
      locale,
    );
  return ends(t.counts(name, n, formatCount(corrected, locale), shown) + few, locale);
}

/** 本简报涵盖“浙江省 · 2020年”的 5 份年报，涉及 3 个机构。 */
export function scopeSentence(view: string, reports: number, agencies: number, locale: Locale): string {
  return ends(
    pick(locale, BRIEFING_TEXT).scope(view, formatCount(reports, locale), formatCount(agencies, locale)),
    locale,
  );
}

/** 按新收申请，在 2020 年全国 25 个同类机构（科技局）中排第 3 位（由高到低）。 */
export function rankSentence(
  input: { metric: string; rank: number; n: number; type: string; year: number },
  locale: Locale,
): string {
  const n = (v: number) => formatCount(v, locale);
  return ends(
    pick(locale, BRIEFING_TEXT).rank(input.metric, n(input.rank), n(input.n), input.type, input.year),
    locale,
  );
}
