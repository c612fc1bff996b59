/**
 * The 简报 (Word) / Briefing (Word) download of a page's view: /api/briefing with the page's URL state. A view
 * with no reports has nothing to brief, and shows no button (the filter bar's notice says why).
 */
import { appDatabase } from '@/db/app-database';
import { type BriefingView, briefingHref } from '@/lib/dashboard/briefing/briefing-href';
import { loadViewNotice } from '@/lib/dashboard/view-notice';
import { pick } from '@/lib/format/locale';
import { BRIEFING_TEXT } from '@/lib/i18n/briefing-text';
import type { ViewState } from '@/lib/view-state/view-state';

export async function BriefingButton({
  view,
  state,
  agencyId,
}: {
  view: BriefingView;
  state: ViewState;
  agencyId?: number;
}) {
  if (view !== 'agency' && (await loadViewNotice(await appDatabase(), state)) !== null) return null;
  return (
    <a className="button" href={briefingHref(view, state, agencyId)} download data-export="docx">
      {pick(state.lang, BRIEFING_TEXT).button}
    </a>
  );
}
