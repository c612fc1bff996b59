/**
 * The pages a Word briefing is made of, and the link a page's 简报 button points at: /api/briefing with the page's
 * own URL state, the page's name (`view`) and, on an agency page, the agency. Apart from the briefing's maker, so a
 * page's bundle loads no image renderer or Word writer for a link.
 */
import { serializeViewState, type ViewState } from '../../view-state/view-state';

export const BRIEFING_VIEWS = ['overview', 'region', 'compare', 'agency'] as const;
export type BriefingView = (typeof BRIEFING_VIEWS)[number];

export function isBriefingView(s: string | null): s is BriefingView {
  return BRIEFING_VIEWS.includes(s as BriefingView);
}

/** The route's link for a page's briefing: the page's view from its first page on, then the view and the agency. */
export function briefingHref(view: BriefingView, state: ViewState, agencyId?: number): string {
  const q = new URLSearchParams(serializeViewState({ ...state, page: 1 }));
  q.set('view', view);
  if (agencyId !== undefined) q.set('agency', String(agencyId));
  q.set('format', 'docx');
  return `/api/briefing?${q.toString()}`;
}
