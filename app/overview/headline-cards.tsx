/** The overview's headline numbers for the current filters (the Word briefing lists the same figures). */
import { appDatabase } from '@/db/app-database';
import { headlineFigures } from '@/lib/dashboard/headline-figures';
import { definitionHref } from '@/lib/dashboard/metrics-view';
import { loadHeadline } from '@/lib/dashboard/overview';
import { pick } from '@/lib/format/locale';
import { COMMON_TEXT } from '@/lib/i18n/common-text';
import type { ViewState } from '@/lib/view-state/view-state';
import { StatCard } from '@/app/ui/stat-card';

export async function HeadlineCards({ state }: { state: ViewState }) {
  const figures = headlineFigures(await loadHeadline(await appDatabase(), state), state.lang);
  const defLabel = pick(state.lang, COMMON_TEXT).cardDefinition;
  return (
    <div className="cards">
      {figures.map((f) => (
        <StatCard
          key={f.label}
          label={f.label}
          value={f.value}
          sub={f.sub}
          definitionHref={f.definition ? definitionHref(f.definition, state.lang) : undefined}
          definitionLabel={f.definition ? defLabel(f.label) : undefined}
        />
      ))}
    </div>
  );
}
