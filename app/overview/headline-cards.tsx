/** The overview's headline numbers for the current filters. */
import { viewSummary } from '@/lib/dashboard/view-summary';
import { appDatabase } from '@/db/app-database';
import { formatCount, formatRate } from '@/lib/format/number';
import { pick } from '@/lib/format/locale';
import type { ViewState } from '@/lib/view-state/view-state';
import { OVERVIEW_TEXT } from '@/app/i18n/overview-text';
import { StatCard } from '@/app/ui/stat-card';

const sum = (...v: (number | null)[]) => (v.every((x) => x === null) ? null : v.reduce<number>((a, x) => a + (x ?? 0), 0));

export async function HeadlineCards({ state }: { state: ViewState }) {
  const [row] = await viewSummary(await appDatabase(), state, 'none');
  const t = pick(state.lang, OVERVIEW_TEXT);
  const l = state.lang;
  const def = (id: string) => `/metrics${l === 'en' ? '?lang=en' : ''}#${id}`;
  const s = row?.sums;
  const litigationCorrected = s ? sum(s.litigationDirectCorrected, s.litigationAfterReviewCorrected) : null;
  // "of 0 · —" said nothing; with no cases the card says so in words.
  const casesLine = (total: number | null | undefined, rate: number | null | undefined) =>
    !total ? t.noCases : `${t.ofTotal(formatCount(total, l))} · ${t.correctionShare(formatRate(rate ?? null, l))}`;
  return (
    <div className="cards">
      <StatCard label={t.cards.reports} value={formatCount(row?.reports ?? 0, l)} />
      <StatCard label={t.cards.agencies} value={formatCount(row?.agencies ?? 0, l)} />
      <StatCard label={t.cards.applications} value={formatCount(s?.appsNew ?? null, l)} definitionHref={def('appsNew')} />
      <StatCard label={t.cards.disclosureRate} value={formatRate(row?.rates.disclosureRate ?? null, l)} definitionHref={def('disclosureRate')} />
      <StatCard label={t.cards.reviewCorrected} value={formatCount(s?.reviewCorrected ?? null, l)}
        sub={casesLine(s?.reviewTotal, row?.rates.reviewCorrectionRate)} definitionHref={def('reviewCorrectionRate')} />
      <StatCard label={t.cards.litigationCorrected} value={formatCount(litigationCorrected, l)}
        sub={casesLine(s?.litigationTotal, row?.rates.litigationCorrectionRate)} definitionHref={def('litigationCorrectionRate')} />
    </div>
  );
}
