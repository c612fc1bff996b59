/** The overview's headline numbers for the current filters. */
import { appDatabase } from '@/db/app-database';
import { definitionHref, isSmallBase } from '@/lib/dashboard/metrics-view';
import { loadHeadline } from '@/lib/dashboard/overview';
import { formatCount, formatRate } from '@/lib/format/number';
import { pick } from '@/lib/format/locale';
import { COMMON_TEXT } from '@/lib/i18n/common-text';
import { OVERVIEW_TEXT } from '@/lib/i18n/overview-text';
import type { ViewState } from '@/lib/view-state/view-state';
import { StatCard } from '@/app/ui/stat-card';

export async function HeadlineCards({ state }: { state: ViewState }) {
  const h = await loadHeadline(await appDatabase(), state);
  const t = pick(state.lang, OVERVIEW_TEXT);
  const l = state.lang;
  const def = (id: string) => definitionHref(id, l);
  const defLabel = pick(l, COMMON_TEXT).cardDefinition;
  // "of 0 · —" said nothing; with no cases the card says so in words.
  const casesLine = (total: number | null, rate: number | null) =>
    !total
      ? t.noCases
      : [
          t.ofTotal(formatCount(total, l)),
          t.correctionShare(formatRate(rate, l)),
          ...(isSmallBase(total) ? [t.fewCases] : []),
        ].join(' · ');
  // A rate never stands without the count it rests on, and says when that count is small.
  const baseLine = (base: number | null) =>
    !base ? t.noCases : [t.rateBase(formatCount(base, l)), ...(isSmallBase(base) ? [t.fewCases] : [])].join(' · ');
  return (
    <div className="cards">
      <StatCard label={t.cards.reports} value={formatCount(h.reports, l)} />
      <StatCard label={t.cards.agencies} value={formatCount(h.agencies, l)} />
      <StatCard
        label={t.cards.applications}
        value={formatCount(h.appsNew, l)}
        definitionHref={def('appsNew')}
        definitionLabel={defLabel(t.cards.applications)}
      />
      <StatCard
        label={t.cards.disclosureRate}
        value={formatRate(h.disclosureRate, l)}
        sub={baseLine(h.handled)}
        definitionHref={def('disclosureRate')}
        definitionLabel={defLabel(t.cards.disclosureRate)}
      />
      <StatCard
        label={t.cards.reviewCorrected}
        value={formatCount(h.reviewCorrected, l)}
        sub={casesLine(h.reviewTotal, h.reviewCorrectionRate)}
        definitionHref={def('reviewCorrectionRate')}
        definitionLabel={defLabel(t.cards.reviewCorrected)}
      />
      <StatCard
        label={t.cards.litigationCorrected}
        value={formatCount(h.litigationCorrected, l)}
        sub={casesLine(h.litigationTotal, h.litigationCorrectionRate)}
        definitionHref={def('litigationCorrectionRate')}
        definitionLabel={defLabel(t.cards.litigationCorrected)}
      />
    </div>
  );
}
