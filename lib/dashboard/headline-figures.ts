/**
 * The headline numbers of a view in words, as its cards show them and its Word briefing lists them: one label,
 * one value and the line under it (what a rate rests on, whether that is few), from loadHeadline (overview.ts).
 */
import { pick, type Locale } from '../format/locale';
import { formatCount, formatRate } from '../format/number';
import { OVERVIEW_TEXT } from '../i18n/overview-text';
import { isSmallBase } from './metrics-view';
import type { loadHeadline } from './overview';

export type Headline = Awaited<ReturnType<typeof loadHeadline>>;

export interface HeadlineFigure {
  label: string;
  value: string;
  sub?: string;
  /** The metric whose definition the card links to. */
  definition?: string;
}

export function headlineFigures(h: Headline, locale: Locale): HeadlineFigure[] {
  const t = pick(locale, OVERVIEW_TEXT);
  // "of 0 · —" said nothing; with no cases the card says so in words.
  // The rate divides by concluded cases (total less pending): when some are pending, the line says so.
  const casesLine = (total: number | null, concluded: number | null, rate: number | null) =>
    !total
      ? t.noCases
      : [
          t.ofTotal(formatCount(total, locale)),
          concluded !== null && concluded !== total
            ? t.correctionOfConcluded(formatCount(concluded, locale), formatRate(rate, locale))
            : t.correctionShare(formatRate(rate, locale)),
          ...(isSmallBase(concluded ?? total) ? [t.fewCases] : []),
        ].join(' · ');
  // A rate never stands without the count it rests on, and says when that count is small.
  const baseLine = (base: number | null) =>
    !base ? t.noCases : [t.rateBase(formatCount(base, locale)), ...(isSmallBase(base) ? [t.fewCases] : [])].join(' · ');
  return [
    { label: t.cards.reports, value: formatCount(h.reports, locale) },
    { label: t.cards.agencies, value: formatCount(h.agencies, locale) },
    { label: t.cards.applications, value: formatCount(h.appsNew, locale), definition: 'appsNew' },
    {
      label: t.cards.disclosureRate,
      value: formatRate(h.disclosureRate, locale),
      sub: baseLine(h.handled),
      definition: 'disclosureRate',
    },
    {
      label: t.cards.reviewCorrected,
      value: formatCount(h.reviewCorrected, locale),
      sub: casesLine(h.reviewTotal, h.reviewConcluded, h.reviewCorrectionRate),
      definition: 'reviewCorrectionRate',
    },
    {
      label: t.cards.litigationCorrected,
      value: formatCount(h.litigationCorrected, locale),
      sub: casesLine(h.litigationTotal, h.litigationConcluded, h.litigationCorrectionRate),
      definition: 'litigationCorrectionRate',
    },
  ];
}
